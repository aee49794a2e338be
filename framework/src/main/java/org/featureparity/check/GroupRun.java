package org.featureparity.check;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.featureparity.compare.ComparisonResult;
import org.featureparity.compare.Deadline;
import org.featureparity.compare.ComparisonTask;
import org.featureparity.compare.EarlyStop;
import org.featureparity.compare.FeatureTally;
import org.featureparity.compare.ProgressReporting;
import org.featureparity.compare.PushdownLimits;
import org.featureparity.compare.StrategyChoice;
import org.featureparity.contract.ComparisonScope;
import org.featureparity.contract.FeatureGroupContract;
import org.featureparity.contract.FeatureSpec;
import org.featureparity.contract.Side;
import org.featureparity.pipeline.PipelinePair;
import org.featureparity.store.FeatureStore;
import org.featureparity.store.RowCursor;
import org.featureparity.store.ScanRequest;
import org.featureparity.store.StoreColumn;
import org.featureparity.store.StoreDescription;
import org.featureparity.store.StoreException;
import org.featureparity.stats.GroupProfiles;
import org.featureparity.stats.ProfileSet;

/**
 * One group's run against both stores: each store's description and the merged comparison, each computed once on
 * first need and shared by the group's checks.
 */
public final class GroupRun {

    private final FeatureGroupContract contract;
    private final Function<Side, FeatureStore> stores;
    private final Set<String> comparedFeatures;
    private final int fetchSize;
    private final StrategyChoice strategy;
    private PushdownLimits pushdownLimits = PushdownLimits.DEFAULT;
    private final Map<Side, Memo<StoreDescription>> descriptions = new EnumMap<>(Side.class);
    private final Memo<ComparisonResult> comparison;
    private final Memo<GroupProfiles> profiles;
    private Set<String> profiledFeatures = Set.of();
    private ComparisonScope scope;
    private GroupProfiles mergeProfiles;
    private final java.util.function.Supplier<Optional<PipelinePair>> pipelines;
    private Deadline deadline = Deadline.NONE;
    private CheckSteps steps = CheckSteps.NONE;
    private ProgressReporting progress = ProgressReporting.NONE;
    private Memo<Map<String, org.featureparity.compare.CategoryCorrection>> corrections;

    /**
     * @param contract         the group's contract
     * @param stores           the store of each side, started on first need
     * @param comparedFeatures the features whose values are compared in this run (the selected ones)
     * @param fetchSize        rows per round trip when scanning
     */
    public GroupRun(FeatureGroupContract contract, Function<Side, FeatureStore> stores, Set<String> comparedFeatures,
                    int fetchSize) {
        this(contract, stores, comparedFeatures, fetchSize, StrategyChoice.AUTO, Optional::empty);
    }

    /** A run comparing by the automatically chosen strategy, with the group's pipelines. */
    public GroupRun(FeatureGroupContract contract, Function<Side, FeatureStore> stores, Set<String> comparedFeatures,
                    int fetchSize, java.util.function.Supplier<Optional<PipelinePair>> pipelines) {
        this(contract, stores, comparedFeatures, fetchSize, StrategyChoice.AUTO, pipelines);
    }

    /** A run comparing by the given strategy, for a group without pipelines. */
    public GroupRun(FeatureGroupContract contract, Function<Side, FeatureStore> stores, Set<String> comparedFeatures,
                    int fetchSize, StrategyChoice strategy) {
        this(contract, stores, comparedFeatures, fetchSize, strategy, Optional::empty);
    }

    /**
     * @param strategy  how the stores' values are compared ({@code parity.compare.strategy})
     * @param pipelines the group's old and new pipelines, opened on first need (on databases the framework owns);
     *                  empty when the group declares none
     */
    public GroupRun(FeatureGroupContract contract, Function<Side, FeatureStore> stores, Set<String> comparedFeatures,
                    int fetchSize, StrategyChoice strategy, java.util.function.Supplier<Optional<PipelinePair>> pipelines) {
        this.strategy = strategy;
        this.pipelines = pipelines;
        this.contract = contract;
        this.stores = stores;
        this.comparedFeatures = Set.copyOf(comparedFeatures);
        this.fetchSize = fetchSize;
        for (Side side : Side.values()) {
            descriptions.put(side, new Memo<>(() -> steps.record("describe " + side.role() + " store",
                    () -> store(side).describe(contract.source(side)),
                    d -> d.columns().size() + " columns in " + contract.source(side).describe())));
        }
        this.comparison = new Memo<>(() -> steps.record("scan and compare", this::compare,
                r -> r.rowsOld() + " old rows and " + r.rowsNew() + " new rows scanned, " + r.matched() + " keys matched"));
        this.profiles = new Memo<>(this::profile);
        this.scope = contract.scope();
    }

    /** Also profiles these features (null rates, distributions), in the comparison's pass when it runs. */
    public GroupRun profiling(Set<String> features) {
        this.profiledFeatures = Set.copyOf(features);
        return this;
    }

