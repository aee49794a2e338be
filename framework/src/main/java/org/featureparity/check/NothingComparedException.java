package org.featureparity.check;

/** A check found nothing to compare: it cannot pass, and it did not find a difference either, so it is an ERROR. */
public class NothingComparedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NothingComparedException(String message) {
        super(message);
    }
}
