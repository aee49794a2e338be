package org.featureparity.generate;

import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Runs a property: generates values from seeded choices until a try fails or all tries held, then shrinks the
 * failing choices. The seed alone determines every try, so a run is replayed by its seed.
 */
public final class PropertyRunner<T> {

    private final Generator<T> generator;
    private final Property<T> property;

    public PropertyRunner(Generator<T> generator, Property<T> property) {
        this.generator = generator;
        this.property = property;
    }

    public PropertyResult<T> run(PropertySettings settings) {
        return run(settings, value -> { });
    }

    /** Runs the property; {@code observer} sees each try's value (not the shrinking replays), e.g. to tally its mix. */
    public PropertyResult<T> run(PropertySettings settings, Consumer<? super T> observer) {
        SplittableRandom seeds = new SplittableRandom(settings.seed());
        int tries = 0;
        int invalid = 0;
        String lastAbandonment = "";
        while (tries < settings.tries()) {
            Choices choices = Choices.random(seeds.nextLong());
            T value;
            try {
                value = choices.generate(generator);
            } catch (GenerationAbandoned abandoned) {
                invalid++;
                lastAbandonment = abandoned.getMessage();
                if (invalid > settings.tries()) {
                    return new PropertyResult.Errored<>(settings.seed(), tries, invalid,
                            "generation failed in " + invalid + " attempts (" + lastAbandonment + ")", abandoned);
                }
                continue;
            }
            tries++;
            observer.accept(value);
            Optional<String> failure;
            try {
                failure = failure(value);
            } catch (Exception e) {
                return new PropertyResult.Errored<>(settings.seed(), tries, invalid,
                        "the property could not be checked on try " + tries + ": " + e, e);
            }
            if (failure.isPresent()) {
                return shrunk(settings, tries, invalid, value, failure.get(), choices);
            }
        }
        return new PropertyResult.Passed<>(settings.seed(), tries, invalid);
    }

    private PropertyResult<T> shrunk(PropertySettings settings, int tries, int invalid,
                                     T original, String originalReason, Choices found) {
        Shrinker.Replay start = new Shrinker.Replay(found.recorded(), found.spans());
        Shrinker.Outcome outcome = Shrinker.shrink(start, this::replayFailing, settings.shrinkBudget());
        Choices last = Choices.replay(outcome.best().choices());
        T counterexample = last.generate(generator);
        String reason;
        try {
            reason = failure(counterexample).orElse(originalReason);
        } catch (Exception e) {
            // shrinking only keeps failing cases; a replay that now throws is reported with the reason it had
            reason = originalReason;
        }
        return new PropertyResult.Falsified<>(settings.seed(), tries, invalid, counterexample,
                outcome.best().choices(), reason, original, originalReason, outcome.steps(), outcome.replays());
    }

    /** Present when the candidate generates a value the property fails on; anything else rejects the candidate. */
    private Optional<Shrinker.Replay> replayFailing(ChoiceSequence candidate) {
        Choices choices = Choices.replay(candidate);
        try {
            T value = choices.generate(generator);
            if (failure(value).isPresent()) {
                return Optional.of(new Shrinker.Replay(choices.recorded(), choices.spans()));
            }
        } catch (Exception e) {
            // an invalid (GenerationAbandoned) or erroring candidate is not a simpler instance of the same failure
        }
        return Optional.empty();
    }

    private Optional<String> failure(T value) throws Exception {
        try {
            PropertyOutcome outcome = property.check(value);
            return outcome instanceof PropertyOutcome.Fails fails ? Optional.of(fails.reason()) : Optional.empty();
        } catch (AssertionError e) {
            return Optional.of(String.valueOf(e.getMessage()));
        }
    }
}
