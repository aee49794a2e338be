package org.featureparity.evidence;

import java.time.Instant;

/**
 * One phase of a check (describe a store, scan and compare, evaluate the gate), so a report shows where the time
 * went and which phase an error came from.
 *
 * @param name     what the phase did, e.g. {@code describe old store}
 * @param status   PASS when it completed, ERROR when it threw
 * @param detail   one sentence on the result, or the error's message; empty when there is nothing to add
 * @param started  when it began
 * @param finished when it ended
 */
public record CheckStep(String name, CheckStatus status, String detail, Instant started, Instant finished) {
}
