package org.featureparity.store.checksum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RowHashesTests {

    @ParameterizedTest(name = "{0} rows")
    @ValueSource(ints = {0, 1, 2, 23, 25, 1_000, 100_000})
    void sortsBothArraysTogetherByKeyHashThenRowHash(int size) {
        SplittableRandom random = new SplittableRandom(size);
        // few distinct key hashes among many: runs of equal keys, and equal pairs, must sort too
        long[] keys = random.longs(size, 0, Math.max(1, size / 3)).toArray();
        long[] rows = random.longs(size, -5, 5).toArray();
        long[][] expected = IntStream.range(0, size).mapToObj(i -> new long[] {keys[i], rows[i]})
                .sorted(Comparator.<long[]>comparingLong(p -> p[0]).thenComparingLong(p -> p[1])).toArray(long[][]::new);

        RowHashes sorted = new RowHashes("sql", keys, rows).sorted();

        assertThat(sorted.keyIds()).containsExactly(Arrays.stream(expected).mapToLong(p -> p[0]).toArray());
        assertThat(sorted.rowHashes()).containsExactly(Arrays.stream(expected).mapToLong(p -> p[1]).toArray());
    }

    @Test
    void sortsExtremeValuesAsSignedLongs() {
        RowHashes sorted = new RowHashes("sql", new long[] {Long.MAX_VALUE, 0, Long.MIN_VALUE, -1},
                new long[] {1, 2, 3, 4}).sorted();

        assertThat(sorted.keyIds()).containsExactly(Long.MIN_VALUE, -1, 0, Long.MAX_VALUE);
        assertThat(sorted.rowHashes()).containsExactly(3, 4, 2, 1);
    }

    @Test
    void wantsOneRowHashPerKey() {
        assertThatThrownBy(() -> new RowHashes("sql", new long[2], new long[1]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one row hash per key: 1 for 2");
    }

    @Test
    void collectsWhatAReadPassesInOrderSizedByTheCount() {
        RowHashes held = RowHashes.collect(ExpectedRows.counted(3), sink -> {
            sink.accept(7, 70);
            sink.accept(-1, 10);
            sink.accept(7, 71);
            return new RowHashRead("SELECT ...", 3, new long[] {1, 0});
        });

        assertThat(held.sql()).isEqualTo("SELECT ...");
        assertThat(held.keyIds()).containsExactly(7, -1, 7);
        assertThat(held.rowHashes()).containsExactly(70, 10, 71);
        assertThat(held.nulls()).containsExactly(1, 0);
        assertThatThrownBy(() -> RowHashes.collect(ExpectedRows.counted(Integer.MAX_VALUE), sink -> new RowHashRead("never read", 0, new long[0])))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too many rows to hold their hashes");
    }

    @Test
    void anUncountedReadGrowsItsArraysUpToTheLimitAndStopsBeyondIt() {
        int rows = 200_000;
        RowHashes held = RowHashes.collect(ExpectedRows.atMost(rows), sink -> {
            for (int i = 0; i < rows; i++) {
                sink.accept(i, -i);
            }
            return new RowHashRead("SELECT ...", rows, new long[0]);
        });

        assertThat(held.size()).isEqualTo(rows);
        assertThat(held.keyIds()[rows - 1]).isEqualTo(rows - 1);
        assertThat(held.rowHashes()[rows - 1]).isEqualTo(1 - rows);
        assertThatThrownBy(() -> RowHashes.collect(ExpectedRows.atMost(rows), sink -> {
            for (int i = 0; i <= rows; i++) {
                sink.accept(i, i);
            }
            return new RowHashRead("SELECT ...", rows + 1, new long[0]);
        })).isInstanceOf(RowLimitExceeded.class).hasMessage("more than 200000 rows to hold the hashes of");
    }
}
