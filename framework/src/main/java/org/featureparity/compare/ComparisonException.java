package org.featureparity.compare;

/** The comparison cannot give a trustworthy answer (duplicate or unordered keys): the check reports ERROR. */
public class ComparisonException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ComparisonException(String message) {
        super(message);
    }
}
