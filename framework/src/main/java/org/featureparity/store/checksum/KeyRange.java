package org.featureparity.store.checksum;

/**
 * The integer keys from {@code low} to {@code high}, both included.
 */
public record KeyRange(long low, long high) {

    public KeyRange {
        if (high < low) {
            throw new IllegalArgumentException("a key range ends at or after its start: " + low + " to " + high);
        }
    }

    /** The keys' count less one, as a double: the span is unsigned, so keys may be hashes over all 64 bits. */
    public double width() {
        long unsigned = high - low;
        return unsigned >= 0 ? unsigned : unsigned + 0x1p64;
    }
}
