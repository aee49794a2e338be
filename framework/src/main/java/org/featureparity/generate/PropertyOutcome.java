package org.featureparity.generate;

/** What a property says about one generated value: it holds, or it fails for a stated reason. */
public sealed interface PropertyOutcome permits PropertyOutcome.Holds, PropertyOutcome.Fails {

    record Holds() implements PropertyOutcome {
    }

    record Fails(String reason) implements PropertyOutcome {
    }

    static PropertyOutcome holds() {
        return new Holds();
    }

    static PropertyOutcome fails(String reason) {
        return new Fails(reason);
    }
}
