package org.featureparity.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.featureparity.contract.FeatureType;

/**
 * What one side's values of one feature look like, accumulated row by row in constant memory: rows, NULLs, and
 * either a {@link NumericSketch} (numbers, dates and times as epoch seconds) or a {@link CategorySketch}
 * (strings, booleans).
 */
public final class ValueProfile {

    private final boolean numeric;
    private final NumericSketch numbers = new NumericSketch();
    private final CategorySketch categories = new CategorySketch();
    private long rows;
    private long nulls;

    public ValueProfile(FeatureType type) {
        this.numeric = type.kind().isNumeric() || type.kind().isTemporal();
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
