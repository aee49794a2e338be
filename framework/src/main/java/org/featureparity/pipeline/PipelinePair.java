package org.featureparity.pipeline;

/** The old and the new computation of the same features, run on the same generated histories. */
public record PipelinePair(FeaturePipeline oldPipeline, FeaturePipeline newPipeline) implements AutoCloseable {

    @Override
    public void close() {
        try {
            oldPipeline.close();
        } finally {
            newPipeline.close();
        }
    }
}
