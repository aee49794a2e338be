package org.featureparity.store.checksum;

/**
 * What a read of row hashes found besides the hashes themselves.
 *
 * @param sql   the statement run, for evidence
 * @param rows  how many rows it passed on
 * @param nulls per value column, the NULLs among them, when the request counted NULLs; else empty
 */
public record RowHashRead(String sql, long rows, long[] nulls) {

    public RowHashRead {
        nulls = nulls.clone();
    }

    @Override
    public long[] nulls() {
        return nulls.clone();
    }
}
