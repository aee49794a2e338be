package org.featureparity.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.featureparity.store.checksum.RowHashSink;
import org.junit.jupiter.api.Test;

class ProgressMeterTests {

    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private final List<ComparisonProgress> reports = new ArrayList<>();

    private ProgressMeter meter(OptionalLong expected) {
        return new ProgressMeter(reports::add, Duration.ofSeconds(5), "merge", expected, clock::get);
    }

    private void advance(Duration time) {
        clock.addAndGet(time.toNanos());
    }

    @Test
    void saysNothingWithinTheFirstIntervalThenAtMostOncePerInterval() {
        ProgressMeter meter = meter(OptionalLong.empty());
        advance(Duration.ofSeconds(4));
        meter.rows(1_000, 990);
        assertThat(reports).isEmpty();

        advance(Duration.ofSeconds(1));
        meter.rows(2_000, 1_990);
        advance(Duration.ofSeconds(2));
        meter.rows(3_000, 2_990);
        assertThat(reports).hasSize(1);
        assertThat(reports.get(0).rowsOld()).isEqualTo(2_000);
        assertThat(reports.get(0).rowsNew()).isEqualTo(1_990);
        assertThat(reports.get(0).elapsed()).isEqualTo(Duration.ofSeconds(5));

        advance(Duration.ofSeconds(3));
        meter.rows(4_000, 3_990);
        assertThat(reports).hasSize(2);
        assertThat(reports.get(1).rowsOld()).isEqualTo(4_000);
    }

    @Test
    void estimatesTheTimeLeftFromTheRateOfTheSideFurtherAlong() {
        ProgressMeter meter = meter(OptionalLong.of(10_000));
        advance(Duration.ofSeconds(10));
        meter.rows(2_500, 2_000);

        ComparisonProgress progress = reports.get(0);
        assertThat(progress.rowsPerSecond()).isEqualTo(250.0);
        assertThat(progress.remaining()).contains(Duration.ofSeconds(30));
        assertThat(progress.describe())
                .isEqualTo("merge: 2,500 old / 2,000 new rows in 10 s, 250 rows/s, about 30 s left of 10,000 rows");
    }

    @Test
    void withoutAnEstimateThereIsNoTimeLeft() {
        ProgressMeter meter = meter(OptionalLong.empty());
        advance(Duration.ofSeconds(6));
        meter.rows(600, 600);

        assertThat(reports.get(0).remaining()).isEmpty();
        assertThat(reports.get(0).describe()).isEqualTo("merge: 600 old / 600 new rows in 6 s, 100 rows/s");
    }

    @Test
    void moreRowsThanEstimatedLeaveNoNegativeTime() {
        ProgressMeter meter = meter(OptionalLong.of(100));
        advance(Duration.ofSeconds(5));
        meter.rows(500, 500);

        assertThat(reports.get(0).remaining()).contains(Duration.ZERO);
    }

    @Test
    void anIntervalBeyondWhatNanosecondsHoldMeansNever() {
        ProgressMeter meter = new ProgressMeter(reports::add, ProgressReporting.NONE.interval(), "merge", OptionalLong.empty(), clock::get);
        ProgressMeter forever = new ProgressMeter(reports::add, Duration.ofSeconds(Long.MAX_VALUE), "merge", OptionalLong.empty(), clock::get);
        advance(Duration.ofDays(3_650));
        meter.rows(1, 1);
        forever.rows(1, 1);

        assertThat(reports).isEmpty();
    }

    @Test
    void streamedRowHashesAreCountedPerSideInBatches() {
        ProgressMeter meter = meter(OptionalLong.of(1_000_000));
        long[] received = new long[1];
        RowHashSink old = meter.counting((keyHash, rowHash) -> received[0]++, true);
        RowHashSink fresh = meter.counting((keyHash, rowHash) -> received[0]++, false);
        for (int i = 0; i < 70_000; i++) {
            old.accept(i, i);
        }
        for (int i = 0; i < 140_000; i++) {
            fresh.accept(i, i);
        }
        advance(Duration.ofSeconds(5));
        old.accept(0, 0);
        for (int i = 0; i < 65_536; i++) {
            fresh.accept(i, i);
        }

        assertThat(received[0]).isEqualTo(70_000 + 140_000 + 1 + 65_536);
        // counted a batch of 65,536 at a time: the old side's first batch, the new side's three
        assertThat(reports).hasSize(1);
        assertThat(reports.get(0).rowsOld()).isEqualTo(65_536);
        assertThat(reports.get(0).rowsNew()).isEqualTo(3 * 65_536);
    }
}
