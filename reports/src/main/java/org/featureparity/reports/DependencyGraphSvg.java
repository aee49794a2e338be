package org.featureparity.reports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.featureparity.evidence.CheckStatus;

/**
 * The run's groups as a small self-contained SVG: one column per dependency depth, upstream on the left, each box
 * coloured by its verdict and labelled with tier and consumer count, an arrow from each upstream to its downstream.
 */
final class DependencyGraphSvg {

    static final String FILE_NAME = "dependency-graph.svg";

    private static final int BOX_WIDTH = 200;
    private static final int BOX_HEIGHT = 46;
    private static final int COLUMN_GAP = 70;
    private static final int ROW_GAP = 20;
    private static final int MARGIN = 20;

    private DependencyGraphSvg() {
    }

    static String render(MigrationGraph graph) {
        Map<String, Integer> depth = graph.depths();
        Map<Integer, Integer> rowsUsed = new HashMap<>();
        Map<String, int[]> position = new HashMap<>();
        for (String group : graph.migrationOrder()) {
            int column = depth.getOrDefault(group, 0);
            int row = rowsUsed.merge(column, 1, Integer::sum) - 1;
            position.put(group, new int[] {MARGIN + column * (BOX_WIDTH + COLUMN_GAP), MARGIN + row * (BOX_HEIGHT + ROW_GAP)});
        }
        int columns = rowsUsed.keySet().stream().mapToInt(c -> c + 1).max().orElse(1);
        int rows = rowsUsed.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        int width = 2 * MARGIN + columns * BOX_WIDTH + (columns - 1) * COLUMN_GAP;
        int height = 2 * MARGIN + rows * BOX_HEIGHT + (rows - 1) * ROW_GAP;

        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" font-family=\"sans-serif\" font-size=\"12\">\n")
                .append("<title>Feature groups: dependencies and verdicts</title>\n")
                .append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" ")
                .append("markerHeight=\"8\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555\"/></marker></defs>\n");
        for (Map.Entry<String, String> edge : graph.edges()) {
            int[] from = position.get(edge.getKey());
            int[] to = position.get(edge.getValue());
            svg.append("<line x1=\"").append(from[0] + BOX_WIDTH).append("\" y1=\"").append(from[1] + BOX_HEIGHT / 2)
                    .append("\" x2=\"").append(to[0]).append("\" y2=\"").append(to[1] + BOX_HEIGHT / 2)
                    .append("\" stroke=\"#555\" marker-end=\"url(#arrow)\"/>\n");
        }
        for (MigrationGraph.Node node : graph.nodes()) {
            int[] at = position.get(node.group());
            svg.append("<g><rect x=\"").append(at[0]).append("\" y=\"").append(at[1]).append("\" width=\"").append(BOX_WIDTH)
                    .append("\" height=\"").append(BOX_HEIGHT).append("\" rx=\"6\" fill=\"").append(fill(node.verdict()))
                    .append("\" stroke=\"#333\"/>\n<text x=\"").append(at[0] + 8).append("\" y=\"").append(at[1] + 18)
                    .append("\" font-weight=\"bold\">").append(Html.escape(node.group())).append(" · ")
                    .append(node.verdict().name()).append("</text>\n<text x=\"").append(at[0] + 8).append("\" y=\"")
                    .append(at[1] + 36).append("\">").append(Html.escape(label(node))).append("</text></g>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    private static String label(MigrationGraph.Node node) {
        List<String> consumers = node.consumers();
        return "tier " + node.tier().orElse("–") + ", " + consumers.size() + (consumers.size() == 1 ? " consumer" : " consumers");
    }

    private static String fill(CheckStatus verdict) {
        return switch (verdict) {
            case PASS -> "#d4f4d2";
            case FAIL -> "#f8d0cc";
            case ERROR -> "#fbe3b4";
            case SKIPPED -> "#e4e4e4";
        };
    }
}
