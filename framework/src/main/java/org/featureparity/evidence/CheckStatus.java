package org.featureparity.evidence;

/** The outcome of one check; also a group's verdict. */
public enum CheckStatus {
    /** Ran to completion on a non-empty comparison and met its gate. */
    PASS,
    /** Ran to completion and found the stores disagree beyond the gate. */
    FAIL,
    /** Could not run to completion: never a pass. */
    ERROR,
    /** Not run, with a reason. */
    SKIPPED;

    /** A group's verdict from its checks: any ERROR, else any FAIL, else PASS; SKIPPED only when nothing ran. */
    public static CheckStatus verdictOf(Iterable<CheckStatus> statuses) {
        boolean anyRan = false;
        boolean anyFailed = false;
        for (CheckStatus status : statuses) {
            if (status == ERROR) {
                return ERROR;
            }
            anyFailed |= status == FAIL;
            anyRan |= status != SKIPPED;
        }
        if (anyFailed) {
            return FAIL;
        }
        return anyRan ? PASS : SKIPPED;
    }
}
