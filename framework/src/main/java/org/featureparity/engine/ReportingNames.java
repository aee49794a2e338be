package org.featureparity.engine;

import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;

/**
 * How nodes are named and sourced so that build tools which flatten the tree into class and method names
 * (Surefire's console and XML reports, CI test tabs) still tell every check apart.
 */
final class ReportingNames {

    private static final String SEPARATOR = " › ";

    private ReportingNames() {
    }

    /**
     * A check's display name is its path below the suite ({@code user_activity › values › events_last_24h}):
     * Surefire names a test by its display name alone, so two groups' {@code coverage} checks or a feature's schema
     * and values checks would otherwise share a name and read as re-runs of one test.
     */
    static String path(String parentPath, String name) {
        return parentPath + SEPARATOR + name;
    }

    /**
     * The source below a suite. Surefire treats a node with a {@link ClassSource} as a test class, so below a class
     * suite the nodes carry none and Surefire attributes them to the suite's class by name.
     */
    static TestSource childSource(TestSource suiteSource) {
        return suiteSource instanceof ClassSource ? null : suiteSource;
    }
}
