package org.featureparity.check;

import java.util.Optional;
import org.featureparity.contract.FeatureType;
import org.featureparity.contract.FeatureType.Kind;

/**
 * Whether a store's column type can hold every value of the declared feature type without loss. The table is
 * explicit on purpose: a silent narrowing or a change of time-zone semantics is exactly what a migration must catch.
 *
 * <pre>
 * declared          accepted store types
 * int64             int64, int32 (widening)
 * int32             int32
 * float64           float64, float32 (widening)
 * float32           float32
 * decimal(p,s)      decimal(p',s') with s' <= s and p'-s' <= p-s; int32 if p-s >= 10; int64 if p-s >= 19;
 *                   decimal without declared precision (accepted, values decide)
 * decimal           any decimal, int32, int64
 * timestamp(p)      timestamp(p') with p' <= p; timestamp without precision: any timestamp
 * timestamptz(p)    likewise among timestamptz; never timestamp (zone semantics differ)
 * string, boolean, date: the same kind only
 * </pre>
 */
final class TypeCompatibility {

    /** Empty when compatible; else why not. Compatible widenings are described in {@link #note}. */
    static Optional<String> problem(FeatureType declared, FeatureType actual) {
        return accepts(declared, actual) ? Optional.empty()
                : Optional.of("store type " + actual + " cannot hold declared " + declared + " without loss"
                        + zoneHint(declared, actual));
    }

    /** A remark on an accepted but not identical type, for evidence. */
    static Optional<String> note(FeatureType declared, FeatureType actual) {
        if (declared.equals(actual) || !accepts(declared, actual)) {
            return Optional.empty();
        }
        if (declared.kind() == actual.kind() && declared.precision() == FeatureType.UNSPECIFIED) {
            return Optional.empty();  // the contract asked for the kind, whatever its precision
        }
        if (declared.kind() == actual.kind() && actual.precision() == FeatureType.UNSPECIFIED) {
            return Optional.of("store declares no precision for " + actual + "; values decide");
        }
        return Optional.of("widening " + actual + " -> " + declared);
    }

    private static boolean accepts(FeatureType declared, FeatureType actual) {
        Kind want = declared.kind();
        Kind have = actual.kind();
        return switch (want) {
            case INT64 -> have == Kind.INT64 || have == Kind.INT32;
            case FLOAT64 -> have == Kind.FLOAT64 || have == Kind.FLOAT32;
            case DECIMAL -> decimalAccepts(declared, actual);
            case TIMESTAMP, TIMESTAMPTZ -> have == want && precisionFits(declared.precision(), actual.precision());
            default -> have == want;
        };
    }

    private static boolean decimalAccepts(FeatureType declared, FeatureType actual) {
        boolean anyPrecision = declared.precision() == FeatureType.UNSPECIFIED;
        int integerDigits = anyPrecision ? Integer.MAX_VALUE : declared.precision() - declared.scale();
        return switch (actual.kind()) {
            case INT32 -> integerDigits >= 10;
            case INT64 -> integerDigits >= 19;
            case DECIMAL -> anyPrecision || actual.precision() == FeatureType.UNSPECIFIED
                    || (actual.scale() <= declared.scale() && actual.precision() - actual.scale() <= integerDigits);
            default -> false;
        };
    }

    private static boolean precisionFits(int declared, int actual) {
        return declared == FeatureType.UNSPECIFIED || (actual != FeatureType.UNSPECIFIED && actual <= declared);
    }

    private static String zoneHint(FeatureType declared, FeatureType actual) {
        boolean zoneChange = (declared.kind() == Kind.TIMESTAMP && actual.kind() == Kind.TIMESTAMPTZ)
                || (declared.kind() == Kind.TIMESTAMPTZ && actual.kind() == Kind.TIMESTAMP);
        return zoneChange ? " (timestamp with and without time zone differ in meaning: values shift with the session zone)" : "";
    }

    private TypeCompatibility() {
    }
}
