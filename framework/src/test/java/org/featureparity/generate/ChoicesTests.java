package org.featureparity.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.featureparity.generate.Generators.constant;
import static org.featureparity.generate.Generators.frequency;
import static org.featureparity.generate.Generators.integers;
import static org.featureparity.generate.Generators.lists;
import static org.featureparity.generate.Generators.longs;
import static org.featureparity.generate.Generators.weighted;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ChoicesTests {

    @Nested
    class Replays {

        @Test
        void aRecordedSequenceToTheSameValue() {
            Generator<List<Integer>> generator = lists(integers(-50, 50), 0, 20);
            Choices fresh = Choices.random(3L);
            List<Integer> value = fresh.generate(generator);

            assertThat(Choices.replay(fresh.recorded()).generate(generator)).isEqualTo(value);
        }

        @Test
        void zerosBeyondTheEndOfTheSequence() {
            Choices choices = Choices.replay(ChoiceSequence.of(5));

            assertThat(choices.draw(10)).isEqualTo(5);
            assertThat(choices.draw(10)).isZero();
            assertThat(Choices.replay(ChoiceSequence.EMPTY).generate(lists(integers(3, 9), 2, 5))).containsExactly(3, 3);
        }

        @Test
        void aValueAboveTheBoundClampedToIt() {
            assertThat(Choices.replay(ChoiceSequence.of(500)).draw(7)).isEqualTo(7);
        }
    }

    @Nested
    class Generates {

        @Test
        void integersWithinTheirRange() {
            Choices choices = Choices.random(1L);
            for (int i = 0; i < 1_000; i++) {
                assertThat(choices.generate(integers(-3, 7))).isBetween(-3, 7);
                assertThat(choices.generate(longs(Long.MIN_VALUE, Long.MAX_VALUE))).isNotNull();
                assertThat(choices.generate(longs(10, 20))).isBetween(10L, 20L);
                assertThat(choices.generate(longs(-20, -10))).isBetween(-20L, -10L);
            }
        }

        @Test
        void doublesWithinTheirRangeAndSpecialValuesOnlyOnRequest() {
            Choices choices = Choices.random(1L);
            boolean sawNaN = false;
            for (int i = 0; i < 2_000; i++) {
                assertThat(choices.generate(Generators.doubles(-1.5, 2.5))).isBetween(-1.5, 2.5);
                sawNaN |= Double.isNaN(choices.generate(Generators.doubles(0, 1).withSpecials()));
            }
            assertThat(sawNaN).isTrue();
        }

        @Test
        void theSimplestValueFromAnEmptySequence() {
            Choices choices = Choices.replay(ChoiceSequence.EMPTY);

            assertThat(choices.generate(integers(-10, 10))).isZero();
            assertThat(choices.generate(integers(5, 10))).isEqualTo(5);
            assertThat(choices.generate(integers(-10, -5))).isEqualTo(-5);
            assertThat(choices.generate(Generators.doubles(-1, 1))).isZero();
        }

        @Test
        void alternativesInProportionToTheirWeights() {
            Generator<String> mix = frequency(weighted(9, constant("common")), weighted(1, constant("rare")),
                    weighted(0, constant("never")));
            Map<String, Integer> counts = new HashMap<>();
            Choices choices = Choices.random(5L);
            for (int i = 0; i < 10_000; i++) {
                counts.merge(choices.generate(mix), 1, Integer::sum);
            }

            assertThat(counts).doesNotContainKey("never");
            assertThat(counts.get("rare")).isBetween(800, 1_200);
        }

        @Test
        void abandonsAGeneratorThatDrawsWithoutEnd() {
            Generator<Integer> endless = choices -> {
                while (true) {
                    choices.draw(1);
                }
            };

            assertThatThrownBy(() -> Choices.random(1L).generate(endless)).isInstanceOf(GenerationAbandoned.class);
        }
    }

    @Test
    void sequencesOrderShorterFirstThenLexicographically() {
        assertThat(ChoiceSequence.of(9, 9).isSimplerThan(ChoiceSequence.of(0, 0, 1))).isTrue();
        assertThat(ChoiceSequence.of(1, 2).isSimplerThan(ChoiceSequence.of(2, 1))).isTrue();
        assertThat(ChoiceSequence.of(1, 0, 0)).isEqualTo(ChoiceSequence.of(1));
    }
}