    /** How many rows per side the pushdown may read the key and row hashes of ({@code parity.compare.pushdown.*row-hashes}). */
    public GroupRun pushdownLimits(PushdownLimits limits) {
        this.pushdownLimits = Objects.requireNonNull(limits, "limits");
        return this;
    }

    /** Compares within this scope instead of the contract's (a run-level sample or time budget). */
    public GroupRun scope(ComparisonScope runScope) {
        this.scope = runScope;
        return this;
    }

    public ComparisonScope scope() {
        return scope;
    }

    public FeatureGroupContract contract() {
        return contract;
    }

    /**
     * Sets the deadline of the check about to run. Work it starts (describing, scanning, and the shared comparison
     * when this check is the first to need it) must finish within it.
     */
    public void deadline(Deadline checkDeadline) {
        this.deadline = checkDeadline;
    }

    /** Sets where the check about to run reports the progress of a long comparison (the first check to need it runs it). */
    public void progress(ProgressReporting reporting) {
        this.progress = Objects.requireNonNull(reporting, "reporting");
    }

    /** Sets where the check about to run records its phases. */
    public void steps(CheckSteps checkSteps) {
        this.steps = checkSteps;
    }

    /** The phases of the check that is running. */
    public CheckSteps steps() {
        return steps;
    }

    /**
     * The side's store, its statements limited to the current check's remaining time, its sessions in the
     * contract's zone (never the JVM default).
     */
    public FeatureStore store(Side side) {
        deadline.check();
        return stores.apply(side).inZone(contract.timeZone()).within(deadline.remaining());
    }

    /**
     * The group's old and new pipelines, the one place checks get them from: opened once per run on first need
     * (each on a fresh database of a server the framework started), shared by every check of the group, closed
     * when the run ends. Empty when the group declares no pipelines; a pipeline that cannot be opened throws, the
     * same error for every check that asks. Each computation first checks the current check's deadline.
     */
    public Optional<PipelinePair> pipelines() {
        return pipelines.get().map(pair -> DeadlinePipelines.within(pair, deadline));
    }

    /**
     * Has the values checks name mismatch causes by a classifier stage (e.g. recomputation from events), run once
     * for the group on its comparison; without one, categories come from the values alone. Set it before the
     * comparison runs: only then does the comparison keep the mismatching rows' raw values the stage reads.
     */
    public void classifyMismatchesBy(Function<ComparisonResult, Map<String, org.featureparity.compare.CategoryCorrection>> stage) {
        if (comparison.isDone()) {
            throw new IllegalStateException("a classifier stage must be set before the comparison runs");
        }
        this.corrections = new Memo<>(() -> {
            ComparisonResult result = comparison();
            return steps.record("name mismatch causes", () -> stage.apply(result), found -> found.isEmpty()
                    ? "no feature mismatched" : found.values().stream().mapToLong(c -> c.recomputed()).sum() + " of "
                    + found.values().stream().mapToLong(c -> c.examined()).sum() + " rows named by a reproduced cause");
        });
    }

    /** The classifier stage's categories for a feature, when a stage is set and the feature mismatched. */
    public Optional<org.featureparity.compare.CategoryCorrection> correction(String feature) {
        if (corrections == null) {
            return Optional.empty();
        }
        if (corrections.isDone()) {
            steps.reused("name mismatch causes", "named once for the group, shared by its values checks");
        }
        return Optional.ofNullable(corrections.get().get(feature));
    }

    public StoreDescription description(Side side) {
        Memo<StoreDescription> description = descriptions.get(side);
        if (description.isDone()) {
            steps.reused("describe " + side.role() + " store", "described once for the group");
        }
        return description.get();
    }

    public ComparisonResult comparison() {
        if (comparison.isDone()) {
            steps.reused("scan and compare", "compared once for the group, shared by its checks");
        }
        return comparison.get();
    }

    /**
     * Both sides' null rates and distributions of the profiled features: the comparison's own accumulators when it
     * has run (it feeds them every row it reads), else one streamed scan of each side. A strategy that does not
     * read every row (pushdown checksums) leaves the profiles to that scan.
     */
    public GroupProfiles profiles() {
        return profiles.get();
    }

    /** The features compared by value: selected, and present under their declared names on both sides. */
    List<FeatureSpec> comparableFeatures() {
        return presentFeatures(comparedFeatures);
    }

    /** Features present under their declared names on both sides, among {@code wanted}. */
    private List<FeatureSpec> presentFeatures(Set<String> wanted) {
        StoreDescription old = description(Side.OLD);
        StoreDescription fresh = description(Side.NEW);
        return contract.features().stream()
                .filter(f -> wanted.contains(f.name()))
                .filter(f -> old.column(f.columnIn(Side.OLD)).isPresent() && fresh.column(f.columnIn(Side.NEW)).isPresent())
                .toList();
    }

