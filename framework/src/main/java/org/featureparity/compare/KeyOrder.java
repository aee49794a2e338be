package org.featureparity.compare;

import java.math.BigDecimal;
import java.util.Comparator;
import org.featureparity.store.FeatureRow;

/**
 * The order the merge walks keys in. It must be the order both stores sort in: numbers numerically, text by code
 * point (the byte order of UTF-8, which PostgreSQL's {@code COLLATE "C"} produces), temporal values chronologically.
 */
final class KeyOrder implements Comparator<FeatureRow> {

    static final KeyOrder INSTANCE = new KeyOrder();

    @Override
    public int compare(FeatureRow left, FeatureRow right) {
        for (int i = 0; i < left.keySize(); i++) {
            int order = compareValues(left.key(i), right.key(i));
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compareValues(Object left, Object right) {
        if (left instanceof String a && right instanceof String b) {
            return compareCodePoints(a, b);
        }
        if (left instanceof Number a && right instanceof Number b && left.getClass() != right.getClass()) {
            return toBigDecimal(a).compareTo(toBigDecimal(b));
        }
        if (left.getClass() != right.getClass() || !(left instanceof Comparable)) {
            throw new IllegalStateException("key values of different kinds cannot be ordered: "
                    + left.getClass().getSimpleName() + " and " + right.getClass().getSimpleName());
        }
        return ((Comparable) left).compareTo(right);
    }

    private static BigDecimal toBigDecimal(Number number) {
        return number instanceof BigDecimal decimal ? decimal : new BigDecimal(number.toString());
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
