package org.featureparity.pipeline;

/** A pipeline could not load or compute: an error of the run, never a disagreement between pipelines. */
public final class PipelineException extends RuntimeException {

    public PipelineException(String message, Throwable cause) {
        super(message, cause);
    }

    public PipelineException(String message) {
        super(message);
    }
}
