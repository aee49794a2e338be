package org.featureparity.generate;

/**
 * How a property run ended. Every result names the seed that reproduces it and the tries it ran; only
 * {@link Passed} is a pass.
 */
public sealed interface PropertyResult<T> permits PropertyResult.Passed, PropertyResult.Falsified, PropertyResult.Errored {

    long seed();

    /** Valid tries run (a falsifying try included). */
    int tries();

    /** Tries abandoned because nothing could be generated (e.g. a filter ran out of budget). */
    int invalidTries();

    /** Every try held. */
    record Passed<T>(long seed, int tries, int invalidTries) implements PropertyResult<T> {
    }

    /**
     * A try failed: the shrunk counterexample with its choices and reason, and the first failing value as found.
     *
     * @param shrinkSteps   how many times a simpler failing case replaced the current one
     * @param shrinkReplays how many candidates were replayed while shrinking
     */
    record Falsified<T>(long seed, int tries, int invalidTries,
                        T counterexample, ChoiceSequence choices, String reason,
                        T original, String originalReason,
                        int shrinkSteps, int shrinkReplays) implements PropertyResult<T> {
    }

    /** The run could not decide: generation kept failing, or the property threw something other than a failure. */
    record Errored<T>(long seed, int tries, int invalidTries, String message, Throwable cause)
            implements PropertyResult<T> {
    }
}
