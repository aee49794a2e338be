package org.featureparity.generate;

/**
 * Doubles in {@code [min, max]}, shrinking toward 0 (or the bound nearest to it), optionally with the special
 * values a comparison must survive: NaN, both infinities, -0.0, the smallest subnormal and the largest finite.
 */
public record DoubleRange(double min, double max, boolean specials) implements Generator<Double> {

    private static final double[] SPECIALS = {
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, Double.MIN_VALUE, Double.MAX_VALUE};
    private static final long STEPS = 1L << 53;

    public DoubleRange {
        if (!(min <= max) || Double.isInfinite(min) || Double.isInfinite(max)) {
            throw new IllegalArgumentException("doubles need a finite range min <= max, was [" + min + ", " + max + "]");
        }
    }

    public DoubleRange withSpecials() {
        return new DoubleRange(min, max, true);
    }

    @Override
    public Double generate(Choices choices) {
        if (specials) {
            // 0 means an ordinary value, so a special one shrinks away when it is not what fails
            int special = (int) choices.draw(SPECIALS.length, random -> random.nextInt(8) == 0
                    ? 1 + random.nextInt(SPECIALS.length) : 0);
            if (special > 0) {
                return SPECIALS[special - 1];
            }
        }
        double origin = min > 0 ? min : Math.min(max, 0.0);
        if (origin == min) {
            return Math.min(max, origin + scaled(choices, max - min));
        }
        if (origin == max) {
            return Math.max(min, origin - scaled(choices, max - min));
        }
        boolean negative = choices.draw(1) == 1;
        return negative ? -scaled(choices, -min) : scaled(choices, max);
    }

    /** A magnitude in {@code [0, span]}: an integral part first (shrinks to small whole numbers), then a fraction. */
    private static double scaled(Choices choices, double span) {
        long whole = choices.draw((long) Math.min(Math.floor(span), (double) (1L << 62)));
        long fraction = choices.draw(STEPS - 1);
        return Math.min(span, whole + (double) fraction / STEPS);
    }
}
