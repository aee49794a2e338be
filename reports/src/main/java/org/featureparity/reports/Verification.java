package org.featureparity.reports;

import java.util.List;

/**
 * What {@link ParityVerify} found: nothing wrong, or one line per problem naming the file.
 *
 * @param problems e.g. {@code CHANGED allure-results/…-attachment.html}; empty when the evidence is intact
 * @param files    how many evidence files the manifest lists
 * @param digest   the recorded digest, to compare with the one quoted in a ticket or CI log
 */
public record Verification(List<String> problems, int files, String digest) {

    public Verification {
        problems = List.copyOf(problems);
    }

    public boolean intact() {
        return problems.isEmpty();
    }
}
