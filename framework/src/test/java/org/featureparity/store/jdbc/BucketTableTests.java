package org.featureparity.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.featureparity.store.checksum.BucketChecksum;
import org.junit.jupiter.api.Test;

class BucketTableTests {

    @Test
    void bucketsReturnedInAnyOrderAreReadInBucketOrderWithTheirNullsSummed() {
        BucketTable table = new BucketTable("select ...", 3, 2);
        table.put(6, 4, -7L);
        table.addNulls(0, 1);
        table.put(0, 2, 11L);
        table.addNulls(1, 2);
        table.addNulls(0, 3);
        table.put(3, 1, 0L);

        List<BucketChecksum> read = new ArrayList<>();
        table.forEachRemaining(read::add);

        assertThat(read).containsExactly(new BucketChecksum(0, 2, 11L), new BucketChecksum(3, 1, 0L),
                new BucketChecksum(6, 4, -7L));
        assertThat(table.nulls()).containsExactly(4, 2);
        assertThat(table.hasNext()).isFalse();
    }

    @Test
    void aStatementWithoutNullCountsHasNone() {
        BucketTable table = new BucketTable("select ...", 0, 0);
        table.put(0, 10, 5L);

        assertThat(table.next()).isEqualTo(new BucketChecksum(0, 10, 5L));
        assertThat(table.nulls()).isEmpty();
    }

    @Test
    void aBucketOutsideTheBucketingOrReturnedTwiceIsTheStatementsFault() {
        BucketTable table = new BucketTable("select ...", 2, 0);
        table.put(1, 1, 1L);

        assertThatThrownBy(() -> table.put(4, 1, 1L)).hasMessageContaining("bucket 4, outside 0..3");
        assertThatThrownBy(() -> table.put(-1, 1, 1L)).hasMessageContaining("bucket -1, outside 0..3");
        assertThatThrownBy(() -> table.put(1, 2, 3L)).hasMessageContaining("bucket 1 twice");
        assertThatThrownBy(() -> table.put(2, 0, 3L)).hasMessageContaining("with 0 rows");
    }
}
