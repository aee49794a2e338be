package org.featureparity.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.featureparity.store.checksum.RowHashes;
import org.junit.jupiter.api.Test;

class DifferingKeysTests {

    @Test
    void sameRowsInAnyOrderAgree() {
        DifferingKeys keys = DifferingKeys.of(hashes(new long[] {3, 1, 2}, new long[] {30, 10, 20}),
                hashes(new long[] {1, 2, 3}, new long[] {10, 20, 30}));

        assertThat(keys.agreedRows()).isEqualTo(3);
        assertThat(keys.keyIds()).isEmpty();
    }

    @Test
    void aChangedRowAndKeysOnOneSideOnlyDiffer() {
        DifferingKeys keys = DifferingKeys.of(hashes(new long[] {1, 2, 4, 5}, new long[] {10, 20, 40, 50}),
                hashes(new long[] {0, 1, 2, 5}, new long[] {0, 10, 21, 50}));

        assertThat(keys.agreedRows()).isEqualTo(2);
        assertThat(keys.keyIds()).containsExactly(0, 2, 4);
    }

    @Test
    void keysSharingAHashCompareAsMultisets() {
        // two keys with hash 7 on each side: the same two rows agree whatever order they come in; a third differs
        DifferingKeys same = DifferingKeys.of(hashes(new long[] {7, 7}, new long[] {71, 72}),
                hashes(new long[] {7, 7}, new long[] {72, 71}));
        DifferingKeys extra = DifferingKeys.of(hashes(new long[] {7, 7}, new long[] {71, 72}),
                hashes(new long[] {7, 7, 7}, new long[] {72, 71, 73}));

        assertThat(same.agreedRows()).isEqualTo(2);
        assertThat(same.keyIds()).isEmpty();
        assertThat(extra.agreedRows()).isZero();
        assertThat(extra.keyIds()).containsExactly(7);
    }

    @Test
    void everythingDiffersWhenOneSideIsEmpty() {
        DifferingKeys keys = DifferingKeys.of(hashes(new long[0], new long[0]), hashes(new long[] {9, -9}, new long[] {1, 2}));

        assertThat(keys.agreedRows()).isZero();
        assertThat(keys.keyIds()).containsExactly(-9, 9);
    }

    private static RowHashes hashes(long[] keys, long[] rows) {
        return new RowHashes("SELECT ...", keys, rows);
    }
}
