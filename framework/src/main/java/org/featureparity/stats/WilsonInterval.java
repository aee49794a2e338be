package org.featureparity.stats;

/**
 * The Wilson score interval for a binomial share: unlike the normal approximation it stays inside [0, 1] and keeps
 * its coverage near 0 and 1, which is where agreement rates live.
 *
 * @param successes rows that agreed
 * @param trials    rows compared
 * @param z         the standard normal quantile of the confidence level (1.959964 for 95%)
 * @param lower     the interval's lower bound
 * @param upper     the interval's upper bound
 */
public record WilsonInterval(long successes, long trials, double z, double lower, double upper) {

    /** The two-sided 95% normal quantile. */
    public static final double Z_95 = 1.959963984540054;

    public static WilsonInterval of(long successes, long trials) {
        return of(successes, trials, Z_95);
    }

    public static WilsonInterval of(long successes, long trials, double z) {
        if (trials <= 0 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException("a Wilson interval needs 0 <= successes <= trials and trials > 0, got "
                    + successes + " of " + trials);
        }
        double n = trials;
        double p = successes / n;
        double z2 = z * z;
        double centre = p + z2 / (2 * n);
        double spread = z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        double denominator = 1 + z2 / n;
        return new WilsonInterval(successes, trials, z, Math.max(0, (centre - spread) / denominator),
                Math.min(1, (centre + spread) / denominator));
    }

    public double estimate() {
        return (double) successes / trials;
    }
}
