package org.featureparity.check;

/**
 * What the engine's configuration decides for the point-in-time check.
 *
 * @param seed           {@code parity.seed}: the same seed and data sample the same pairs
 * @param defaultSamples {@code parity.pit.samples}: pairs per group unless its contract says otherwise
 * @param redactKeys     {@code parity.report.redact-keys}: leave entity values out of the pairs attachment
 * @param classLoader    where CSV files of pairs are looked up when not beside the contract file
 */
public record PointInTimeSettings(long seed, int defaultSamples, boolean redactKeys, ClassLoader classLoader) {

    public PointInTimeSettings {
        if (defaultSamples < 1) {
            throw new IllegalArgumentException("the number of point-in-time samples must be positive, was " + defaultSamples);
        }
    }
}
