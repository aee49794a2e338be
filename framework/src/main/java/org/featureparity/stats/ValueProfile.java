package org.featureparity.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.featureparity.contract.FeatureType;

/**
 * What one side's values of one feature look like, accumulated row by row in constant memory: rows, NULLs, and
 * either a {@link NumericSketch} (numbers; dates and times as epoch seconds, in day and hour buckets) or a {@link CategorySketch}
 * (strings, booleans).
 */
public final class ValueProfile {

    /** Dates in day buckets, times in hour buckets: finer than a window's length matters, coarse enough to count. */
    static final double DAY = 86_400;
    static final double HOUR = 3_600;

    private final FeatureType.Kind kind;
    private final boolean numeric;
    private final NumericSketch numbers;
    private final CategorySketch categories = new CategorySketch();
    private long rows;
    private long nulls;

    public ValueProfile(FeatureType type) {
        this.kind = type.kind();
        this.numeric = type.kind().isNumeric() || type.kind().isTemporal();
        this.numbers = !type.kind().isTemporal() ? new NumericSketch()
                : NumericSketch.linear(type.kind() == FeatureType.Kind.DATE ? DAY : HOUR);
    }

    public void add(Object value) {
        rows++;
        if (value == null) {
            nulls++;
        } else if (numeric) {
            numbers.add(asDouble(value));
        } else {
            categories.add(String.valueOf(value));
        }
    }

    static double asDouble(Object value) {
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        if (value instanceof LocalDate date) {
            return date.toEpochDay() * 86_400.0;
        }
        if (value instanceof LocalDateTime time) {
            return time.toEpochSecond(ZoneOffset.UTC) + time.getNano() / 1e9;
        }
        if (value instanceof Instant instant) {
            return instant.getEpochSecond() + instant.getNano() / 1e9;
        }
        throw new IllegalArgumentException("not a numeric or temporal value: " + value.getClass().getName());
    }

    /** How a bin edge of this feature reads: a number, or for dates and times the instant it stands for. */
    String label(double edge) {
        if (!kind.isTemporal() || !Double.isFinite(edge)) {
            return Double.isInfinite(edge) ? (edge > 0 ? "+inf" : "-inf") : String.format(java.util.Locale.ROOT, "%.6g", edge);
        }
        Instant instant = Instant.ofEpochSecond((long) Math.floor(edge));
        return kind == FeatureType.Kind.DATE ? instant.atOffset(ZoneOffset.UTC).toLocalDate().toString() : instant.toString();
    }

    public boolean numeric() {
        return numeric;
    }

    public long rows() {
        return rows;
    }

    public long nulls() {
        return nulls;
    }

    /** Share of rows that are NULL; NaN when there are no rows. */
    public double nullRate() {
        return rows == 0 ? Double.NaN : (double) nulls / rows;
    }

    public NumericSketch numbers() {
        return numbers;
    }

    public CategorySketch categories() {
        return categories;
    }
}
