package org.featureparity.generate;

/**
 * How a property is run: the seed every try derives from, how many valid tries, and how many replays shrinking
 * may spend. Invalid tries (a filter that found nothing) may number at most {@code tries} more before the run is an
 * error: a generator that mostly fails to generate tests too little to pass.
 */
public record PropertySettings(long seed, int tries, int shrinkBudget) {

    public static final int DEFAULT_TRIES = 200;
    public static final int DEFAULT_SHRINK_BUDGET = 2_000;

    public PropertySettings {
        if (tries < 1) {
            throw new IllegalArgumentException("tries must be >= 1, was " + tries);
        }
        if (shrinkBudget < 0) {
            throw new IllegalArgumentException("shrink budget must be >= 0, was " + shrinkBudget);
        }
    }

    public static PropertySettings of(long seed, int tries) {
        return new PropertySettings(seed, tries, DEFAULT_SHRINK_BUDGET);
    }
}
