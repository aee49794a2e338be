package org.featureparity.temporal;

import java.util.List;
import java.util.Optional;
import org.featureparity.contract.Bounds;
import org.featureparity.contract.Side;

/**
 * What the probes showed about one side's window: the bounds it implements when every probe was decided and
 * consistent, and otherwise why not.
 *
 * @param undecided   why the probes could not tell (e.g. the features do not react to an event inside the window);
 *                    such a side makes the check an error
 * @param problems    a window not where the contract puts it, each naming the end (e.g. counting an event after t)
 */
public record ImplementedBounds(Side side, Optional<Bounds> bounds, List<String> undecided, List<String> problems) {

    public ImplementedBounds {
        undecided = List.copyOf(undecided);
        problems = List.copyOf(problems);
    }

    public boolean decided() {
        return undecided.isEmpty();
    }
}
