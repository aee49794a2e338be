package org.featureparity.store.checksum;

/**
 * An uncounted read of row hashes ({@link ExpectedRows#atMost}) found more rows than its limit, and stopped: the
 * store's row estimate was stale. Not a failure of the store; the caller chooses a way that holds less.
 */
public final class RowLimitExceeded extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RowLimitExceeded(long limit) {
        super("more than " + limit + " rows to hold the hashes of", null, false, false);
    }
}
