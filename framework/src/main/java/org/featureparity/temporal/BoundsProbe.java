package org.featureparity.temporal;

import java.time.Instant;
import java.time.ZoneId;
import org.featureparity.contract.Side;

/**
 * One window-bounds probe: a history with a single event at {@code eventTime}, computed as of {@code asOf} in
 * {@code zone} by one side's pipeline; {@code counted} says whether the features differ from those of the same
 * history without the event.
 *
 * @param values the features computed with the event, rendered for the evidence
 */
public record BoundsProbe(Side side, ZoneId zone, Instant asOf, String position, Instant eventTime, boolean counted,
                          String values) {
}
