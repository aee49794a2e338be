package org.featureparity.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.featureparity.contract.FeatureSpec;
import org.featureparity.contract.Side;
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
        if (old.rows() == 0 || fresh.rows() == 0) {
            throw new NothingComparedException("cannot check the " + check + " of '" + feature.name() + "': the old store returned "
                    + old.rows() + " rows, the new store " + fresh.rows() + "; a rate over no rows means nothing");
        }
        return new ProfilePair(profiles, old, fresh);
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
