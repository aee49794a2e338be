package org.featureparity.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicInteger;
import org.featureparity.api.Constants;
import org.featureparity.check.Memo;
import org.featureparity.pipeline.PipelinePair;
import org.featureparity.pipeline.sql.SqlPipelines;
import org.featureparity.runtime.ExternalStoreRuntime;
import org.featureparity.runtime.PipelineServer;
import org.featureparity.runtime.StoreRuntime;
import org.featureparity.store.StoreException;

/**
 * The pipelines of a run: one server the framework starts on first need (from the first runtime that can start
 * one, the configured runtime first), each group's pair opened once on databases of their own there, all closed
 * when the run ends. Pipelines never run on a store under comparison.
 */
final class PipelineRegistry implements AutoCloseable {

    private final ParityConfiguration configuration;
    private final RunEvidence evidence;
    private final Memo<PipelineServer> server = new Memo<>(this::startServer);
    private final Map<String, Memo<PipelinePair>> pairs = new LinkedHashMap<>();
    private final AtomicInteger databases = new AtomicInteger();
    private volatile boolean serverStarted;

    PipelineRegistry(ParityConfiguration configuration, RunEvidence evidence) {
        this.configuration = configuration;
        this.evidence = evidence;
    }

    /** The group's pipelines, opened on first need; empty when it declares none. */
    Optional<PipelinePair> pipelines(SuiteDefinition suite, GroupDefinition group) {
        Optional<PipelineSource> source = group.properties().pipelines();
        if (source.isEmpty()) {
            return Optional.empty();
        }
        Memo<PipelinePair> pair;
        synchronized (pairs) {
            pair = pairs.computeIfAbsent(suite.id() + "|" + group.name(), key -> new Memo<>(() -> open(group.name(), source.get())));
        }
        return Optional.of(pair.get());
    }

    private PipelinePair open(String group, PipelineSource source) {
        PipelineServer owned = server.get();
        String base = "pipelines_" + group.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "_")
                .substring(0, Math.min(group.length(), 40)) + "_" + databases.incrementAndGet();
        try {
            return SqlPipelines.open(source.declaration(), source.scripts(), owned.createDatabase(base + "_old"),
                    owned.createDatabase(base + "_new"));
        } catch (RuntimeException e) {
            throw new StoreException("the pipelines of group " + group + " (" + source.origin() + ") could not be opened: "
                    + e.getMessage(), e);
        }
    }

    private PipelineServer startServer() {
        List<StoreRuntime> runtimes = new ArrayList<>();
        ServiceLoader.load(StoreRuntime.class, Thread.currentThread().getContextClassLoader()).forEach(runtimes::add);
        String preferred = configuration.runtime();
        runtimes.sort(java.util.Comparator.comparingInt(runtime -> runtime.name().equals(preferred) ? 0 : 1));
        List<String> tried = new ArrayList<>();
        for (StoreRuntime runtime : runtimes) {
            if (runtime.name().equals(ExternalStoreRuntime.NAME) || !runtime.isAvailable()) {
                continue;
            }
            Optional<PipelineServer> started = runtime.startPipelineServer();
            if (started.isPresent()) {
                serverStarted = true;
                evidence.environment("pipelines.server", started.get().description());
                return started.get();
            }
            tried.add(runtime.name());
        }
        throw new StoreException("no runtime can start a database for pipelines (tried " + tried + "): add parity-postgres "
                + "to the test classpath for the embedded runtime; pipelines never run on stores under comparison"
                + (preferred.equals(Constants.RUNTIME_AUTO) ? "" : " (" + Constants.RUNTIME + "=" + preferred + ")"));
    }

    @Override
    public void close() {
        List<Memo<PipelinePair>> all;
        synchronized (pairs) {
            all = new ArrayList<>(pairs.values());
            pairs.clear();
        }
        for (Memo<PipelinePair> pair : all) {
            try {
                pair.get().close();
            } catch (RuntimeException ignored) {
                // a pair that failed to open has nothing to close
            }
        }
        if (serverStarted) {
            server.get().close();
        }
    }
}
