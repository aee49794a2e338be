package org.featureparity.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.featureparity.api.Constants;
import org.featureparity.evidence.RunInfo;

/**
 * The verdict of each group over consecutive runs, for the summary page: during a shadow-mode period an auditor
 * wants to see that a group has agreed for weeks, not only today. Kept as one JSON line per run in
 * {@code parity.report.trend-dir}, which lives outside {@code target/} and is carried between CI runs like Allure's
 * history. Not part of {@code verdict.json}, so the verdict stays the same for the same data and seed.
 */
final class MigrationTrend {

    static final String FILE_NAME = "trend.jsonl";
    /** Runs kept; the page shows the newest of them. */
    static final int KEPT_RUNS = 50;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<JsonNode> points;

    private MigrationTrend(List<JsonNode> points) {
        this.points = List.copyOf(points);
    }

    static MigrationTrend none() {
        return new MigrationTrend(List.of());
    }

    /** Where the run keeps its trend, if it keeps one. */
    static Optional<Path> directory(RunInfo run) {
        return run.configuration().apply(Constants.REPORT_TREND_DIR).filter(value -> !value.isBlank()).map(Path::of);
    }

    /**
     * Adds this run's point to the trend in {@code directory} and returns the whole trend. Engine runs of one JVM
     * (a plain run and a {@code @Suite} run beside it) share one verdict, so they are one point: a point from the
     * same first run replaces the last one instead of being added.
     */
    static MigrationTrend record(Path directory, JsonNode verdict) {
        Path file = directory.resolve(FILE_NAME);
        List<JsonNode> points = new ArrayList<>(read(file));
        ObjectNode point = point(verdict);
        if (!points.isEmpty() && points.get(points.size() - 1).path("started").equals(point.path("started"))) {
            points.remove(points.size() - 1);
        }
        points.add(point);
        List<JsonNode> kept = points.subList(Math.max(0, points.size() - KEPT_RUNS), points.size());
        StringBuilder lines = new StringBuilder();
        try {
            for (JsonNode line : kept) {
                lines.append(JSON.writeValueAsString(line)).append('\n');
            }
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the trend in " + directory + ": " + e.getMessage(), e);
        }
        AtomicFiles.write(file, lines.toString().getBytes(StandardCharsets.UTF_8));
        return new MigrationTrend(kept);
    }

    /** The points of one group of one suite, oldest first: its verdict and its lowest values agreement per run. */
    List<GroupPoint> of(String suite, String group) {
        List<GroupPoint> series = new ArrayList<>();
        for (JsonNode point : points) {
            JsonNode entry = point.path("groups").path(suite + " / " + group);
            if (!entry.isMissingNode()) {
                series.add(new GroupPoint(point.path("started").asText(), entry.path("verdict").asText(),
                        entry.path("lowest_agreement").isNumber()
                                ? Optional.of(entry.path("lowest_agreement").asDouble()) : Optional.empty()));
            }
        }
        return series;
    }

    record GroupPoint(String started, String verdict, Optional<Double> lowestAgreement) {
    }

    private static ObjectNode point(JsonNode verdict) {
        ObjectNode point = JSON.createObjectNode();
        point.put("started", verdict.path("run").path("started").asText());
        point.put("verdict", verdict.path("verdict").asText());
        ObjectNode groups = point.putObject("groups");
        for (JsonNode group : verdict.path("groups")) {
            ObjectNode entry = groups.putObject(group.path("suite").asText() + " / " + group.path("group").asText());
            entry.put("verdict", group.path("verdict").asText());
            double lowest = Double.NaN;
            for (JsonNode check : group.path("checks")) {
                if (check.path("check").asText().equals("values") && check.path("agreement").isNumber()) {
                    double agreement = check.path("agreement").asDouble();
                    lowest = Double.isNaN(lowest) ? agreement : Math.min(lowest, agreement);
                }
            }
            if (!Double.isNaN(lowest)) {
                entry.put("lowest_agreement", lowest);
            }
        }
        return point;
    }

    // A damaged line (a run killed while writing, an edit) is dropped: the trend is a view, the verdict is the evidence.
    private static List<JsonNode> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<JsonNode> points = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    JsonNode point = JSON.readTree(line);
                    if (point.isObject() && point.path("groups").isObject()) {
                        points.add(point);
                    }
                } catch (IOException damaged) {
                    // skipped, see above
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the trend " + file + ": " + e.getMessage(), e);
        }
        return points;
    }
}
