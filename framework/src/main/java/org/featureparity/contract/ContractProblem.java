package org.featureparity.contract;

/**
 * One thing wrong with a contract, precise enough to fix without guessing.
 *
 * @param origin   the file or class that declared the contract
 * @param line     1-based line in the file, or 0 when unknown
 * @param field    the path of the offending field, e.g. {@code features[2].type}
 * @param message  what was found and what was expected
 */
public record ContractProblem(String origin, int line, String field, String message) {

    @Override
    public String toString() {
        String where = line > 0 ? origin + ":" + line : origin;
        return where + ": " + field + ": " + message;
    }
}
