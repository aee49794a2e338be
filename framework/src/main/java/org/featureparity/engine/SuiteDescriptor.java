package org.featureparity.engine;

import java.util.Optional;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/** {@code [suite:<class or contract file>]}: a suite's groups share its old and new store. */
final class SuiteDescriptor extends AbstractTestDescriptor implements Node<ParityExecutionContext> {

    static final String SEGMENT = "suite";

    private final SuiteDefinition definition;

    SuiteDescriptor(UniqueId parentId, SuiteDefinition definition) {
        super(parentId.append(SEGMENT, definition.id()), definition.displayName(), definition.source());
        this.definition = definition;
    }

    SuiteDefinition definition() {
        return definition;
    }

    Optional<GroupDescriptor> createGroup(String name) {
        return definition.group(name).map(group -> new GroupDescriptor(getUniqueId(), group, definition));
    }

    @Override
    public Type getType() {
        // a suite that cannot be read has no groups and is reported as a failed test
        return definition.problem().isPresent() ? Type.TEST : Type.CONTAINER;
    }

    @Override
    public ParityExecutionContext before(ParityExecutionContext context) {
        return context.withSuite(new SuiteStores(definition, context.stores(), context.configuration()));
    }

    @Override
    public ParityExecutionContext execute(ParityExecutionContext context, DynamicTestExecutor executor) {
        definition.problem().ifPresent(problem -> CheckRunner.runSuiteProblem(context, this, problem));
        return context;
    }
}
