package org.featureparity.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.featureparity.contract.FeatureSpec;
import org.featureparity.contract.FeatureType;
import org.featureparity.contract.NullSemantics;
import org.featureparity.contract.Tolerance;
import org.featureparity.evidence.Mismatch;
import org.featureparity.evidence.MismatchCategory;
import org.featureparity.store.FeatureRow;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MergeComparisonTests {

    private static final FeatureSpec COUNT = ValueAgreementTests.feature(
            FeatureType.INT64, new Tolerance.Exact(), NullSemantics.STRICT);
    private static final FeatureSpec AMOUNT = new FeatureSpec("amount", FeatureType.decimal(18, 2), true,
            new Tolerance.Absolute(new BigDecimal("0.01")), NullSemantics.STRICT,
            java.util.Optional.empty(), java.util.Optional.empty(), java.util.OptionalDouble.empty());

    private static MergeComparison byUserId(FeatureSpec... features) {
        return new MergeComparison(List.of("user_id"), List.of(features));
    }

    private static Object[] row(Object... cells) {
        return cells;
    }

    private static Map<String, String> key(String column, String value) {
        return Map.of(column, value);
    }

    @Nested
    class Matches {

        @Test
        void equalSidesAgreeEverywhere() {
            ListCursor old = ListCursor.singleKey("select old", row(1L, 10L), row(2L, 20L), row(3L, null));
            ListCursor fresh = ListCursor.singleKey("select new", row(1L, 10L), row(2L, 20L), row(3L, null));

            ComparisonResult result = byUserId(COUNT).run(old, fresh);

            assertThat(result.rowsOld()).isEqualTo(3);
            assertThat(result.rowsNew()).isEqualTo(3);
            assertThat(result.matched()).isEqualTo(3);
            assertThat(result.missingOld()).isZero();
            assertThat(result.missingNew()).isZero();
            assertThat(result.missingOldSample()).isEmpty();
            assertThat(result.missingNewSample()).isEmpty();
            assertThat(result.statements()).containsOnly(entry("old", "select old"), entry("new", "select new"));
            FeatureTally tally = result.tally("f").orElseThrow();
            assertThat(tally.compared()).isEqualTo(3);
            assertThat(tally.agreed()).isEqualTo(3);
            assertThat(tally.mismatched()).isZero();
            assertThat(tally.agreement()).isEqualTo(1.0);
            assertThat(tally.nullsOld()).isEqualTo(1);
            assertThat(tally.nullsNew()).isEqualTo(1);
            assertThat(tally.categories()).isEmpty();
            assertThat(tally.topMismatches()).isEmpty();
            assertThat(tally.feature()).isEqualTo(COUNT);
        }

        @Test
        void bothSidesEmpty() {
            ComparisonResult result = byUserId(COUNT).run(ListCursor.empty("a"), ListCursor.empty("b"));

            assertThat(result.rowsOld()).isZero();
            assertThat(result.rowsNew()).isZero();
            assertThat(result.matched()).isZero();
            FeatureTally tally = result.tally("f").orElseThrow();
            assertThat(tally.compared()).isZero();
            assertThat(tally.agreement()).isNaN();
        }

        @Test
        void unknownFeatureHasNoTally() {
            ComparisonResult result = byUserId(COUNT).run(ListCursor.empty("a"), ListCursor.empty("b"));
            assertThat(result.tally("nope")).isEmpty();
        }

        @Test
        void mixedNumericKeyTypesMatchByValue() {
            ListCursor old = ListCursor.singleKey("o", row(1L, 1L), row(2L, 2L));
            ListCursor fresh = ListCursor.singleKey("n", row(new BigDecimal("1"), 1L), row(new BigDecimal("2.0"), 2L));

            ComparisonResult result = byUserId(COUNT).run(old, fresh);

            assertThat(result.matched()).isEqualTo(2);
            assertThat(result.missingOld() + result.missingNew()).isZero();
        }

        @Test
        void compositeKeysMatchOnEveryColumn() {
            MergeComparison merge = new MergeComparison(List.of("user_id", "day"), List.of(COUNT));
            ListCursor old = ListCursor.of("o", List.of(
                    new FeatureRow(new Object[] {1L, "2026-01-01"}, new Object[] {1L}),
                    new FeatureRow(new Object[] {1L, "2026-01-02"}, new Object[] {2L}),
                    new FeatureRow(new Object[] {2L, "2026-01-01"}, new Object[] {3L})));
            ListCursor fresh = ListCursor.of("n", List.of(
                    new FeatureRow(new Object[] {1L, "2026-01-02"}, new Object[] {2L}),
                    new FeatureRow(new Object[] {2L, "2026-01-01"}, new Object[] {4L}),
                    new FeatureRow(new Object[] {2L, "2026-01-03"}, new Object[] {5L})));

            ComparisonResult result = merge.run(old, fresh);

            assertThat(result.matched()).isEqualTo(2);
            assertThat(result.missingNew()).isEqualTo(1);
            assertThat(result.missingOld()).isEqualTo(1);
            assertThat(result.missingNewSample()).containsExactly(Map.of("user_id", "1", "day", "2026-01-01"));
            assertThat(result.missingOldSample()).containsExactly(Map.of("user_id", "2", "day", "2026-01-03"));
            assertThat(result.missingNewSample().get(0).keySet()).containsExactly("user_id", "day");
            FeatureTally tally = result.tally("f").orElseThrow();
            assertThat(tally.compared()).isEqualTo(2);
            assertThat(tally.mismatched()).isEqualTo(1);
            assertThat(tally.topMismatches()).singleElement()
                    .satisfies(m -> assertThat(m.key()).containsExactly(entry("user_id", "2"), entry("day", "2026-01-01")));
        }
    }

    @Nested
    class MissingEntities {

        @Test
        void countedAndSampledInKeyOrderOnEachSide() {
            ListCursor old = ListCursor.singleKey("o", row(1L, 1L), row(2L, 2L), row(4L, 4L), row(7L, 7L));
            ListCursor fresh = ListCursor.singleKey("n", row(2L, 2L), row(3L, 3L), row(5L, 5L), row(7L, 7L), row(9L, 9L));

            ComparisonResult result = byUserId(COUNT).run(old, fresh);

            assertThat(result.rowsOld()).isEqualTo(4);
            assertThat(result.rowsNew()).isEqualTo(5);
            assertThat(result.matched()).isEqualTo(2);
            assertThat(result.missingNew()).isEqualTo(2);
            assertThat(result.missingNewSample()).containsExactly(key("user_id", "1"), key("user_id", "4"));
            assertThat(result.missingOld()).isEqualTo(3);
            assertThat(result.missingOldSample()).containsExactly(key("user_id", "3"), key("user_id", "5"), key("user_id", "9"));
            assertThat(result.tally("f").orElseThrow().compared()).isEqualTo(2);
        }

        @Test
        void oneSideEmpty() {
            ListCursor old = ListCursor.singleKey("o", row(1L, 1L), row(2L, 2L));

            ComparisonResult oldOnly = byUserId(COUNT).run(old, ListCursor.empty("n"));
            assertThat(oldOnly.missingNew()).isEqualTo(2);
            assertThat(oldOnly.missingOld()).isZero();
            assertThat(oldOnly.matched()).isZero();
            assertThat(oldOnly.tally("f").orElseThrow().compared()).isZero();

            ComparisonResult newOnly = byUserId(COUNT).run(ListCursor.empty("o"), ListCursor.singleKey("n", row(5L, 5L)));
            assertThat(newOnly.missingOld()).isEqualTo(1);
            assertThat(newOnly.missingOldSample()).containsExactly(key("user_id", "5"));
            assertThat(newOnly.missingNew()).isZero();
        }

        @Test
        void samplesAreBoundedButCountsAreNot() {
            List<Object[]> rows = new ArrayList<>();
            for (long id = 1; id <= 50; id++) {
                rows.add(row(id, id));
            }
            ComparisonResult result = byUserId(COUNT).run(
                    ListCursor.singleKey("o", rows.toArray(Object[][]::new)), ListCursor.empty("n"));

            assertThat(result.missingNew()).isEqualTo(50);
            assertThat(result.missingNewSample()).hasSize(20);
            assertThat(result.missingNewSample().get(0)).isEqualTo(key("user_id", "1"));
            assertThat(result.missingNewSample().get(19)).isEqualTo(key("user_id", "20"));
        }

        @Test
        void decimalKeysRenderWithoutExponent() {
            ComparisonResult result = byUserId(COUNT).run(
                    ListCursor.singleKey("o", row(new BigDecimal("1E+3"), 1L)), ListCursor.empty("n"));
            assertThat(result.missingNewSample()).containsExactly(key("user_id", "1000"));
        }
    }

    @Nested
    class Rejects {

        @Test
        void aRunCancelledByInterruptingItsThread() {
            ListCursor old = ListCursor.singleKey("o", row(1L, 1L), row(2L, 2L));
            ListCursor fresh = ListCursor.singleKey("n", row(1L, 1L), row(2L, 2L));
            Thread.currentThread().interrupt();
            try {
                assertThatThrownBy(() -> byUserId(COUNT).run(old, fresh))
                        .isInstanceOf(CheckCancelledException.class)
                        .hasMessageContaining("cancelled");
                assertThatThrownBy(() -> Deadline.after(java.time.Duration.ofHours(1), "generous").check())
                        .as("whatever the run reaches next stops too")
                        .isInstanceOf(CheckCancelledException.class);
            } finally {
                Thread.interrupted();
            }
        }

        @Test
        void duplicateKeyOnTheOldSide() {
            ListCursor old = ListCursor.singleKey("o", row(1L, 1L), row(2L, 2L), row(2L, 3L));
            ListCursor fresh = ListCursor.singleKey("n", row(1L, 1L), row(2L, 2L));

            assertThatThrownBy(() -> byUserId(COUNT).run(old, fresh))
                    .isInstanceOf(ComparisonException.class)
                    .hasMessageStartingWith("old store has duplicate key")
                    .hasMessageContaining("user_id=2");
        }

        @Test
        void duplicateKeyOnTheNewSide() {
            ListCursor old = ListCursor.singleKey("o", row(1L, 1L));
            ListCursor fresh = ListCursor.singleKey("n", row(7L, 1L), row(7L, 1L));

            assertThatThrownBy(() -> byUserId(COUNT).run(old, fresh))
                    .isInstanceOf(ComparisonException.class)
                    .hasMessageStartingWith("new store has duplicate key")
                    .hasMessageContaining("user_id=7");
        }

        @Test
        void duplicateCompositeKeyNamesEveryColumn() {
            MergeComparison merge = new MergeComparison(List.of("user_id", "as_of"), List.of(COUNT));
            ListCursor old = ListCursor.of("o", List.of(
                    new FeatureRow(new Object[] {1L, "a"}, new Object[] {1L}),
                    new FeatureRow(new Object[] {1L, "a"}, new Object[] {1L})));

            assertThatThrownBy(() -> merge.run(old, ListCursor.empty("n")))
                    .isInstanceOf(ComparisonException.class)
                    .hasMessageContaining("user_id=1").hasMessageContaining("as_of=a");
        }

        @Test
        void keysOutOfOrder() {
            ListCursor old = ListCursor.singleKey("o", row(1L, 1L), row(3L, 3L), row(2L, 2L));

            assertThatThrownBy(() -> byUserId(COUNT).run(old, ListCursor.singleKey("n", row(1L, 1L))))
                    .isInstanceOf(ComparisonException.class)
                    .hasMessageStartingWith("old store returned keys out of order")
                    .hasMessageContaining("user_id=3").hasMessageContaining("user_id=2");
        }

        @Test
        void keysInUtf16InsteadOfCodePointOrder() {
            String supplementary = new String(Character.toChars(0x1F600));
            ListCursor fresh = ListCursor.singleKey("n", row(supplementary, 1L), row("\uFFFD", 1L));

            assertThatThrownBy(() -> byUserId(COUNT).run(ListCursor.empty("o"), fresh))
                    .isInstanceOf(ComparisonException.class)
                    .hasMessageStartingWith("new store returned keys out of order");
        }

        @Test
        void nullKey() {
            ListCursor fresh = ListCursor.singleKey("n", row(1L, 1L), row(null, 2L));

            assertThatThrownBy(() -> byUserId(COUNT).run(ListCursor.singleKey("o", row(1L, 1L)), fresh))
                    .isInstanceOf(ComparisonException.class)
                    .hasMessageContaining("new store has NULL in key column 'user_id'");
        }

        @Test
        void nullInTheSecondKeyColumn() {
            MergeComparison merge = new MergeComparison(List.of("user_id", "as_of"), List.of(COUNT));
            ListCursor old = ListCursor.of("o", List.of(new FeatureRow(new Object[] {1L, null}, new Object[] {1L})));

            assertThatThrownBy(() -> merge.run(old, ListCursor.empty("n")))
                    .isInstanceOf(ComparisonException.class)
                    .hasMessageContaining("old store has NULL in key column 'as_of'");
        }
    }

    @Nested
    class Tallies {

        @Test
        void countPerFeatureWithCategories() {
            ListCursor old = ListCursor.singleKey("o",
                    row(1L, 10L, new BigDecimal("1.00")),
                    row(2L, null, new BigDecimal("2.00")),
                    row(3L, 30L, new BigDecimal("3.005")),
                    row(4L, 40L, null),
                    row(5L, 50L, new BigDecimal("5.00")));
            ListCursor fresh = ListCursor.singleKey("n",
                    row(1L, 10L, new BigDecimal("1.01")),
                    row(2L, 20L, new BigDecimal("2.00")),
                    row(3L, 31L, new BigDecimal("3.02")),
                    row(4L, null, null),
                    row(5L, 57L, new BigDecimal("5.00")));

            ComparisonResult result = byUserId(COUNT, AMOUNT).run(old, fresh);

            assertThat(result.features().keySet()).containsExactly("f", "amount");
            FeatureTally count = result.tally("f").orElseThrow();
            assertThat(count.compared()).isEqualTo(5);
            assertThat(count.agreed()).isEqualTo(1);
            assertThat(count.mismatched()).isEqualTo(4);
            assertThat(count.agreement()).isEqualTo(0.2);
            assertThat(count.nullsOld()).isEqualTo(1);
            assertThat(count.nullsNew()).isEqualTo(1);
            assertThat(count.categories()).containsExactly(entry("null-handling", 2L), entry("other", 2L));
            assertThat(count.topMismatches()).extracting(Mismatch::delta)
                    .containsExactly(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 7.0, 1.0);
            assertThat(count.topMismatches().get(2)).satisfies(m -> {
                assertThat(m.key()).containsExactly(entry("user_id", "5"));
                assertThat(m.oldValue()).isEqualTo("50");
                assertThat(m.newValue()).isEqualTo("57");
                assertThat(m.category()).isEqualTo(MismatchCategory.OTHER);
            });
            assertThat(count.topMismatches()).filteredOn(m -> m.category() == MismatchCategory.NULL_HANDLING)
                    .extracting(Mismatch::oldValue, Mismatch::newValue)
                    .containsExactlyInAnyOrder(tuple("NULL", "20"),
                            tuple("40", "NULL"));

            FeatureTally amount = result.tally("amount").orElseThrow();
            assertThat(amount.compared()).isEqualTo(5);
            assertThat(amount.agreed()).isEqualTo(4);  // 1.00 vs 1.01 is within 0.01; both NULL agree
            assertThat(amount.nullsOld()).isEqualTo(1);
            assertThat(amount.nullsNew()).isEqualTo(1);
            assertThat(amount.categories()).containsExactly(entry("other", 1L));
            assertThat(amount.topMismatches()).singleElement().satisfies(m -> {
                assertThat(m.oldValue()).isEqualTo("3.005");
                assertThat(m.newValue()).isEqualTo("3.02");
                assertThat(m.delta()).isEqualTo(0.015);
            });
        }

        @Test
        void categoriesLargestFirst() {
            List<Object[]> old = new ArrayList<>();
            List<Object[]> fresh = new ArrayList<>();
            long id = 0;
            for (int i = 0; i < 1; i++, id++) {
                old.add(row(id, 1L));
                fresh.add(row(id, 9L));  // other
            }
            for (int i = 0; i < 3; i++, id++) {
                old.add(row(id, null));
                fresh.add(row(id, 1L));  // null-handling
            }
            for (int i = 0; i < 2; i++, id++) {
                old.add(row(id, "abc "));
                fresh.add(row(id, "abc"));  // type-coercion
            }
            ComparisonResult result = byUserId(COUNT).run(
                    ListCursor.singleKey("o", old.toArray(Object[][]::new)),
                    ListCursor.singleKey("n", fresh.toArray(Object[][]::new)));

            assertThat(result.tally("f").orElseThrow().categories())
                    .containsExactly(entry("null-handling", 3L), entry("type-coercion", 2L), entry("other", 1L));
        }

        @Test
        void topMismatchesCappedAtTwentyLargestFirst() {
            List<Object[]> old = new ArrayList<>();
            List<Object[]> fresh = new ArrayList<>();
            for (long id = 0; id < 100; id++) {
                long gap = (id * 37) % 100 + 1;  // a permutation of 1..100
                old.add(row(id, 0L));
                fresh.add(row(id, gap));
            }
            ComparisonResult result = byUserId(COUNT).run(
                    ListCursor.singleKey("o", old.toArray(Object[][]::new)),
                    ListCursor.singleKey("n", fresh.toArray(Object[][]::new)));

            FeatureTally tally = result.tally("f").orElseThrow();
            assertThat(tally.mismatched()).isEqualTo(100);
            assertThat(tally.topMismatches()).hasSize(MergeComparison.TOP_MISMATCHES).hasSize(20);
            assertThat(tally.topMismatches()).extracting(Mismatch::delta)
                    .containsExactly(100.0, 99.0, 98.0, 97.0, 96.0, 95.0, 94.0, 93.0, 92.0, 91.0,
                            90.0, 89.0, 88.0, 87.0, 86.0, 85.0, 84.0, 83.0, 82.0, 81.0);
        }

        @Test
        void mismatchingRowsAreRetainedWithTheirValuesOnlyWhenAsked() {
            List<Object[]> old = new ArrayList<>();
            List<Object[]> fresh = new ArrayList<>();
            for (long id = 0; id < 50; id++) {
                old.add(row(id, id));
                fresh.add(row(id, id % 2 == 0 ? id : id + 1));
            }
            FeatureTally retaining = byUserId(COUNT).run(ListCursor.singleKey("o", old.toArray(Object[][]::new)),
                    ListCursor.singleKey("n", fresh.toArray(Object[][]::new))).tally("f").orElseThrow();
            FeatureTally notRetaining = byUserId(COUNT).retaining(0).run(ListCursor.singleKey("o", old.toArray(Object[][]::new)),
                    ListCursor.singleKey("n", fresh.toArray(Object[][]::new))).tally("f").orElseThrow();

            assertThat(retaining.retainedMismatches()).hasSize(25)
                    .allSatisfy(m -> assertThat((Long) m.newValue()).isEqualTo((Long) m.oldValue() + 1));
            assertThat(notRetaining.retainedMismatches()).isEmpty();
            assertThat(notRetaining.mismatched()).isEqualTo(25);
            assertThat(notRetaining.topMismatches()).hasSize(20);
        }

        @Test
        void tallyOrderFollowsTheFeatureOrder() {
            ComparisonResult result = byUserId(AMOUNT, COUNT).run(ListCursor.empty("o"), ListCursor.empty("n"));
            assertThat(result.features().keySet()).containsExactly("amount", "f");
        }
    }
}
