package org.featureparity.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.featureparity.store.checksum.KeyRange;
import org.featureparity.store.checksum.KeyValueBuckets;
import org.featureparity.store.checksum.RowHashes;
import org.junit.jupiter.api.Test;

class KeyRangeSampleTests {

    private static final List<KeyRange> RANGES = List.of(new KeyRange(0, 99), new KeyRange(1_000, 1_099));

    @Test
    void equalSamplesAgreeAndCountTheWholeBucketsTheyHold() {
        long[] keys = LongStream.concat(LongStream.rangeClosed(0, 99), LongStream.rangeClosed(1_000, 1_099)).toArray();
        // buckets of 8 keys from 0: 0..95 are 12 whole buckets in the first range, 1,000..1,095 another 12
        KeyRangeSample sample = KeyRangeSample.of(rows(keys, 0), rows(keys, 0), RANGES, 1_000, Optional.of(eightKeys()));

        assertThat(sample.differs()).isFalse();
        assertThat(sample.comparedKeys()).isEqualTo(200);
        assertThat(sample.wholeBuckets()).isEqualTo(24);
        assertThat(sample.differingBuckets()).isZero();
        assertThat(sample.differingShareOfKeyValueBucketsAtLeast()).isZero();
        assertThat(sample.differingShareOfHashBucketsAtLeast(32)).isZero();
    }

    @Test
    void aRangeCutOffByTheLimitIsComparedOnlyUpToTheSmallerLastKey() {
        // the old side lacks key 2, so its first four keys reach 5: key 5 is beyond the new side's sample, not missing
        RowHashes old = rows(new long[] {1, 3, 4, 5, 1_000}, 0);
        RowHashes fresh = rows(new long[] {1, 2, 3, 4, 1_000}, 0);

        KeyRangeSample sample = KeyRangeSample.of(old, fresh, RANGES, 4, Optional.empty());

        assertThat(sample.differs()).isTrue();
        assertThat(sample.comparedKeys()).isEqualTo(5);
        assertThat(sample.differingKeys()).as("key 2 only").isEqualTo(1);
        assertThat(sample.oldRows()).isEqualTo(5);
    }

    @Test
    void aChangedRowDiffersAndMarksItsBucket() {
        long[] keys = LongStream.rangeClosed(0, 99).toArray();
        long[] changed = keys.clone();
        RowHashes old = rows(keys, 0);
        RowHashes fresh = rows(changed, 0);
        fresh.rowHashes()[17] ^= 1;
        fresh.rowHashes()[98] ^= 1;

        KeyRangeSample sample = KeyRangeSample.of(old, fresh, RANGES, 1_000, Optional.of(eightKeys()));

        assertThat(sample.differingKeys()).isEqualTo(2);
        // key 98 lies in 96..103, which the range 0..99 holds only partly
        assertThat(sample.wholeBuckets()).isEqualTo(12);
        assertThat(sample.differingBuckets()).isEqualTo(1);
        assertThat(sample.describe()).isEqualTo("100 old rows, 100 new rows, 2 of 100 keys differ, 1 of 12 whole buckets");
    }

    @Test
    void denseDifferencesMakeMostBucketsDifferWithConfidence() {
        long[] keys = LongStream.rangeClosed(0, 99).toArray();
        RowHashes old = rows(keys, 0);
        RowHashes fresh = rows(keys, 0);
        for (int i = 0; i < keys.length; i += 10) {
            fresh.rowHashes()[i] ^= 1;
        }

        KeyRangeSample sample = KeyRangeSample.of(old, fresh, RANGES, 1_000, Optional.of(eightKeys()));

        // 10 of 100 rows: of buckets of 32 rows, 1 - 0.9^32 = 97% would differ; the 95% lower bound of the row share
        // (5.5%) still makes more than 80% of them differ
        assertThat(sample.differingShareOfHashBucketsAtLeast(32)).isGreaterThan(0.8).isLessThan(0.97);
        assertThat(sample.differingShareOfHashBucketsAtLeast(1)).isLessThan(0.1);
        // every whole bucket of 8 keys holds a multiple of 10 but 32..39 and 72..79
        assertThat(sample.differingBuckets()).isEqualTo(10);
        assertThat(sample.differingShareOfKeyValueBucketsAtLeast()).isGreaterThan(0.5).isLessThan(10 / 12.0);
    }

    private static KeyValueBuckets eightKeys() {
        return new KeyValueBuckets(0, 3, 138);
    }

    private static RowHashes rows(long[] keys, long salt) {
        return new RowHashes("sample", keys.clone(), LongStream.of(keys).map(k -> k * 31 + salt).toArray());
    }
}
