package org.featureparity.engine;

/** A check could not run to completion: reported as an errored test ("broken" in Allure), never as passed. */
final class CheckCouldNotRunException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CheckCouldNotRunException(String message, Throwable cause) {
        super(message, cause);
    }
}
