package org.featureparity.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.featureparity.compare.KeyOrder.compareValues;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.featureparity.store.FeatureRow;
import org.junit.jupiter.api.Test;

class KeyOrderTests {

    private static final String SUPPLEMENTARY = new String(Character.toChars(0x1F600));  // U+1F600, a surrogate pair
    private static final String REPLACEMENT = "\uFFFD";

    private static FeatureRow key(Object... values) {
        return new FeatureRow(values, new Object[0]);
    }

    @Test
    void stringsByCodePointNotByUtf16Unit() {
        // UTF-16 puts the surrogate 0xD83D before 0xFFFD; code points (and UTF-8 bytes, COLLATE "C") put U+1F600 after
        assertThat(SUPPLEMENTARY.compareTo(REPLACEMENT)).isNegative();
        assertThat(compareValues(SUPPLEMENTARY, REPLACEMENT)).isPositive();
        assertThat(compareValues(REPLACEMENT, SUPPLEMENTARY)).isNegative();
        assertThat(compareValues("a" + SUPPLEMENTARY, "a" + REPLACEMENT + "z")).isPositive();
    }

    @Test
    void stringsAgreeWithUtf8ByteOrder() {
        List<String> keys = new ArrayList<>(List.of(SUPPLEMENTARY, REPLACEMENT, "z", "Z", "é", "", "ab", "a"));
        keys.sort(KeyOrder::compareValues);
        assertThat(keys).containsExactly("", "Z", "a", "ab", "z", "é", REPLACEMENT, SUPPLEMENTARY);
    }

    @Test
    void prefixSortsFirst() {
        assertThat(compareValues("ab", "abc")).isNegative();
        assertThat(compareValues("abc", "ab")).isPositive();
        assertThat(compareValues(SUPPLEMENTARY, SUPPLEMENTARY + "a")).isNegative();
        assertThat(compareValues("abc", "abc")).isZero();
        assertThat(compareValues("", "")).isZero();
    }

    @Test
    void numbersNumericallyAcrossTypes() {
        assertThat(compareValues(2L, new BigDecimal("10"))).isNegative();
        assertThat(compareValues(new BigDecimal("10"), 2L)).isPositive();
        assertThat(compareValues(10L, new BigDecimal("10.00"))).isZero();
        assertThat(compareValues(10L, new BigDecimal("10.5"))).isNegative();
        assertThat(compareValues(-1L, new BigDecimal("-0.5"))).isNegative();
        assertThat(compareValues(Long.MAX_VALUE, new BigDecimal("9223372036854775808"))).isNegative();
        assertThat(compareValues(3, 2L)).isPositive();
        assertThat(compareValues(9L, 10L)).isNegative();
    }

    @Test
    void temporalValuesChronologically() {
        assertThat(compareValues(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 10))).isNegative();
        assertThat(compareValues(Instant.EPOCH, Instant.EPOCH.plusNanos(1))).isNegative();
    }

    @Test
    void mismatchedKindsThrow() {
        assertThatThrownBy(() -> compareValues("1", 1L))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("String").hasMessageContaining("Long");
        assertThatThrownBy(() -> compareValues(LocalDate.of(2026, 1, 1), Instant.EPOCH))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> compareValues(true, 1L))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void compositeKeysColumnByColumn() {
        assertThat(KeyOrder.INSTANCE.compare(key(1L, "b"), key(2L, "a"))).isNegative();
        assertThat(KeyOrder.INSTANCE.compare(key(1L, "b"), key(1L, "a"))).isPositive();
        assertThat(KeyOrder.INSTANCE.compare(key(1L, "a"), key(1L, "a"))).isZero();
        assertThat(KeyOrder.INSTANCE.compare(key(1L, REPLACEMENT), key(1L, SUPPLEMENTARY))).isNegative();
    }
}
