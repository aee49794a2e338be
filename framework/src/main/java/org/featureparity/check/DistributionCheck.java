package org.featureparity.check;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.featureparity.contract.FeatureSpec;
import org.featureparity.contract.GatePolicy;
import org.featureparity.evidence.CheckStatus;
import org.featureparity.evidence.Counts;
import org.featureparity.stats.DistributionComparison;

/**
 * The {@code distribution} check of one feature: the stores' non-NULL values are distributed alike, PSI within
 * {@code gate.max_psi} and, for numeric and temporal features, the KS statistic within {@code gate.max_ks}. It
 * catches shifts that agreement does not weigh, such as a unit change on a few rows of a skewed feature, and it
 * compares the stores' populations even where keys do not match.
 */
public final class DistributionCheck {

    private DistributionCheck() {
    }

    public static CheckOutcome run(GroupRun run, FeatureSpec feature) {
        ProfilePair pair = ProfilePair.of(run, feature, "distribution");
        long oldValues = pair.old().rows() - pair.old().nulls();
        long newValues = pair.fresh().rows() - pair.fresh().nulls();
        Optional<CheckOutcome> stopped = pair.stoppedBeforeBothSides(feature, run, oldValues, newValues);
        if (stopped.isPresent()) {
            return stopped.get();
        }
        if (oldValues == 0 || newValues == 0) {
            throw new NothingComparedException("cannot compare the distribution of '" + feature.name() + "': the old store has "
                    + oldValues + " non-NULL values, the new store " + newValues + " (see the null-rate check)");
        }
        DistributionComparison comparison = DistributionComparison.of(pair.old(), pair.fresh());
        GatePolicy gate = run.contract().gate();
        boolean psiHolds = comparison.psi() <= gate.maxPsi();
        boolean ksHolds = comparison.ks().isEmpty() || comparison.ks().getAsDouble() <= gate.maxKs();
        CheckStatus status = psiHolds && ksHolds ? CheckStatus.PASS : CheckStatus.FAIL;
        String ks = comparison.ks().isPresent()
                ? String.format(Locale.ROOT, ", KS %.6f %s max_ks %s", comparison.ks().getAsDouble(), ksHolds ? "<=" : "above", gate.maxKs())
                : "";
        String message = String.format(Locale.ROOT, "PSI %.6f %s max_psi %s%s over %d bins (%d old, %d new non-NULL values)",
                comparison.psi(), psiHolds ? "<=" : "above", gate.maxPsi(), ks, comparison.distribution().bins().size(),
                oldValues, newValues);
        Map<String, String> parameters = pair.parameters(feature, run);
        parameters.put("max_psi", Double.toString(gate.maxPsi()));
        parameters.put("psi", Double.toString(comparison.psi()));
        if (comparison.ks().isPresent()) {
            parameters.put("max_ks", Double.toString(gate.maxKs()));
            parameters.put("ks", Double.toString(comparison.ks().getAsDouble()));
        }
        parameters.put("bins", comparison.distribution().shape() == org.featureparity.evidence.Distribution.Shape.NUMERIC
                ? "deciles of the old store (" + comparison.distribution().bins().size() + ")"
                : "top " + DistributionComparison.TOP_CATEGORIES + " categories and other");
        if (!comparison.approximate().isEmpty()) {
            parameters.put("approximate", String.join("; ", comparison.approximate()));
        }
        if (pair.profiles().incomplete().isPresent()) {
            status = CheckStatus.FAIL;
            message = pair.profiles().incomplete().get() + "; so far " + message;
            parameters.put("stopped early", pair.profiles().incomplete().get());
        }
        return new CheckOutcome(status, message, Counts.NONE, OptionalDouble.empty(),
                OptionalDouble.of(gate.maxPsi()), Map.of(), List.of(), parameters, pair.attachments(),
                Optional.of(comparison.distribution()));
    }
}
