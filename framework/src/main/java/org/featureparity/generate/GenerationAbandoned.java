package org.featureparity.generate;

/**
 * A value could not be generated from the choices at hand: a filter found nothing within its retry budget, or a
 * generator drew without bound. Neither a pass nor a counterexample: such a try is invalid.
 */
public final class GenerationAbandoned extends RuntimeException {

    public GenerationAbandoned(String message) {
        super(message);
    }
}
