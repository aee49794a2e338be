package org.featureparity.engine;

import org.featureparity.check.GroupRun;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.support.hierarchical.EngineExecutionContext;

/** What a node needs while executing: the run's services, and the suite and group it belongs to. */
final class ParityExecutionContext implements EngineExecutionContext {

    private final ParityConfiguration configuration;
    private final EngineExecutionListener listener;
    private final RunEvidence evidence;
    private final StoreRegistry stores;
    private final PipelineRegistry pipelines;
    private final SuiteStores suite;
    private final GroupRun group;

    private ParityExecutionContext(ParityConfiguration configuration, EngineExecutionListener listener, RunEvidence evidence,
                                   StoreRegistry stores, PipelineRegistry pipelines, SuiteStores suite, GroupRun group) {
        this.configuration = configuration;
        this.listener = listener;
        this.evidence = evidence;
        this.stores = stores;
        this.pipelines = pipelines;
        this.suite = suite;
        this.group = group;
    }

    static ParityExecutionContext forRun(ParityConfiguration configuration, EngineExecutionListener listener) {
        RunEvidence evidence = new RunEvidence(configuration);
        return new ParityExecutionContext(configuration, listener, evidence, new StoreRegistry(configuration, evidence),
                new PipelineRegistry(configuration, evidence), null, null);
    }

    ParityExecutionContext withSuite(SuiteStores suiteStores) {
        return new ParityExecutionContext(configuration, listener, evidence, stores, pipelines, suiteStores, null);
    }

    ParityExecutionContext withGroup(GroupRun groupRun) {
        return new ParityExecutionContext(configuration, listener, evidence, stores, pipelines, suite, groupRun);
    }

    ParityConfiguration configuration() {
        return configuration;
    }

    EngineExecutionListener listener() {
        return listener;
    }

    RunEvidence evidence() {
        return evidence;
    }

    StoreRegistry stores() {
        return stores;
    }

    /** The run's pipelines; a group's checks reach its own through {@link GroupRun#pipelines()}. */
    PipelineRegistry pipelines() {
        return pipelines;
    }

    SuiteStores suite() {
        return suite;
    }

    GroupRun group() {
        return group;
    }
}
