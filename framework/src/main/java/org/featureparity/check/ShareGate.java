package org.featureparity.check;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.featureparity.contract.Sample;
import org.featureparity.evidence.CheckStatus;
import org.featureparity.stats.WilsonInterval;

/**
 * Holds a measured share (agreement, coverage) against its threshold. Over a sample the share is only an estimate,
 * so the gate compares the lower bound of its 95% Wilson interval instead: a sample passes only where the full
 * comparison would almost surely pass too.
 *
 * @param status the gate's decision
 * @param gated  the value held against the threshold: the share, or the interval's lower bound over a sample
 * @param text   how the decision was reached, for the check's message
 */
record ShareGate(CheckStatus status, double gated, String text) {

    static ShareGate decide(String measure, long successes, long trials, double threshold, Optional<Sample> sample,
                            Map<String, String> parameters) {
        double share = (double) successes / trials;
        if (sample.isEmpty() || sample.get().isEverything()) {
            CheckStatus status = share >= threshold ? CheckStatus.PASS : CheckStatus.FAIL;
            // coverage has always read "coverage 1.000000 >= 1.0", agreement "... >= threshold 0.995": keep both
            return new ShareGate(status, share, String.format(Locale.ROOT, "%s %.6f %s %s%s", measure, share,
                    status == CheckStatus.PASS ? ">=" : "below", measure.equals("coverage") ? "" : "threshold ", threshold));
        }
        WilsonInterval interval = WilsonInterval.of(successes, trials);
        CheckStatus status = interval.lower() >= threshold ? CheckStatus.PASS : CheckStatus.FAIL;
        parameters.put("sample", sample.get().describe());
        parameters.put(measure + " estimate", Double.toString(share));
        parameters.put(measure + " 95% lower", Double.toString(interval.lower()));
        parameters.put(measure + " 95% upper", Double.toString(interval.upper()));
        parameters.put("gated on", "95% Wilson lower bound");
        return new ShareGate(status, interval.lower(), String.format(Locale.ROOT,
                "sampled (%s): %s %.6f, 95%% Wilson interval [%.6f, %.6f], lower bound %s threshold %s", sample.get().describe(),
                measure, share, interval.lower(), interval.upper(), status == CheckStatus.PASS ? ">=" : "below", threshold)
                + (threshold >= 1.0 ? " (no sample can show a share of 1: for sampled runs set the threshold below 1)" : ""));
    }
}
