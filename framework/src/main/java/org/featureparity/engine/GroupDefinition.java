package org.featureparity.engine;

import java.util.Optional;
import org.featureparity.contract.FeatureGroupContract;

/**
 * One group of a suite: a valid contract, or the reason its contract could not be used (reported as a failed
 * {@code check:contract} node while the suite's other groups still run).
 */
record GroupDefinition(String name, Optional<FeatureGroupContract> contract, Optional<String> problem, String origin) {

    static GroupDefinition valid(FeatureGroupContract contract) {
        return new GroupDefinition(contract.name(), Optional.of(contract), Optional.empty(), contract.origin());
    }

    static GroupDefinition invalid(String name, String problem, String origin) {
        return new GroupDefinition(name, Optional.empty(), Optional.of(problem), origin);
    }

    /** The same group found unusable after reading, e.g. by its dependencies; its contract stays for tags. */
    GroupDefinition withProblem(String found) {
        return new GroupDefinition(name, contract, Optional.of(found), origin);
    }

    /** A group runs its checks only with a contract and no problem. */
    boolean isValid() {
        return contract.isPresent() && problem.isEmpty();
    }
}
