package org.featureparity.check;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.PriorityQueue;
import java.util.stream.Collectors;
import org.featureparity.compare.FeatureComparison;
import org.featureparity.compare.MergeComparison;
import org.featureparity.contract.FeatureGroupContract;
import org.featureparity.contract.FeatureSpec;
import org.featureparity.contract.PointInTimeSpec;
import org.featureparity.contract.Side;
import org.featureparity.evidence.CheckStatus;
import org.featureparity.evidence.Counts;
import org.featureparity.evidence.EvidenceAttachment;
import org.featureparity.evidence.Mismatch;
import org.featureparity.evidence.MismatchCategory;
import org.featureparity.store.FeatureRow;
import org.featureparity.store.LookupRequest;
import org.featureparity.store.LookupResult;
import org.featureparity.store.Probe;

/**
 * The {@code point-in-time} check: for (entity, t) pairs, the value each store serves as of t (its latest row with
 * as-of at or before t, and within the TTL if declared) agrees within the features' tolerances. No row valid at t in
 * one store while the other has one is a mismatch ({@code missing-entity}); no row in either is agreement.
 *
 * <p>A pair agrees when every feature agrees; the check passes when the share of agreeing pairs reaches the group's
 * agreement gate. Zero pairs is an error, never a pass.
 */
public final class PointInTimeCheck {

    /** Probes per lookup statement. */
    static final int BATCH = 500;
    /** Rows of the pairs attachment, so a training set of millions stays a readable file. */
    private static final int PAIRS_ATTACHED = 10_000;

    private PointInTimeCheck() {
    }

    public static CheckOutcome run(GroupRun run, PointInTimeSettings settings) {
        FeatureGroupContract contract = run.contract();
        PointInTimeSpec spec = contract.pointInTime();
        PointInTimeColumns columns = new PointInTimeColumns(run);
        Optional<Duration> ttl = spec.ttl();
        int samples = spec.samples().orElse(settings.defaultSamples());
        List<EvidenceAttachment> attachments = new ArrayList<>();
        Map<String, String> parameters = new LinkedHashMap<>();
        List<PointInTimePair> pairs;
        if (spec.keys().isPresent()) {
            PointInTimeKeyReader.Read read = new PointInTimeKeyReader(run, columns, settings.classLoader()).read(spec.keys().get());
            pairs = read.pairs();
            parameters.put("pairs from", read.from());
            read.statement().ifPresent(sql -> attachments.add(EvidenceAttachment.sql("pairs read", sql)));
        } else {
            PointInTimeSampler.Drawn drawn = new PointInTimeSampler(run, columns, ttl).draw(samples, settings.seed());
            pairs = drawn.pairs();
            parameters.put("pairs from", "sampled from both stores' history, seed " + settings.seed());
            parameters.put("samples requested", Integer.toString(samples));
            drawn.statements().forEach((name, sql) -> attachments.add(EvidenceAttachment.sql(name, sql)));
        }
        if (pairs.isEmpty()) {
            throw new NothingComparedException("no (entity, t) pairs to look up for group '" + contract.name() + "' ("
                    + parameters.get("pairs from") + "): both histories are empty or the list of pairs is; "
                    + "point-in-time retrieval cannot pass unchecked");
        }
        ZoneId zone = contract.timeZone();
        Map<Side, LookupResult> answers = new EnumMap<>(Side.class);
        for (Side side : Side.values()) {
            List<Probe> probes = pairs.stream().map(p -> new Probe(p.key(), p.at(), ttl.map(p.at()::minus))).toList();
            LookupResult result = run.store(side).lookup(new LookupRequest(contract.source(side), columns.entity(side),
                    columns.asOf(side), columns.values(side), probes, zone, BATCH));
            answers.put(side, result);
            attachments.add(EvidenceAttachment.sql(side.role() + " store lookup (" + result.statements()
                    + " statement(s) of up to " + BATCH + " pairs)", result.statement()));
        }
        return compare(run, settings, columns, pairs, answers, parameters, attachments, ttl, samples);
    }

