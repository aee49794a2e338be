package org.featureparity.engine;

import java.util.Optional;
import java.util.Set;
import org.featureparity.check.SchemaCheck;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * {@code [keys:<columns>]} under a schema check: the key columns exist in both stores. A leaf of its own, so tag
 * filters select or drop it like any other check (JUnit filters only prune leaves).
 */
final class KeyColumnsDescriptor extends AbstractTestDescriptor implements Node<ParityExecutionContext> {

    static final String SEGMENT = "keys";

    private final CheckDescriptor check;

    KeyColumnsDescriptor(UniqueId parentId, String keyColumns, CheckDescriptor check) {
        super(parentId.append(SEGMENT, keyColumns), ReportingNames.path(check.getDisplayName(), "keys " + keyColumns),
                check.getSource().orElse(null));
        this.check = check;
    }

    /** The segment value: the key columns in order, comma-separated. */
    static String segmentValue(java.util.List<String> keyColumns) {
        return String.join(",", keyColumns);
    }

    CheckDescriptor check() {
        return check;
    }

    @Override
    public Set<TestTag> getTags() {
        return check.getTags();
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }

    @Override
    public ParityExecutionContext execute(ParityExecutionContext context, DynamicTestExecutor executor) {
        CheckRunner.run(context, this, Optional.empty(), () -> SchemaCheck.keys(context.group()));
        return context;
    }
}
