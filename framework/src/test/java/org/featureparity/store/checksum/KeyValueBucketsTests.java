package org.featureparity.store.checksum;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeyValueBucketsTests {

    @Test
    void bucketsHoldAboutTheRowsAskedForWhenTheKeysSpreadEvenly() {
        // keys 3, 6, ..., 3 * 10^6: 16 rows a bucket would be 48 keys wide, so buckets of 64 keys
        KeyValueBuckets buckets = KeyValueBuckets.covering(new KeyRange(3, 3_000_000), 1_000_000, 16, 1 << 20);

        assertThat(buckets.shift()).isEqualTo(6);
        assertThat(buckets.count()).isEqualTo(46_876);
        assertThat(buckets.bits()).isEqualTo(16);
        assertThat(buckets.keys(0)).isEqualTo(new KeyRange(0, 63));
        assertThat(buckets.keys(buckets.count() - 1).high()).isGreaterThanOrEqualTo(3_000_000);
    }

    @Test
    void theFullSignedRangeIsCoveredInOrderWithoutOverflow() {
        KeyValueBuckets buckets = KeyValueBuckets.covering(new KeyRange(Long.MIN_VALUE, Long.MAX_VALUE), 1_000_000, 1, 1 << 20);

        assertThat(buckets.count()).isLessThanOrEqualTo(1 << 20);
        assertThat(buckets.keys(0).low()).isEqualTo(Long.MIN_VALUE);
        assertThat(buckets.keys(buckets.count() - 1).high()).isEqualTo(Long.MAX_VALUE);
        // consecutive buckets tile the keys: negative keys bucket below positive ones
        for (int b = 1; b < buckets.count(); b += 4099) {
            assertThat(buckets.keys(b).low()).isEqualTo(buckets.keys(b - 1).high() + 1);
        }
    }

    @Test
    void aSingleKeyOrTooFewRowsMakeOneBucket() {
        assertThat(KeyValueBuckets.covering(new KeyRange(42, 42), 1, 16, 1 << 20))
                .isEqualTo(new KeyValueBuckets(42, 0, 1));
        KeyValueBuckets few = KeyValueBuckets.covering(new KeyRange(-5, 1_000), 10, 16, 1 << 20);
        assertThat(few.count()).isLessThanOrEqualTo(2);
        assertThat(few.keys(0).low()).isLessThanOrEqualTo(-5);
        assertThat(few.keys(few.count() - 1).high()).isGreaterThanOrEqualTo(1_000);
        assertThat(few.bits()).isLessThanOrEqualTo(1);
    }

    @Test
    void keysBunchedFarFromTheirSpanDoNotBucketEvenly() {
        KeyRange span = new KeyRange(0, 1_000_000);
        assertThat(new IntegerKeyBounds(span, true, 700_000).bucketsEvenlyOver(span)).isTrue();
        // a few outliers stretch the span: most keys then fall into a few buckets
        assertThat(new IntegerKeyBounds(span, true, 700_000).bucketsEvenlyOver(new KeyRange(0, Long.MAX_VALUE))).isFalse();
        assertThat(new IntegerKeyBounds(span, false, 700_000).bucketsEvenlyOver(span)).as("not stored in key order").isFalse();
        assertThat(new IntegerKeyBounds(span, true, 0).bucketsEvenlyOver(span)).as("no statistics").isFalse();
        assertThat(new KeyRange(Long.MIN_VALUE, Long.MAX_VALUE).width()).isEqualTo(0x1p64);
    }
}
