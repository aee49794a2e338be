package org.featureparity.compare;

/**
 * Why a comparison stopped before reading every row ({@code fail_fast}), and how far it got. Whatever it found so
 * far is real; what it did not read is unknown, so nothing it decided can pass.
 *
 * @param reason     e.g. {@code fail_fast.max_mismatches=100 reached}
 * @param rowsOld    old rows read before stopping
 * @param rowsNew    new rows read before stopping
 * @param mismatches differing rows and one-sided entities found before stopping
 */
public record EarlyStop(String reason, long rowsOld, long rowsNew, long mismatches) {

    public String describe() {
        return "the comparison stopped early (" + reason + ") after reading " + rowsOld + " old and " + rowsNew
                + " new rows and finding " + mismatches + " differing rows";
    }
}
