package org.featureparity.compare;

/**
 * The run was cancelled (its thread interrupted) before a check finished: the check is an ERROR, never a PASS, and
 * so is every check the run reaches after it.
 */
public class CheckCancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CheckCancelledException(String message) {
        super(message);
    }
}
