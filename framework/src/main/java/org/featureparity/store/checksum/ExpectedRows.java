package org.featureparity.store.checksum;

/**
 * How many rows a read of row hashes passes on: exactly the number a checksum pass has just counted (any other number
 * means the store changed during the comparison), or, for a read no pass has counted, at most a limit the caller
 * sizes its memory by.
 */
public record ExpectedRows(long rows, boolean counted) {

    public ExpectedRows {
        if (rows < 0) {
            throw new IllegalArgumentException("expected rows cannot be negative: " + rows);
        }
    }

    /** Exactly the {@code rows} a checksum pass has just counted. */
    public static ExpectedRows counted(long rows) {
        return new ExpectedRows(rows, true);
    }

    /** Any number up to {@code limit}: more ends the read with {@link RowLimitExceeded}. */
    public static ExpectedRows atMost(long limit) {
        return new ExpectedRows(limit, false);
    }

    /** Any number at all (a read into memory that does not grow with the rows). */
    public static ExpectedRows any() {
        return new ExpectedRows(Long.MAX_VALUE, false);
    }
}
