package org.featureparity.store;

/** A store could not answer: unreachable, missing table, failed query. A check hitting it reports ERROR. */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
