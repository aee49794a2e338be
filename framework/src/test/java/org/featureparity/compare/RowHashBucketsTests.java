package org.featureparity.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RowHashBucketsTests {

    @Test
    void bucketsOfTheSameRowsInAnyOrderAgree() {
        RowHashBuckets old = new RowHashBuckets(4);
        RowHashBuckets fresh = new RowHashBuckets(4);
        for (long key = 0; key < 100; key++) {
            old.accept(key * 0x9E3779B97F4A7C15L, key * 31);
        }
        for (long key = 99; key >= 0; key--) {
            fresh.accept(key * 0x9E3779B97F4A7C15L, key * 31);
        }

        RowHashBuckets.Difference difference = RowHashBuckets.compare(old, fresh);

        assertThat(difference.buckets()).isEmpty();
        assertThat(difference.agreedRows()).isEqualTo(100);
        assertThat(difference.rowsOld()).isZero();
        assertThat(difference.rowsNew()).isZero();
    }

    @Test
    void aChangedValueAMissingRowAndAnExtraRowEachMakeTheirBucketDiffer() {
        RowHashBuckets old = new RowHashBuckets(3);
        RowHashBuckets fresh = new RowHashBuckets(3);
        for (long key = 0; key < 80; key++) {
            old.accept(key, key);
            // key 9 (bucket 1) changes its value, key 20 (bucket 4) is missing from the new side
            if (key != 20) {
                fresh.accept(key, key == 9 ? 1_000 : key);
            }
        }
        fresh.accept(86, 86);  // only in the new side: bucket 6

        RowHashBuckets.Difference difference = RowHashBuckets.compare(old, fresh);

        assertThat(difference.buckets()).containsExactly(1, 4, 6);
        assertThat(difference.rowsOld()).isEqualTo(30);
        assertThat(difference.rowsNew()).isEqualTo(30);
        assertThat(difference.agreedRows()).isEqualTo(50);
    }

    @Test
    void aBucketWithTheSameChecksumButAnotherCountDiffers() {
        RowHashBuckets old = new RowHashBuckets(1);
        RowHashBuckets fresh = new RowHashBuckets(1);
        old.accept(0, 5);
        fresh.accept(0, 5);
        fresh.accept(2, 0);  // a row hash of 0 leaves the XOR unchanged: only the count tells

        assertThat(RowHashBuckets.compare(old, fresh).buckets()).containsExactly(0);
    }

    @Test
    void negativeKeyHashesUseTheirLowBitsLikeTheDatabase() {
        RowHashBuckets old = new RowHashBuckets(4);
        RowHashBuckets fresh = new RowHashBuckets(4);
        old.accept(-1L, 7);  // low bits 1111: bucket 15, as (-1 & 15)::int4 is in SQL

        assertThat(RowHashBuckets.compare(old, fresh).buckets()).containsExactly(15);
    }

    @Test
    void bothSidesNeedTheSameBuckets() {
        assertThatThrownBy(() -> RowHashBuckets.compare(new RowHashBuckets(2), new RowHashBuckets(3)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RowHashBuckets(31)).isInstanceOf(IllegalArgumentException.class);
    }
}
