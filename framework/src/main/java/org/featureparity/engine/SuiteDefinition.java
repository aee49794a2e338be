package org.featureparity.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.featureparity.runtime.StoreDeclaration;
import org.junit.platform.engine.TestSource;

/**
 * A suite as read from a class or a contract file, before it becomes descriptors.
 *
 * @param id          the UniqueId segment value: a class name, {@code classpath:<path>} or {@code file:<path>}
 * @param displayName what IDEs and reports show
 * @param source      where it was declared
 * @param migration   the migration named by the suite, if any
 * @param stores      stores declared by the suite, by role; roles not declared come from configuration
 * @param groups      the groups, in declaration order
 * @param problem     why the suite as a whole cannot run (e.g. a malformed store field), if it cannot
 * @param classLoader where the suite's init scripts are found
 */
record SuiteDefinition(String id, String displayName, TestSource source, Optional<String> migration,
                       Map<String, StoreDeclaration> stores, List<GroupDefinition> groups, Optional<String> problem,
                       ClassLoader classLoader) {

    Optional<GroupDefinition> group(String name) {
        return groups.stream().filter(g -> g.name().equals(name)).findFirst();
    }
}
