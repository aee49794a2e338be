package org.featureparity.compare;

/** A check ran out of time before it could finish: reported as ERROR, with what it had done so far if anything. */
public class CheckTimeoutException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CheckTimeoutException(String message) {
        super(message);
    }
}
