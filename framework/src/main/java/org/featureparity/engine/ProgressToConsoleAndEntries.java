package org.featureparity.engine;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.featureparity.compare.ComparisonProgress;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.reporting.ReportEntry;

/**
 * A long comparison's progress, told to whoever watches the run: a console line (through {@link System.Logger}) and a
 * JUnit reporting entry on the check that is running, which IDEs, build tools and CI logs show as it arrives.
 */
final class ProgressToConsoleAndEntries implements ComparisonProgress.Listener {

    private static final System.Logger LOG = System.getLogger(ProgressToConsoleAndEntries.class.getName());

    private final EngineExecutionListener listener;
    private final TestDescriptor node;
    private final String check;

    ProgressToConsoleAndEntries(ParityExecutionContext context, TestDescriptor node) {
        this.listener = context.listener();
        this.node = node;
        this.check = node.getDisplayName();
    }

    @Override
    public void progress(ComparisonProgress progress) {
        LOG.log(System.Logger.Level.INFO, () -> check + ": " + progress.describe());
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put("parity.progress.phase", progress.phase());
        entry.put("parity.progress.rows.old", Long.toString(progress.rowsOld()));
        entry.put("parity.progress.rows.new", Long.toString(progress.rowsNew()));
        entry.put("parity.progress.rows-per-second", String.format(Locale.ROOT, "%.0f", progress.rowsPerSecond()));
        progress.expectedRows().ifPresent(rows -> entry.put("parity.progress.rows.expected", Long.toString(rows)));
        progress.remaining().ifPresent(left -> entry.put("parity.progress.remaining", left.toString()));
        // the comparison may report from its reading threads; listeners expect one call at a time
        synchronized (listener) {
            listener.reportingEntryPublished(node, ReportEntry.from(entry));
        }
    }
}