    /**
     * What the as-of times of the two rows valid at t show: rows a whole zone offset apart (a quarter-hour multiple
     * up to 18 h) were written or read in another zone (timezone-shift); rows under a second apart had their as-of
     * truncated (precision). The same row on both sides, or rows apart by anything else, shows nothing: the values
     * name the cause.
     */
    static Optional<MismatchCategory> causeShownByAsOf(Object oldAsOf, Object newAsOf) {
        if (oldAsOf == null || newAsOf == null || FeatureComparison.render(oldAsOf).equals(FeatureComparison.render(newAsOf))) {
            return Optional.empty();
        }
        MismatchCategory apart = FeatureComparison.category(oldAsOf, newAsOf);
        return apart == MismatchCategory.TIMEZONE_SHIFT || apart == MismatchCategory.PRECISION
                ? Optional.of(apart) : Optional.empty();
    }

    private static CheckOutcome compare(GroupRun run, PointInTimeSettings settings, PointInTimeColumns columns,
                                        List<PointInTimePair> pairs, Map<Side, LookupResult> answers,
                                        Map<String, String> parameters, List<EvidenceAttachment> attachments,
                                        Optional<Duration> ttl, int samples) {
        FeatureGroupContract contract = run.contract();
        List<FeatureSpec> features = columns.features();
        long[] featureAgreed = new long[features.size()];
        Map<MismatchCategory, Long> categories = new EnumMap<>(MismatchCategory.class);
        Map<String, Long> kinds = new LinkedHashMap<>();
        PriorityQueue<Mismatch> top = new PriorityQueue<>(Comparator.comparingDouble(PointInTimeCheck::sortable));
        StringBuilder table = new StringBuilder(String.join(",", contract.entity()) + ",t,kind,old_as_of,new_as_of,agrees\n");
        long agreed = 0;
        long missingOld = 0;
        long missingNew = 0;
        long neither = 0;
        for (int i = 0; i < pairs.size(); i++) {
            PointInTimePair pair = pairs.get(i);
            kinds.merge(pair.kind(), 1L, Long::sum);
            Optional<FeatureRow> old = answers.get(Side.OLD).rows().get(i);
            Optional<FeatureRow> fresh = answers.get(Side.NEW).rows().get(i);
            boolean agrees;
            if (old.isEmpty() && fresh.isEmpty()) {
                neither++;
                agrees = true;
                for (int f = 0; f < features.size(); f++) {
                    featureAgreed[f]++;
                }
            } else if (old.isEmpty() || fresh.isEmpty()) {
                agrees = false;
                if (old.isEmpty()) {
                    missingOld++;
                } else {
                    missingNew++;
                }
                categories.merge(MismatchCategory.MISSING_ENTITY, 1L, Long::sum);
                offer(top, new Mismatch(key(contract, pair, old, fresh, "(row)"), old.isEmpty() ? "no row valid at t" : "row present",
                        fresh.isEmpty() ? "no row valid at t" : "row present", Double.POSITIVE_INFINITY, MismatchCategory.MISSING_ENTITY));
            } else {
                agrees = true;
                Optional<MismatchCategory> byAsOf = causeShownByAsOf(old.get().key(0), fresh.get().key(0));
                for (int f = 0; f < features.size(); f++) {
                    Object a = old.get().value(f);
                    Object b = fresh.get().value(f);
                    if (FeatureComparison.agrees(features.get(f), a, b)) {
                        featureAgreed[f]++;
                    } else {
                        agrees = false;
                        MismatchCategory category = byAsOf.orElseGet(() -> FeatureComparison.category(a, b));
                        categories.merge(category, 1L, Long::sum);
                        offer(top, new Mismatch(key(contract, pair, old, fresh, features.get(f).name()),
                                FeatureComparison.render(a), FeatureComparison.render(b), FeatureComparison.delta(a, b), category));
                    }
                }
            }
            agreed += agrees ? 1 : 0;
            if (i < PAIRS_ATTACHED) {
                table.append(settings.redactKeys() ? "(redacted)" : pair.key().stream().map(FeatureComparison::render)
                                .map(PointInTimeCheck::csvField).collect(Collectors.joining(",")))
                        .append(',').append(pair.at()).append(',').append(pair.kind()).append(',')
                        .append(old.map(r -> FeatureComparison.render(r.key(0))).orElse("")).append(',')
                        .append(fresh.map(r -> FeatureComparison.render(r.key(0))).orElse("")).append(',')
                        .append(agrees).append('\n');
            }
        }
        long total = pairs.size();
        double agreement = (double) agreed / total;
        double threshold = contract.gate().agreement();
        CheckStatus status = agreement >= threshold ? CheckStatus.PASS : CheckStatus.FAIL;
        parameters.put("pairs", Long.toString(total));
        parameters.put("pairs by edge", kinds.toString());
        parameters.put("no row valid in either store", Long.toString(neither));
        parameters.put("ttl", ttl.map(Duration::toString).orElse("none (a row stays valid until the next)"));
        parameters.put("zone", TimeValues.describe(contract.timeZone()));
        parameters.put("as-of resolution", columns.resolution().toString());
        parameters.put("threshold", Double.toString(threshold));
        for (int f = 0; f < features.size(); f++) {
            parameters.put("agreement " + features.get(f).name(), String.format(Locale.ROOT, "%.6f", (double) featureAgreed[f] / total));
        }
        attachments.add(new EvidenceAttachment("pairs sampled" + (total > PAIRS_ATTACHED ? " (first " + PAIRS_ATTACHED + ")" : ""),
                "text/csv", "csv", table.toString()));
        Map<String, Long> byId = new LinkedHashMap<>();
        categories.entrySet().stream().sorted(Map.Entry.<MismatchCategory, Long>comparingByValue().reversed())
                .forEach(e -> byId.put(e.getKey().id(), e.getValue()));
        List<Mismatch> largest = new ArrayList<>(top);
        largest.sort(Comparator.comparingDouble(PointInTimeCheck::sortable).reversed());
        String message = String.format(Locale.ROOT,
                "point-in-time agreement %.6f %s threshold %s: %d of %d (entity, t) pairs differ (%d with a row valid only in new, %d only in old)%s",
                agreement, status == CheckStatus.PASS ? ">=" : "below", threshold, total - agreed, total, missingOld, missingNew,
                byId.isEmpty() ? "" : " " + byId.keySet().stream().map(c -> "[category:" + c + "]").collect(Collectors.joining(" ")));
        return new CheckOutcome(status, message, new Counts(total, agreed, total - agreed, missingOld, missingNew),
                OptionalDouble.of(agreement), OptionalDouble.of(threshold), byId, largest, parameters, attachments);
    }

    private static Map<String, String> key(FeatureGroupContract contract, PointInTimePair pair, Optional<FeatureRow> old,
                                           Optional<FeatureRow> fresh, String feature) {
        Map<String, String> key = new LinkedHashMap<>();
        for (int k = 0; k < contract.entity().size(); k++) {
            key.put(contract.entity().get(k), FeatureComparison.render(pair.key().get(k)));
        }
        key.put("t", pair.at().toString());
        key.put("feature", feature);
        key.put("old as_of", old.map(r -> FeatureComparison.render(r.key(0))).orElse("none"));
        key.put("new as_of", fresh.map(r -> FeatureComparison.render(r.key(0))).orElse("none"));
        return key;
    }

    private static void offer(PriorityQueue<Mismatch> top, Mismatch mismatch) {
        top.add(mismatch);
        if (top.size() > MergeComparison.TOP_MISMATCHES) {
            top.poll();
        }
    }

    private static double sortable(Mismatch mismatch) {
        return Double.isNaN(mismatch.delta()) ? Double.POSITIVE_INFINITY : mismatch.delta();
    }

    private static String csvField(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
