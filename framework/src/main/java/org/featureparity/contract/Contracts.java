package org.featureparity.contract;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * Static factories for writing contracts in Java; import them statically so a contract reads like its YAML twin.
 */
public final class Contracts {

    public static final FeatureType BOOLEAN = FeatureType.BOOLEAN;
    public static final FeatureType INT32 = FeatureType.INT32;
    public static final FeatureType INT64 = FeatureType.INT64;
    public static final FeatureType FLOAT32 = FeatureType.FLOAT32;
    public static final FeatureType FLOAT64 = FeatureType.FLOAT64;
    public static final FeatureType STRING = FeatureType.STRING;
    /** A decimal of any precision and scale. */
    public static final FeatureType DECIMAL = FeatureType.DECIMAL;
    public static final FeatureType DATE = FeatureType.DATE;
    public static final FeatureType TIMESTAMP = FeatureType.TIMESTAMP;
    public static final FeatureType TIMESTAMPTZ = FeatureType.TIMESTAMPTZ;

    private Contracts() {
    }

    public static FeatureType decimal(int precision, int scale) {
        return FeatureType.decimal(precision, scale);
    }

    public static SourceRef table(String qualifiedName) {
        return new SourceRef.Table(qualifiedName);
    }

    public static SourceRef query(String sql) {
        return new SourceRef.Query(sql);
    }

    public static FeatureOption notNull() {
        return new FeatureOptions.Nullability(false);
    }

    public static FeatureOption nullable() {
        return new FeatureOptions.Nullability(true);
    }

    public static Tolerance exact() {
        return new Tolerance.Exact();
    }

    public static Tolerance absolute(double limit) {
        return new Tolerance.Absolute(ContractBuilder.decimalOf(limit));
    }

    public static Tolerance absolute(BigDecimal limit) {
        return new Tolerance.Absolute(limit);
    }

    public static Tolerance relative(double limit) {
        return new Tolerance.Relative(ContractBuilder.decimalOf(limit));
    }

    public static Tolerance ulps(long limit) {
        return new Tolerance.Ulps(limit);
    }

    public static Tolerance within(Duration limit) {
        return new Tolerance.TimeDelta(limit);
    }

    public static FeatureOption nullEqualsZero() {
        return new FeatureOptions.NullEqualsZero();
    }

    public static FeatureOption nanDiffersFromNan() {
        return new FeatureOptions.NanDiffersFromNan();
    }

    /** The feature's column in the old store has another name: a declared rename. */
    public static FeatureOption oldName(String column) {
        return new FeatureOptions.Rename(Side.OLD, column);
    }

    /** The feature's column in the new store has another name: a declared rename. */
    public static FeatureOption newName(String column) {
        return new FeatureOptions.Rename(Side.NEW, column);
    }

    /** A per-feature agreement threshold overriding the group's gate. */
    public static FeatureOption threshold(double agreement) {
        return new FeatureOptions.AgreementOverride(agreement);
    }

    /** Point-in-time probing as configured; refine with {@code withSamples}, {@code withTtl}, {@code withKeys}. */
    public static PointInTimeSpec pointInTime() {
        return PointInTimeSpec.DEFAULT;
    }

    /** (entity, t) pairs to look up from a table in the old store, t in the column named like the as-of column. */
    public static PointInTimeKeys keysTable(String qualifiedName) {
        return new PointInTimeKeys.Table(qualifiedName, Side.OLD, java.util.Optional.empty());
    }

    /** (entity, t) pairs to look up from a CSV file relative to the contract file or on the classpath. */
    public static PointInTimeKeys keysCsv(String path) {
        return new PointInTimeKeys.Csv(path, java.util.Optional.empty());
    }

    /** A gate with the given agreement threshold and full coverage required. */
    public static GatePolicy agreement(double threshold) {
        return GatePolicy.DEFAULT.withAgreement(threshold);
    }
}
