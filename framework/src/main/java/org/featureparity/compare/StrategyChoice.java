package org.featureparity.compare;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The value of {@code parity.compare.strategy}: which strategy compares a group's stores. {@code auto} picks the
 * pushdown when both stores support it and no feature forbids it (a tolerance checksums cannot decide, a key the
 * store does not guarantee unique), else the merge; the evidence says which ran and why.
 */
public enum StrategyChoice {
    AUTO("auto"),
    MERGE(MergeStrategy.NAME),
    PUSHDOWN(PushdownStrategy.NAME),
    IN_MEMORY(InMemoryStrategy.NAME);

    private final String value;

    StrategyChoice(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    /** Parses a configuration value; an unknown one is an error naming the key and the allowed values. */
    public static StrategyChoice parse(String key, String configured) {
        String wanted = configured.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.value.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(key + " must be one of "
                        + Arrays.stream(values()).map(StrategyChoice::value).collect(Collectors.joining(", "))
                        + ", was '" + configured + "'"));
    }

    /** Chooses the strategy for the task, runs it, and records in its report why it was chosen. */
    public ComparisonResult compare(ComparisonTask task) {
        return switch (this) {
            case MERGE -> run(new MergeStrategy(), task, "parity.compare.strategy=merge");
            case PUSHDOWN -> run(new PushdownStrategy(), task, "parity.compare.strategy=pushdown");
            case IN_MEMORY -> run(new InMemoryStrategy(), task, "parity.compare.strategy=in-memory");
            case AUTO -> {
                Optional<String> obstacle = PushdownStrategy.obstacle(task);
                yield obstacle.isEmpty()
                        ? run(new PushdownStrategy(), task, "auto: both stores checksum in SQL")
                        : run(new MergeStrategy(), task, "auto: merge, since " + obstacle.get());
            }
        };
    }

    private static ComparisonResult run(ComparisonStrategy strategy, ComparisonTask task, String why) {
        ComparisonResult result = strategy.compare(task);
        return result.withStrategy(result.strategy().withDetail("chosen by " + why));
    }
}
