package org.featureparity.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.featureparity.store.checksum.KeyRange;
import org.junit.jupiter.api.Test;

class SampleRangesTests {

    @Test
    void rangesAreSpreadEvenlyOverTheSpanAndCoverAboutOneKeyIn256() {
        List<KeyRange> ranges = PushdownStrategy.sampleRanges(0, 32_000_000);

        assertThat(ranges).hasSize(PushdownStrategy.SAMPLE_RANGES);
        assertThat(ranges.get(0)).isEqualTo(new KeyRange(0, 3_905));
        assertThat(ranges.get(1).low()).isEqualTo(1_000_000);
        assertThat(ranges.get(31).high()).isLessThanOrEqualTo(32_000_000);
        long covered = ranges.stream().mapToLong(r -> r.high() - r.low() + 1).sum();
        assertThat(covered).isBetween(32_000_000L / 257, 32_000_000L / 255);
    }

    @Test
    void hashedKeysOverAllSixtyFourBitsNeitherOverflowNorLeaveTheSpan() {
        List<KeyRange> ranges = PushdownStrategy.sampleRanges(Long.MIN_VALUE, Long.MAX_VALUE);

        assertThat(ranges).hasSize(PushdownStrategy.SAMPLE_RANGES);
        assertThat(ranges.get(0).low()).isEqualTo(Long.MIN_VALUE);
        for (int i = 1; i < ranges.size(); i++) {
            assertThat(ranges.get(i).low()).isGreaterThan(ranges.get(i - 1).high());
        }
        assertThat(ranges.get(31).high()).isLessThan(Long.MAX_VALUE);
    }

    @Test
    void aSmallSpanTakesSingleKeysAndATinyOneNone() {
        List<KeyRange> ranges = PushdownStrategy.sampleRanges(-10, 100);

        assertThat(ranges).hasSize(PushdownStrategy.SAMPLE_RANGES).allMatch(r -> r.low() == r.high());
        assertThat(ranges.get(1).low()).isEqualTo(-7);
        assertThat(PushdownStrategy.sampleRanges(5, 30)).isEmpty();
        assertThat(PushdownStrategy.sampleRanges(7, 7)).isEmpty();
    }
}
