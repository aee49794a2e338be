package org.featureparity.check;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.featureparity.contract.FeatureSpec;
import org.featureparity.evidence.CheckStatus;
import org.featureparity.evidence.Counts;

/**
 * The {@code null-rate} check of one feature: over all rows of each store (matched or not), the NULL rates differ by
 * at most {@code gate.max_null_rate_delta}. A pipeline that starts writing NULL where it wrote 0 shows here even when
 * the values check tolerates it.
 */
public final class NullRateCheck {

    private NullRateCheck() {
    }

    public static CheckOutcome run(GroupRun run, FeatureSpec feature) {
        ProfilePair pair = ProfilePair.of(run, feature, "null rate");
        Optional<CheckOutcome> stopped = pair.stoppedBeforeBothSides(feature, run, pair.old().rows(), pair.fresh().rows());
        if (stopped.isPresent()) {
            return stopped.get();
        }
        double oldRate = pair.old().nullRate();
        double newRate = pair.fresh().nullRate();
        double delta = Math.abs(newRate - oldRate);
        double threshold = run.contract().gate().maxNullRateDelta();
        CheckStatus status = delta <= threshold ? CheckStatus.PASS : CheckStatus.FAIL;
        String message = String.format(Locale.ROOT,
                "null rate old %.6f (%d of %d rows), new %.6f (%d of %d rows): delta %.6f %s max_null_rate_delta %s",
                oldRate, pair.old().nulls(), pair.old().rows(), newRate, pair.fresh().nulls(), pair.fresh().rows(),
                delta, status == CheckStatus.PASS ? "<=" : "above", threshold);
        Map<String, String> parameters = pair.parameters(feature, run);
        parameters.put("max_null_rate_delta", Double.toString(threshold));
        parameters.put("null rate old", Double.toString(oldRate));
        parameters.put("null rate new", Double.toString(newRate));
        parameters.put("null rate delta", Double.toString(delta));
        parameters.put("nulls old", Long.toString(pair.old().nulls()));
        parameters.put("nulls new", Long.toString(pair.fresh().nulls()));
        if (pair.profiles().incomplete().isPresent()) {
            status = CheckStatus.FAIL;
            message = pair.profiles().incomplete().get() + "; so far " + message;
            parameters.put("stopped early", pair.profiles().incomplete().get());
        }
        return new CheckOutcome(status, message, Counts.NONE, OptionalDouble.empty(), OptionalDouble.of(threshold),
                Map.of(), List.of(), parameters, pair.attachments());
    }
}