    private ComparisonResult compare() {
        // the profiled features ride along, so null rates and distributions come from the same pass
        Set<String> scanned = new LinkedHashSet<>(comparedFeatures);
        scanned.addAll(profiledFeatures);
        List<FeatureSpec> features = presentFeatures(scanned);
        ScanRequest oldScan = scanRequest(Side.OLD, features);
        ScanRequest newScan = scanRequest(Side.NEW, features);
        requireComparableKeys(oldScan.keyColumns(), newScan.keyColumns());
        ProfileSet oldProfiles = new ProfileSet(features, profiledFeatures);
        ProfileSet newProfiles = new ProfileSet(features, profiledFeatures);
        Optional<ComparisonTask.Profiling> profiling = profiledFeatures.isEmpty() ? Optional.empty()
                : Optional.of(new ComparisonTask.Profiling(oldProfiles, newProfiles));
        ComparisonResult result = strategy.compare(new ComparisonTask(contract.keyColumns(), features, this::store,
                oldScan, newScan, deadline, scope.failFast(), profiling, pushdownLimits,
                corrections == null ? 0 : FeatureTally.RETAINED_MISMATCHES, progress));
        // the profiles stand for the stores only when they saw every row each side returned: a pushdown fetches
        // only the differing ranges, and then profiles() scans each side itself
        if (oldProfiles.rows() == result.rowsOld() && newProfiles.rows() == result.rowsNew() || profiling.isEmpty()) {
            mergeProfiles = new GroupProfiles(oldProfiles, newProfiles, result.strategy().name() + " pass",
                    result.stoppedEarly().map(EarlyStop::describe), result.statements());
        }
        return result;
    }

    private GroupProfiles profile() {
        if (comparison.isDone()) {
            // the merge fed the profiles; when it failed, its failure is the profiles' too (no retry on a broken store)
            comparison.get();
            if (mergeProfiles != null) {
                return mergeProfiles;
            }
            // a pushdown compared without fetching the agreeing ranges: profile each side with a scan of its own
        }
        List<FeatureSpec> features = presentFeatures(profiledFeatures);
        Map<String, String> statements = new java.util.LinkedHashMap<>();
        ProfileSet[] sets = new ProfileSet[2];
        Deadline budget = scope.failFast().timeBudget()
                .map(d -> Deadline.after(d, "fail_fast.time_budget=" + d)).orElse(Deadline.NONE);
        Optional<String> incomplete = Optional.empty();
        for (Side side : Side.values()) {
            ProfileSet set = new ProfileSet(features);
            try (RowCursor rows = store(side).scan(scanRequest(side, features))) {
                statements.put(side.role(), rows.sql());
                while (rows.hasNext()) {
                    set.add(rows.next());
                    if (set.rows() % 4096 == 0) {
                        deadline.check();
                        if (budget.remaining().isZero()) {
                            incomplete = Optional.of("the profile scan stopped early (" + budget.description()
                                    + " spent) after reading " + set.rows() + " " + side.role() + " rows");
                            break;
                        }
                    }
                }
            }
            sets[side.ordinal()] = set;
            if (incomplete.isPresent()) {
                // the budget is spent: the new side, if not read yet, stays empty (its checks FAIL, never PASS)
                if (sets[Side.NEW.ordinal()] == null) {
                    sets[Side.NEW.ordinal()] = new ProfileSet(features);
                }
                break;
            }
        }
        return new GroupProfiles(sets[Side.OLD.ordinal()], sets[Side.NEW.ordinal()], "profile scan", incomplete, statements);
    }

    private ScanRequest scanRequest(Side side, List<FeatureSpec> features) {
        StoreDescription description = description(side);
        List<StoreColumn> keys = new ArrayList<>();
        for (String key : contract.keyColumns()) {
            keys.add(description.column(key).orElseThrow(() -> new StoreException(side.role()
                    + " store: key column '" + key + "' not found in " + contract.source(side).describe())));
        }
        List<StoreColumn> values = features.stream()
                .map(f -> description.column(f.columnIn(side)).orElseThrow())
                .toList();
        ScanRequest request = new ScanRequest(contract.source(side), keys, values, fetchSize);
        // sample entities, not rows: all as-of rows of an entity are in or out together
        return scope.sample().filter(s -> !s.isEverything())
                .map(s -> request.sampled(s, contract.entity().size())).orElse(request);
    }

    // the merge orders both sides in one order: keys of different kinds would pair the wrong rows
    private static void requireComparableKeys(List<StoreColumn> oldKeys, List<StoreColumn> newKeys) {
        for (int i = 0; i < oldKeys.size(); i++) {
            String oldFamily = keyFamily(oldKeys.get(i));
            String newFamily = keyFamily(newKeys.get(i));
            if (!oldFamily.equals(newFamily)) {
                throw new StoreException("key column '" + oldKeys.get(i).name() + "' is " + oldKeys.get(i).nativeType()
                        + " in the old store but " + newKeys.get(i).nativeType() + " in the new store: keys must have the same kind to be matched");
            }
        }
    }

    private static String keyFamily(StoreColumn column) {
        return column.type().map(t -> t.kind().isNumeric() && !t.kind().isFloatingPoint() ? "exact-number" : t.kind().name())
                .orElse("unmapped:" + column.nativeType());
    }

    Optional<StoreColumn> column(Side side, String name) {
        return description(side).column(name);
    }
}
