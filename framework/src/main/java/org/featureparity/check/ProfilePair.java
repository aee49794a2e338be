package org.featureparity.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.featureparity.contract.FeatureSpec;
import org.featureparity.contract.Side;
import org.featureparity.evidence.CheckStatus;
import org.featureparity.evidence.Counts;
import org.featureparity.evidence.EvidenceAttachment;
import org.featureparity.stats.GroupProfiles;
import org.featureparity.stats.ValueProfile;
import org.featureparity.store.StoreException;

/**
 * Both sides' profiles of one feature, as the null-rate and distribution checks need them: fail closed when a side
 * has no column or no rows, and the parameters and SQL every profile check reports.
 */
record ProfilePair(GroupProfiles profiles, ValueProfile old, ValueProfile fresh) {

    static ProfilePair of(GroupRun run, FeatureSpec feature, String check) {
        for (Side side : Side.values()) {
            if (run.column(side, feature.columnIn(side)).isEmpty()) {
                throw new StoreException("cannot check the " + check + " of '" + feature.name() + "': column '"
                        + feature.columnIn(side) + "' not found in the " + side.role() + " store (see the schema check)");
            }
        }
        GroupProfiles profiles = run.profiles();
        ValueProfile old = profiles.old().feature(feature.name()).orElseThrow(() ->
                new IllegalStateException("feature '" + feature.name() + "' was not profiled"));
        ValueProfile fresh = profiles.fresh().feature(feature.name()).orElseThrow();
        if ((old.rows() == 0 || fresh.rows() == 0) && profiles.incomplete().isEmpty()) {
            throw new NothingComparedException("cannot check the " + check + " of '" + feature.name() + "': the old store returned "
                    + old.rows() + " rows, the new store " + fresh.rows() + "; a rate over no rows means nothing");
        }
        return new ProfilePair(profiles, old, fresh);
    }

    /**
     * A FAIL for a scan that stopped early (fail_fast) before reading values on both sides: nothing to measure, and
     * a bounded run that stopped never passes.
     */
    Optional<CheckOutcome> stoppedBeforeBothSides(FeatureSpec feature, GroupRun run, long oldValues, long newValues) {
        if (profiles.incomplete().isEmpty() || (oldValues > 0 && newValues > 0)) {
            return Optional.empty();
        }
        Map<String, String> parameters = parameters(feature, run);
        parameters.put("stopped early", profiles.incomplete().get());
        return Optional.of(new CheckOutcome(CheckStatus.FAIL, profiles.incomplete().get() + "; it read " + oldValues
                + " old and " + newValues + " new values of '" + feature.name() + "', too few to measure",
                Counts.NONE, OptionalDouble.empty(), OptionalDouble.empty(), Map.of(), List.of(), parameters, attachments()));
    }

    Map<String, String> parameters(FeatureSpec feature, GroupRun run) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("feature", feature.name());
        parameters.put("rows old", Long.toString(old.rows()));
        parameters.put("rows new", Long.toString(fresh.rows()));
        parameters.put("profiled by", profiles.source());
        run.scope().sample().filter(s -> !s.isEverything()).ifPresent(s -> parameters.put("sample", s.describe()));
        return parameters;
    }

    List<EvidenceAttachment> attachments() {
        return profiles.statements().entrySet().stream()
                .map(e -> EvidenceAttachment.sql(e.getKey() + " store scan", e.getValue())).toList();
    }
}
