package org.featureparity.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.featureparity.api.Constants;
import org.featureparity.contract.FeatureGroupContract;
import org.featureparity.contract.FeatureType;
import org.featureparity.contract.PointInTimeKeys;
import org.featureparity.contract.Side;
import org.featureparity.contract.SourceRef;
import org.featureparity.store.FeatureRow;
import org.featureparity.store.RowCursor;
import org.featureparity.store.ScanRequest;
import org.featureparity.store.StoreColumn;
import org.featureparity.store.StoreDescription;
import org.featureparity.store.StoreException;

/**
 * Reads the (entity, t) pairs a contract lists instead of sampling: from a table in one of the stores (read-only,
 * like every read) or from a CSV file with a header row. Entity columns carry the contract's names; t is in the
 * {@code time} column, else in the column named like the as-of column.
 */
final class PointInTimeKeyReader {

    /** The file the pairs came from, for evidence, and the pairs in file order. */
    record Read(String from, List<PointInTimePair> pairs, Optional<String> statement) {
    }

    private final GroupRun run;
    private final PointInTimeColumns columns;
    private final ClassLoader classLoader;
    private final ZoneId zone;

    PointInTimeKeyReader(GroupRun run, PointInTimeColumns columns, ClassLoader classLoader) {
        this.run = run;
        this.columns = columns;
        this.classLoader = classLoader;
        this.zone = run.contract().timeZone();
    }

    Read read(PointInTimeKeys keys) {
        String time = keys.timeColumn().orElseGet(() -> run.contract().asOf().orElseThrow());
        if (keys instanceof PointInTimeKeys.Table table) {
            return fromTable(table, time);
        }
        return fromCsv((PointInTimeKeys.Csv) keys, time);
    }

    private Read fromTable(PointInTimeKeys.Table table, String time) {
        SourceRef source = new SourceRef.Table(table.qualifiedName());
        StoreDescription description = run.store(table.store()).describe(source);
        List<StoreColumn> keyColumns = new ArrayList<>();
        for (String name : Stream.concat(run.contract().entity().stream(), Stream.of(time)).toList()) {
            keyColumns.add(description.column(name).orElseThrow(() -> new StoreException("point_in_time.keys: column '"
                    + name + "' not found in " + table.describe())));
        }
        List<PointInTimePair> pairs = new ArrayList<>();
        int entityColumns = run.contract().entity().size();
        try (RowCursor rows = run.store(table.store()).scan(new ScanRequest(source, keyColumns, List.of(), Constants.DEFAULT_FETCH_SIZE))) {
            long number = 0;
            while (rows.hasNext()) {
                FeatureRow row = rows.next();
                number++;
                List<Object> key = new ArrayList<>();
                for (int i = 0; i <= entityColumns; i++) {
                    if (row.key(i) == null) {
                        throw new StoreException("point_in_time.keys: " + table.describe() + " has NULL in column '"
                                + keyColumns.get(i).name() + "' (row " + number + " in key order)");
                    }
                    if (i < entityColumns) {
                        key.add(row.key(i));
                    }
                }
                pairs.add(new PointInTimePair(key, TimeValues.instant(row.key(entityColumns), zone), "given"));
            }
            return new Read(table.describe(), pairs, Optional.of(rows.sql()));
        }
    }

