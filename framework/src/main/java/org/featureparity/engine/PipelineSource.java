package org.featureparity.engine;

import org.featureparity.contract.PipelinesDeclaration;
import org.featureparity.pipeline.sql.ScriptSource;

/**
 * A group's declared pipelines and where their scripts are read from.
 *
 * @param origin where they were declared, for messages: a contract file or a suite field
 */
record PipelineSource(PipelinesDeclaration declaration, ScriptSource scripts, String origin) {
}
