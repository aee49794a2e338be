package org.featureparity.engine;

import java.util.Optional;
import org.featureparity.contract.FeatureGroupContract;

/**
 * One group of a suite: a valid contract, or the reason its contract could not be used (reported as a failed
 * {@code check:contract} node while the suite's other groups still run), and the properties declared for it.
 */
record GroupDefinition(String name, Optional<FeatureGroupContract> contract, Optional<String> problem, String origin,
                       GroupProperties properties) {

    static GroupDefinition valid(FeatureGroupContract contract) {
        return new GroupDefinition(contract.name(), Optional.of(contract), Optional.empty(), contract.origin(),
                GroupProperties.NONE);
    }

    static GroupDefinition invalid(String name, String problem, String origin) {
        return new GroupDefinition(name, Optional.empty(), Optional.of(problem), origin, GroupProperties.NONE);
    }

    /** The same group found unusable after reading, e.g. by its dependencies; its contract stays for tags. */
    GroupDefinition withProblem(String found) {
        return new GroupDefinition(name, contract, Optional.of(found), origin, properties);
    }

    /** The same group with its pipelines and property methods. */
    GroupDefinition withProperties(GroupProperties declared) {
        return new GroupDefinition(name, contract, problem, origin, declared);
    }

    /** A group runs its checks only with a contract and no problem. */
    boolean isValid() {
        return contract.isPresent() && problem.isEmpty();
    }
}
