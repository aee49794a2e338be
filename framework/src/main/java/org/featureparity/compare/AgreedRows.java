package org.featureparity.compare;

/**
 * Rows present on both sides that a checksum proved identical, counted without being fetched.
 *
 * @param rows     how many rows (per side: the checksums agreed, so both sides have this many)
 * @param nullsOld per compared feature, in comparison order: NULLs among these rows in the old store
 * @param nullsNew the same for the new store
 */
public record AgreedRows(long rows, long[] nullsOld, long[] nullsNew) {

    public AgreedRows {
        nullsOld = nullsOld.clone();
        nullsNew = nullsNew.clone();
    }

    public static AgreedRows none(int features) {
        return new AgreedRows(0, new long[features], new long[features]);
    }

    @Override
    public long[] nullsOld() {
        return nullsOld.clone();
    }

    @Override
    public long[] nullsNew() {
        return nullsNew.clone();
    }
}
