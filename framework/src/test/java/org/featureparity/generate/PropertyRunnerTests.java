package org.featureparity.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.featureparity.generate.Generators.integers;
import static org.featureparity.generate.Generators.lists;
import static org.featureparity.generate.Generators.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PropertyRunnerTests {

    private static final PropertySettings SETTINGS = PropertySettings.of(42L, 200);

    @Nested
    class Shrinks {

        @Test
        void aListWithAnElementOverAHundredToThatOneElement() {
            List<Integer> shrunk = counterexample(lists(integers(0, 10_000), 0, 50),
                    list -> list.stream().noneMatch(x -> x > 100));

            assertThat(shrunk).containsExactly(101);
        }

        @Test
        void aListWhoseSumExceedsABoundToOneElement() {
            List<Integer> shrunk = counterexample(lists(integers(0, 10_000), 0, 50),
                    list -> list.stream().mapToInt(Integer::intValue).sum() <= 1_000);

            assertThat(shrunk).containsExactly(1_001);
        }

        @Test
        void aPairWhoseSumIsTooLargeToTheSmallestSum() {
            Generator<int[]> pairs = integers(0, 5_000).flatMap(a -> integers(0, 5_000).map(b -> new int[] {a, b}));

            int[] shrunk = counterexample(pairs, pair -> pair[0] + pair[1] <= 1_000);

            assertThat(shrunk[0] + shrunk[1]).isEqualTo(1_001);
        }

        @Test
        void aPairWithXGreaterThanYToOneAndZero() {
            Generator<int[]> pairs = integers(-1_000, 1_000)
                    .flatMap(x -> integers(-1_000, 1_000).map(y -> new int[] {x, y}));

            int[] shrunk = counterexample(pairs, pair -> !(pair[0] > pair[1]));

            assertThat(shrunk).containsExactly(1, 0);
        }

        @Test
        void throughAFilter() {
            Generator<Integer> evens = integers(0, 1_000_000).filter(x -> x % 2 == 0);

            assertThat(counterexample(evens, x -> x < 1_000)).isEqualTo(1_000);
        }

        @Test
        void throughAFlatMapThatSizesAList() {
            Generator<List<Long>> sized = integers(0, 20).flatMap(n -> lists(longs(0, 1_000), n, n));

            List<Long> shrunk = counterexample(sized, list -> list.stream().noneMatch(x -> x >= 10));

            assertThat(shrunk).containsExactly(10L);
        }

        @Test
        void negativeValuesTowardZero() {
            assertThat(counterexample(longs(-1_000_000, 1_000_000), x -> x > -500)).isEqualTo(-500L);
        }

        @Test
        void withinItsBudget() {
            PropertyResult<List<Integer>> result = new PropertyRunner<>(lists(integers(0, 10_000), 0, 50),
                    list -> outcome(list.stream().noneMatch(x -> x > 100)))
                    .run(new PropertySettings(42L, 200, 3));

            PropertyResult.Falsified<List<Integer>> falsified = (PropertyResult.Falsified<List<Integer>>) result;
            assertThat(falsified.shrinkReplays()).isLessThanOrEqualTo(3);
            assertThat(falsified.counterexample()).anyMatch(x -> x > 100);
        }
    }

    @Nested
    class IsDeterministic {

        @Test
        void theSameSeedGeneratesTheSameCases() {
            assertThat(generated(7L)).isEqualTo(generated(7L)).isNotEqualTo(generated(8L));
        }

        @Test
        void theSameSeedShrinksToTheSameResult() {
            Generator<List<Integer>> generator = lists(integers(-500, 500), 0, 30);
            Predicate<List<Integer>> sumSmall = list -> list.stream().mapToInt(Integer::intValue).sum() < 300;

            PropertyResult<List<Integer>> first = run(generator, sumSmall, 99L);
            PropertyResult<List<Integer>> second = run(generator, sumSmall, 99L);

            assertThat(first).isInstanceOf(PropertyResult.Falsified.class).isEqualTo(second);
        }

        private List<List<Integer>> generated(long seed) {
            List<List<Integer>> seen = new ArrayList<>();
            new PropertyRunner<>(lists(integers(0, 100), 0, 10), list -> PropertyOutcome.holds())
                    .run(PropertySettings.of(seed, 50), seen::add);
            return seen;
        }
    }

    @Nested
    class Reports {

        @Test
        void aPassWithTheTriesRun() {
            PropertyResult<Integer> result = run(integers(0, 10), x -> x <= 10, 1L);

            assertThat(result).isEqualTo(new PropertyResult.Passed<Integer>(1L, 200, 0));
        }

        @Test
        void anExhaustedFilterAsAnErrorNotAPass() {
            Generator<Integer> impossible = integers(0, 10).filter(x -> x > 10, 5);

            PropertyResult<Integer> result = run(impossible, x -> true, 1L);

            assertThat(result).isInstanceOfSatisfying(PropertyResult.Errored.class,
                    errored -> assertThat(errored.message()).contains("could not satisfy filter"));
        }

        @Test
        void aPropertyThatThrowsAsAnError() {
            PropertyResult<Integer> result = new PropertyRunner<>(integers(0, 10), x -> {
                throw new IllegalStateException("store unreachable");
            }).run(SETTINGS);

            assertThat(result).isInstanceOfSatisfying(PropertyResult.Errored.class,
                    errored -> assertThat(errored.message()).contains("store unreachable"));
        }

        @Test
        void anAssertionErrorAsAFailureWithItsMessage() {
            PropertyResult<Integer> result = new PropertyRunner<>(integers(0, 1_000), x -> {
                if (x > 10) {
                    throw new AssertionError("too big: " + x);
                }
                return PropertyOutcome.holds();
            }).run(SETTINGS);

            assertThat(result).isInstanceOfSatisfying(PropertyResult.Falsified.class,
                    falsified -> assertThat(falsified.reason()).isEqualTo("too big: 11"));
        }
    }

    private static <T> T counterexample(Generator<T> generator, Predicate<T> holds) {
        PropertyResult<T> result = run(generator, holds, 42L);
        assertThat(result).isInstanceOf(PropertyResult.Falsified.class);
        return ((PropertyResult.Falsified<T>) result).counterexample();
    }

    private static <T> PropertyResult<T> run(Generator<T> generator, Predicate<T> holds, long seed) {
        return new PropertyRunner<>(generator, (T value) -> outcome(holds.test(value)))
                .run(PropertySettings.of(seed, 200));
    }

    private static PropertyOutcome outcome(boolean holds) {
        return holds ? PropertyOutcome.holds() : PropertyOutcome.fails("does not hold");
    }
}
