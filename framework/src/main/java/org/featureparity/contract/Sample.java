package org.featureparity.contract;

/**
 * A deterministic sample of entities: an entity is in it when a hash of its key, salted with the seed, falls in the
 * lowest {@code fraction} of the hash range. Both stores compute the same hash in SQL, so they pick the same
 * entities (all as-of rows of an entity together) and only the sample leaves the database.
 *
 * @param fraction share of entities compared, within (0, 1]; resolution one in a million
 * @param seed     salts the hash: another seed draws another sample
 */
public record Sample(double fraction, long seed) {

    /** The hash range is split into this many slots; a fraction selects the lowest {@code fraction * SLOTS}. */
    public static final long SLOTS = 1_000_000L;

    public Sample {
        if (!(fraction * SLOTS >= 1 && fraction <= 1.0)) {
            throw new IllegalArgumentException("sample fraction must be within [0.000001, 1], was " + fraction);
        }
    }

    /** The slots selected: hash mod {@link #SLOTS} below this. */
    public long selectedSlots() {
        return Math.round(fraction * SLOTS);
    }

    /** Whether the sample is in fact every entity. */
    public boolean isEverything() {
        return selectedSlots() >= SLOTS;
    }

    public String describe() {
        return "fraction " + fraction + ", seed " + seed;
    }
}