    private Read fromCsv(PointInTimeKeys.Csv csv, String time) {
        String where = run.contract().origin();
        try (BufferedReader reader = open(csv.path(), where)) {
            String header = reader.readLine();
            if (header == null) {
                throw new IllegalArgumentException("point_in_time.keys.csv: " + csv.path() + " is empty; expected a header row");
            }
            List<String> names = CsvLine.split(stripBom(header)).stream().map(String::trim).toList();
            FeatureGroupContract contract = run.contract();
            List<Integer> entityIndex = new ArrayList<>();
            for (String name : contract.entity()) {
                entityIndex.add(index(names, name, csv));
            }
            int timeIndex = index(names, time, csv);
            List<StoreColumn> types = columns.entity(Side.OLD);
            List<PointInTimePair> pairs = new ArrayList<>();
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> fields = CsvLine.split(line);
                String at = csv.path() + ":" + number;
                if (fields.size() != names.size()) {
                    throw new IllegalArgumentException("point_in_time.keys.csv: " + at + " has " + fields.size()
                            + " fields, the header " + names.size());
                }
                List<Object> key = new ArrayList<>();
                for (int i = 0; i < entityIndex.size(); i++) {
                    key.add(parse(fields.get(entityIndex.get(i)).trim(), types.get(i), at));
                }
                pairs.add(new PointInTimePair(key, instant(fields.get(timeIndex).trim(), at, time), "given"));
            }
            return new Read(csv.describe(), pairs, Optional.empty());
        } catch (IOException e) {
            throw new StoreException("point_in_time.keys.csv: cannot read " + csv.path() + ": " + e.getMessage(), e);
        }
    }

    private static int index(List<String> names, String column, PointInTimeKeys.Csv csv) {
        int index = names.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("point_in_time.keys.csv: " + csv.path() + " has no column '" + column
                    + "' (header: " + names + ")");
        }
        return index;
    }

    /** Beside the contract file first, then on the classpath (beside a classpath contract, then as given). */
    private BufferedReader open(String path, String origin) throws IOException {
        List<String> tried = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        if (origin.startsWith("file:")) {
            Path parent = Path.of(origin.substring("file:".length())).toAbsolutePath().getParent();
            if (parent != null) {
                files.add(parent.resolve(path));
            }
        }
        if (Path.of(path).isAbsolute()) {
            files.add(Path.of(path));
        }
        for (Path file : files) {
            tried.add(file.toString());
            if (Files.isRegularFile(file)) {
                return Files.newBufferedReader(file, StandardCharsets.UTF_8);
            }
        }
        List<String> resources = new ArrayList<>();
        if (origin.startsWith("classpath:")) {
            String resource = origin.substring("classpath:".length());
            int slash = resource.lastIndexOf('/');
            resources.add((slash < 0 ? "" : resource.substring(0, slash + 1)) + path);
        }
        resources.add(path.startsWith("/") ? path.substring(1) : path);
        for (String resource : resources) {
            tried.add("classpath:" + resource);
            InputStream in = classLoader.getResourceAsStream(resource);
            if (in != null) {
                return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        throw new IllegalArgumentException("point_in_time.keys.csv: " + path + " not found (looked at " + String.join(", ", tried) + ")");
    }

    private static Object parse(String text, StoreColumn column, String at) {
        FeatureType.Kind kind = column.type().map(FeatureType::kind).orElse(FeatureType.Kind.STRING);
        try {
            return switch (kind) {
                case INT32, INT64 -> Long.parseLong(text);
                case DECIMAL -> new BigDecimal(text);
                case FLOAT32, FLOAT64 -> Double.parseDouble(text);
                case BOOLEAN -> {
                    if (!text.equals("true") && !text.equals("false")) {
                        throw new IllegalArgumentException("expected true or false");
                    }
                    yield Boolean.valueOf(text);
                }
                case DATE -> LocalDate.parse(text);
                case TIMESTAMP -> LocalDateTime.parse(text.replace(' ', 'T'));
                case TIMESTAMPTZ -> OffsetDateTime.parse(text.replace(' ', 'T')).toInstant();
                case STRING -> text;
            };
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new IllegalArgumentException("point_in_time.keys.csv: " + at + ": '" + text + "' is not a value of key column '"
                    + column.name() + "' (" + column.nativeType() + ")", e);
        }
    }

    /** An instant with its offset, or a local date-time or date in the contract's zone. */
    private Instant instant(String text, String at, String column) {
        String iso = text.replace(' ', 'T');
        try {
            return OffsetDateTime.parse(iso).toInstant();
        } catch (DateTimeException notWithOffset) {
            try {
                return LocalDateTime.parse(iso).atZone(zone).toInstant();
            } catch (DateTimeException notLocal) {
                try {
                    return LocalDate.parse(iso).atStartOfDay(zone).toInstant();
                } catch (DateTimeException notADate) {
                    throw new IllegalArgumentException("point_in_time.keys.csv: " + at + ": '" + text + "' in column '"
                            + column + "' is not an ISO-8601 instant, local date-time or date", notADate);
                }
            }
        }
    }

    private static String stripBom(String header) {
        return header.startsWith("\uFEFF") ? header.substring(1) : header;
    }
}
