package org.featureparity.store;

/**
 * One row of a scan: key values and feature values, as canonical Java values (Long, Double, BigDecimal, String,
 * Boolean, LocalDate, LocalDateTime, Instant) or {@code null} for SQL NULL.
 */
public final class FeatureRow {

    private final Object[] key;
    private final Object[] values;

    public FeatureRow(Object[] key, Object[] values) {
        this.key = key;
        this.values = values;
    }

    public int keySize() {
        return key.length;
    }

    public Object key(int index) {
        return key[index];
    }

    public Object value(int index) {
        return values[index];
    }
}
