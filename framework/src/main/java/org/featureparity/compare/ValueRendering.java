package org.featureparity.compare;

import java.math.BigDecimal;

/** How values appear in evidence: SQL NULL as {@code NULL}, decimals without exponent. */
final class ValueRendering {

    private ValueRendering() {
    }

    static String render(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value.toString();
    }
}
