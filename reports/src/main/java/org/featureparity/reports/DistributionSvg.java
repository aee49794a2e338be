package org.featureparity.reports;

import java.util.List;
import java.util.Locale;
import org.featureparity.evidence.Distribution;

/**
 * A feature's old and new distributions as one self-contained SVG bar chart: per bin, the old store's share (grey)
 * beside the new store's (blue), so a shift is visible at a glance in the report.
 */
final class DistributionSvg {

    static final String MEDIA_TYPE = "image/svg+xml";
    static final String EXTENSION = "svg";

    private static final int BAR = 14;
    private static final int GAP = 10;
    private static final int PLOT_HEIGHT = 160;
    private static final int MARGIN = 30;
    /** Title and legend rows above the plot. */
    private static final int HEADER = 44;
    private static final int LABEL_SPACE = 90;

    private DistributionSvg() {
    }

    static String render(String title, Distribution distribution) {
        List<Double> oldShares = shares(distribution.oldCounts());
        List<Double> newShares = shares(distribution.newCounts());
        double top = Math.max(1e-9, Math.max(max(oldShares), max(newShares)));
        int bins = distribution.bins().size();
        int width = Math.max(360, 2 * MARGIN + bins * (2 * BAR + GAP));
        int height = HEADER + PLOT_HEIGHT + LABEL_SPACE + 20;
        int baseline = HEADER + PLOT_HEIGHT;

        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" font-family=\"sans-serif\" font-size=\"11\">\n<title>").append(Html.escape(title)).append("</title>\n")
                .append("<text x=\"").append(MARGIN).append("\" y=\"16\" font-weight=\"bold\">").append(Html.escape(title))
                .append("</text>\n")
                .append("<rect x=\"").append(MARGIN).append("\" y=\"24\" width=\"10\" height=\"10\" fill=\"#9e9e9e\"/>")
                .append("<text x=\"").append(MARGIN + 14).append("\" y=\"33\">old store</text>")
                .append("<rect x=\"").append(MARGIN + 84).append("\" y=\"24\" width=\"10\" height=\"10\" fill=\"#1e88e5\"/>")
                .append("<text x=\"").append(MARGIN + 98).append("\" y=\"33\">new store (share of non-NULL rows per bin)</text>\n")
                .append("<line x1=\"").append(MARGIN).append("\" y1=\"").append(baseline).append("\" x2=\"").append(width - MARGIN)
                .append("\" y2=\"").append(baseline).append("\" stroke=\"#333\"/>\n");
        for (int i = 0; i < bins; i++) {
            int x = MARGIN + i * (2 * BAR + GAP);
            bar(svg, x, baseline, oldShares.get(i) / top, "#9e9e9e", distribution.bins().get(i), "old", distribution.oldCounts().get(i), oldShares.get(i));
            bar(svg, x + BAR, baseline, newShares.get(i) / top, "#1e88e5", distribution.bins().get(i), "new", distribution.newCounts().get(i), newShares.get(i));
            int labelX = x + BAR;
            int labelY = baseline + 8;
            svg.append("<text x=\"").append(labelX).append("\" y=\"").append(labelY).append("\" transform=\"rotate(60 ")
                    .append(labelX).append(' ').append(labelY).append(")\">").append(Html.escape(abbreviate(distribution.bins().get(i))))
                    .append("</text>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    private static void bar(StringBuilder svg, int x, int baseline, double fraction, String colour, String bin, String side,
                            long count, double share) {
        int h = (int) Math.round(fraction * PLOT_HEIGHT);
        svg.append("<rect x=\"").append(x).append("\" y=\"").append(baseline - h).append("\" width=\"").append(BAR - 1)
                .append("\" height=\"").append(h).append("\" fill=\"").append(colour).append("\"><title>")
                .append(Html.escape(String.format(Locale.ROOT, "%s %s: %d rows (%.2f%%)", bin, side, count, 100 * share)))
                .append("</title></rect>\n");
    }

    private static List<Double> shares(List<Long> counts) {
        double total = counts.stream().mapToLong(Long::longValue).sum();
        return counts.stream().map(c -> total == 0 ? 0.0 : c / total).toList();
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    private static String abbreviate(String label) {
        return label.length() <= 24 ? label : label.substring(0, 21) + "...";
    }
}
