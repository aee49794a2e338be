package org.featureparity.runtime;

import org.featureparity.store.FeatureStore;

/** A store a runtime made available for a run; closing it stops whatever the runtime started. */
public interface ProvisionedStore extends AutoCloseable {

    FeatureStore store();

    @Override
    void close();
}
