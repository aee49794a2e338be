package org.featureparity.contract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Who is hurt if a group's migration goes wrong: the models that consume it and its serving tier. Migrations start
 * with the groups whose blast radius is smallest.
 *
 * @param consumers models reading the group, e.g. {@code fraud_v7}
 * @param tier      serving tier, when declared
 */
public record BlastRadius(List<String> consumers, Optional<Tier> tier) {

    public static final BlastRadius UNKNOWN = new BlastRadius(List.of(), Optional.empty());

    public BlastRadius {
        consumers = List.copyOf(consumers);
    }

    /** Serving tiers, most critical first. */
    public enum Tier {
        CRITICAL, HIGH, STANDARD, LOW;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Tier> parse(String text) {
            for (Tier tier : values()) {
                if (tier.id().equals(text.trim().toLowerCase(Locale.ROOT))) {
                    return Optional.of(tier);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * Orders groups from the smallest blast radius to the largest: undeclared or low tiers before critical ones,
     * then fewer consumers first.
     */
    public int compareTo(BlastRadius other) {
        int byTier = Integer.compare(severity(), other.severity());
        return byTier != 0 ? byTier : Integer.compare(consumers.size(), other.consumers.size());
    }

    private int severity() {
        return tier.map(t -> Tier.values().length - t.ordinal()).orElse(0);
    }
}
