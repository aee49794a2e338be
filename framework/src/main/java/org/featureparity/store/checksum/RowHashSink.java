package org.featureparity.store.checksum;

/** Receives one side's key hash and row hash of each row read, in the order the store returns them (any order). */
@FunctionalInterface
public interface RowHashSink {

    void accept(long keyHash, long rowHash);
}
