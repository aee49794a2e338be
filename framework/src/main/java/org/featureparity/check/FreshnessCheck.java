package org.featureparity.check;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.ArrayList;
import org.featureparity.contract.FeatureGroupContract;
import org.featureparity.contract.Side;
import org.featureparity.evidence.CheckStatus;
import org.featureparity.evidence.Counts;
import org.featureparity.store.StoreColumn;
import org.featureparity.store.StoreException;

/**
 * The {@code freshness} check: each store's newest as-of is at most {@code max_staleness} older than the run's
 * reference time ({@code parity.reference-time}), and the two stores' newest as-of are at most {@code max_staleness}
 * apart. A store with no rows, or a group without an as-of column, is an error: staleness cannot be judged.
 */
public final class FreshnessCheck {

    private FreshnessCheck() {
    }

    public static CheckOutcome run(GroupRun run, Instant referenceTime) {
        FeatureGroupContract contract = run.contract();
        String asOf = contract.asOf().orElseThrow(() -> new IllegalStateException("group '" + contract.name()
                + "' declares no as_of column: freshness is measured on the as-of column"));
        Duration limit = contract.maxStaleness().orElseThrow(() -> new IllegalStateException("group '" + contract.name()
                + "' declares no max_staleness"));
        Map<Side, Instant> newest = new EnumMap<>(Side.class);
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("max staleness", limit.toString());
        parameters.put("reference time", referenceTime.toString());
        parameters.put("zone", TimeValues.describe(contract.timeZone()));
        for (Side side : Side.values()) {
            StoreColumn column = run.description(side).column(asOf).orElseThrow(() -> new StoreException(side.role()
                    + " store: as-of column '" + asOf + "' not found in " + contract.source(side).describe()));
            Object value = run.store(side).newest(contract.source(side), column).orElseThrow(() -> new NothingComparedException(
                    side.role() + " store has no rows with an as-of in " + contract.source(side).describe()
                            + ": freshness cannot be judged"));
            Instant instant = TimeValues.instant(value, contract.timeZone());
            newest.put(side, instant);
            parameters.put("newest as-of " + side.role(), instant.toString());
            parameters.put("lag " + side.role(), Duration.between(instant, referenceTime).toString());
        }
        Duration gap = Duration.between(newest.get(Side.OLD), newest.get(Side.NEW)).abs();
        parameters.put("gap between stores", gap.toString());
        List<String> problems = new ArrayList<>();
        for (Side side : Side.values()) {
            Duration lag = Duration.between(newest.get(side), referenceTime);
            if (lag.compareTo(limit) > 0) {
                problems.add(side.role() + " store's newest as-of " + newest.get(side) + " is " + lag
                        + " old, beyond max_staleness " + limit);
            }
        }
        if (gap.compareTo(limit) > 0) {
            problems.add("the stores' newest as-of are " + gap + " apart (old " + newest.get(Side.OLD) + ", new "
                    + newest.get(Side.NEW) + "), beyond max_staleness " + limit);
        }
        String lags = "lag old " + Duration.between(newest.get(Side.OLD), referenceTime) + ", lag new "
                + Duration.between(newest.get(Side.NEW), referenceTime) + ", gap " + gap + " at reference time " + referenceTime;
        CheckStatus status = problems.isEmpty() ? CheckStatus.PASS : CheckStatus.FAIL;
        String message = problems.isEmpty() ? "both stores within max_staleness " + limit + ": " + lags
                : String.join("; ", problems) + " (" + lags + ")";
        return new CheckOutcome(status, message, Counts.NONE, OptionalDouble.empty(), OptionalDouble.empty(), Map.of(),
                List.of(), parameters, List.of());
    }
}
