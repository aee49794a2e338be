package org.featureparity.engine;

import java.util.Optional;
import org.featureparity.check.SchemaCheck;
import org.junit.platform.engine.UniqueId;

/**
 * {@code [keys:<columns>]} under a schema check: the key columns exist in both stores. A leaf of its own, so tag
 * filters select or drop it like any other check (JUnit filters only prune leaves).
 */
final class KeyColumnsDescriptor extends CheckLeafDescriptor {

    static final String SEGMENT = "keys";

    KeyColumnsDescriptor(UniqueId parentId, String keyColumns, CheckDescriptor check) {
        super(parentId.append(SEGMENT, keyColumns), "keys " + keyColumns, check);
    }

    /** The segment value: the key columns in order, comma-separated. */
    static String segmentValue(java.util.List<String> keyColumns) {
        return String.join(",", keyColumns);
    }

    @Override
    public ParityExecutionContext execute(ParityExecutionContext context, DynamicTestExecutor executor) {
        CheckRunner.run(context, this, Optional.empty(), () -> SchemaCheck.keys(context.group()));
        return context;
    }
}
