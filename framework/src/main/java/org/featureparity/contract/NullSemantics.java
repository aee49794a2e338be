package org.featureparity.contract;

/**
 * What NULL and NaN mean for one feature when old and new values are compared.
 *
 * @param nullEqualsZero NULL on one side agrees with 0 or the empty string on the other
 * @param nanEqualsNan   NaN on both sides agrees
 */
public record NullSemantics(boolean nullEqualsZero, boolean nanEqualsNan) {

    public static final NullSemantics STRICT = new NullSemantics(false, true);
}
