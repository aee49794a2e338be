package org.featureparity.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.featureparity.evidence.Mismatch;
import org.featureparity.evidence.MismatchCategory;
import org.junit.jupiter.api.Test;

class TopMismatchesTests {

    private static Mismatch mismatch(String id, double delta) {
        return new Mismatch(Map.of("id", id), "old", "new", delta, MismatchCategory.OTHER);
    }

    private static List<Double> deltas(TopMismatches top) {
        return top.largestFirst().stream().map(Mismatch::delta).toList();
    }

    @Test
    void emptyUntilOffered() {
        TopMismatches top = new TopMismatches(3);
        assertThat(top.largestFirst()).isEmpty();
        assertThat(top.wouldKeep(0.0)).isTrue();
    }

    @Test
    void keepsAllWhileBelowCapacity() {
        TopMismatches top = new TopMismatches(3);
        top.offer(mismatch("a", 1));
        top.offer(mismatch("b", 5));
        assertThat(deltas(top)).containsExactly(5.0, 1.0);
    }

    @Test
    void boundedToCapacityKeepingTheLargest() {
        TopMismatches top = new TopMismatches(3);
        for (int i = 0; i < 1000; i++) {
            double delta = (i * 7919) % 1000;  // a permutation of 0..999
            top.offer(mismatch("k" + i, delta));
        }
        assertThat(deltas(top)).containsExactly(999.0, 998.0, 997.0);
    }

    @Test
    void largestFirstNamesTheRows() {
        TopMismatches top = new TopMismatches(2);
        top.offer(mismatch("small", 1));
        top.offer(mismatch("large", 3));
        top.offer(mismatch("middle", 2));
        assertThat(top.largestFirst()).extracting(m -> m.key().get("id")).containsExactly("large", "middle");
    }

    @Test
    void nanAndInfiniteDeltasRankFirst() {
        TopMismatches top = new TopMismatches(3);
        top.offer(mismatch("finite-big", 1e300));
        top.offer(mismatch("nan", Double.NaN));
        top.offer(mismatch("small", 1));
        top.offer(mismatch("infinite", Double.POSITIVE_INFINITY));
        assertThat(top.largestFirst()).extracting(m -> m.key().get("id"))
                .containsExactlyInAnyOrder("nan", "infinite", "finite-big");
        assertThat(top.largestFirst().get(2).key().get("id")).isEqualTo("finite-big");
    }

    @Test
    void wouldKeepOnlyWhatBeatsTheSmallestKeptOnceFull() {
        TopMismatches top = new TopMismatches(2);
        top.offer(mismatch("a", 2));
        assertThat(top.wouldKeep(0.5)).isTrue();  // room left
        top.offer(mismatch("b", 4));
        assertThat(top.wouldKeep(1)).isFalse();
        assertThat(top.wouldKeep(2)).isFalse();  // ties keep the first seen
        assertThat(top.wouldKeep(3)).isTrue();
        assertThat(top.wouldKeep(Double.NaN)).isTrue();
        assertThat(top.wouldKeep(Double.POSITIVE_INFINITY)).isTrue();
    }

    @Test
    void wouldKeepNoMoreNaNOnceFullOfThem() {
        TopMismatches top = new TopMismatches(1);
        top.offer(mismatch("nan", Double.NaN));
        assertThat(top.wouldKeep(Double.NaN)).isFalse();
        assertThat(top.wouldKeep(Double.POSITIVE_INFINITY)).isFalse();
        assertThat(top.wouldKeep(Double.MAX_VALUE)).isFalse();
    }

    @Test
    void wouldKeepAgreesWithOffer() {
        TopMismatches top = new TopMismatches(2);
        top.offer(mismatch("a", 5));
        top.offer(mismatch("b", 6));
        assertThat(top.wouldKeep(1)).isFalse();
        top.offer(mismatch("c", 1));
        assertThat(deltas(top)).containsExactly(6.0, 5.0);
    }

    @Test
    void zeroCapacityKeepsNothing() {
        TopMismatches top = new TopMismatches(0);
        assertThat(top.wouldKeep(Double.POSITIVE_INFINITY)).isFalse();
        top.offer(mismatch("a", 1));
        assertThat(top.largestFirst()).isEmpty();
    }
}
