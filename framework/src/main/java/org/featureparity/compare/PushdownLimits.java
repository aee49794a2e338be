package org.featureparity.compare;

/**
 * How many rows the pushdown may read the key and row hashes of (two integers a row) instead of checksumming them in
 * the database.
 *
 * @param rowHashes         rows per side whose hashes may be held in memory (16 bytes a row), to find the differing
 *                          rows exactly ({@code parity.compare.pushdown.row-hashes})
 * @param streamedRowHashes rows per side whose hashes may be streamed through fixed-size bucket checksums on the
 *                          client: memory stays constant, the cost is the transfer, 16 bytes a row
 *                          ({@code parity.compare.pushdown.streamed-row-hashes})
 */
public record PushdownLimits(int rowHashes, int streamedRowHashes) {

    /** Both sides' hashes take at most 64 MB. */
    public static final int DEFAULT_ROW_HASHES = 2_097_152;
    /** 512 MB a side over the wire: a few seconds on a local network, where a finer checksum pass costs more. */
    public static final int DEFAULT_STREAMED_ROW_HASHES = 33_554_432;
    public static final PushdownLimits DEFAULT = new PushdownLimits(DEFAULT_ROW_HASHES, DEFAULT_STREAMED_ROW_HASHES);

    public PushdownLimits {
        if (rowHashes < 0 || streamedRowHashes < 0) {
            throw new IllegalArgumentException("row hash limits must be 0 or more, were " + rowHashes + " and " + streamedRowHashes);
        }
    }

    public PushdownLimits withRowHashes(int rows) {
        return new PushdownLimits(rows, streamedRowHashes);
    }

    public PushdownLimits withStreamedRowHashes(int rows) {
        return new PushdownLimits(rowHashes, rows);
    }
}
