package org.featureparity.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Shrinks a failing choice sequence toward the simplest one that still fails, the way Hypothesis' reducer does:
 * delete spans and chunks, zero chunks, lower single values by binary search, sort adjacent sibling spans, move value
 * from one choice to a later one. Each candidate is replayed through the generator; only a candidate that still
 * fails and is simpler in shortlex order replaces the best. Deterministic: the passes try candidates in a fixed
 * order, so the same failing sequence always shrinks to the same result.
 */
final class Shrinker {

    /** Replays a candidate: present when it still fails, with what the replay really drew. */
    @FunctionalInterface
    interface Replayer {
        Optional<Replay> replay(ChoiceSequence candidate);
    }

    /** A replay that still failed: the choices it drew and their spans. */
    record Replay(ChoiceSequence choices, List<Choices.Span> spans) {
    }

    /** The simplest failing sequence found, how many replacements led to it and how many replays it took. */
    record Outcome(Replay best, int steps, int replays) {
    }

    private final Replayer replayer;
    private final int budget;
    private Replay best;
    private int steps;
    private int replays;

    private Shrinker(Replayer replayer, Replay start, int budget) {
        this.replayer = replayer;
        this.best = start;
        this.budget = budget;
    }

    /** Shrinks {@code start}, which must be a failing replay, spending at most {@code budget} replays. */
    static Outcome shrink(Replay start, Replayer replayer, int budget) {
        Shrinker shrinker = new Shrinker(replayer, start, budget);
        shrinker.run();
        return new Outcome(shrinker.best, shrinker.steps, shrinker.replays);
    }

    private void run() {
        boolean improved = true;
        while (improved && !exhausted()) {
            ChoiceSequence before = best.choices();
            deleteSpans();
            deleteChunks();
            zeroChunks();
            lowerValues();
            sortSiblingSpans();
            moveValueRight();
            improved = best.choices().isSimplerThan(before);
        }
    }

    private void deleteSpans() {
        // largest spans first: removing a whole element beats nibbling at it
        for (int i = 0; !exhausted(); i++) {
            List<Choices.Span> spans = new ArrayList<>(best.spans());
            spans.sort(Comparator.comparingInt(Choices.Span::length).reversed().thenComparingInt(Choices.Span::start));
            if (i >= spans.size()) {
                return;
            }
            Choices.Span span = spans.get(i);
            if (span.end() <= best.choices().size() && attempt(without(best.choices(), span.start(), span.end()))) {
                i--;  // the spans changed: look at the same rank again
            }
        }
    }

    private void deleteChunks() {
        for (int size : new int[] {8, 4, 2, 1}) {
            for (int start = best.choices().size() - size; start >= 0 && !exhausted(); start--) {
                if (start + size <= best.choices().size()) {
                    attempt(without(best.choices(), start, start + size));
                }
            }
        }
    }

    private void zeroChunks() {
        for (int size : new int[] {8, 4, 2}) {
            for (int start = 0; start + size <= best.choices().size() && !exhausted(); start++) {
                List<Long> values = new ArrayList<>(best.choices().values());
                boolean changed = false;
                for (int i = start; i < start + size; i++) {
                    changed |= values.set(i, 0L) != 0L;
                }
                if (changed) {
                    attempt(new ChoiceSequence(values));
                }
            }
        }
    }

    private void lowerValues() {
        for (int index = 0; index < best.choices().size() && !exhausted(); index++) {
            long value = best.choices().get(index);
            if (value == 0 || attempt(with(best.choices(), index, 0))) {
                continue;
            }
            // binary search for the smallest value that still fails, assuming larger values keep failing
            long failing = value;
            long passing = 0;
            while (failing - passing > 1 && !exhausted() && index < best.choices().size()) {
                long middle = passing + (failing - passing) / 2;
                if (attempt(with(best.choices(), index, middle))) {
                    failing = middle;
                } else {
                    passing = middle;
                }
            }
        }
    }

    private void sortSiblingSpans() {
        List<Choices.Span> spans = best.spans();
        for (int i = 0; i < spans.size() && !exhausted(); i++) {
            for (int j = 0; j < spans.size() && !exhausted(); j++) {
                Choices.Span a = spans.get(i);
                Choices.Span b = spans.get(j);
                if (a.end() == b.start() && a.depth() == b.depth() && a.length() == b.length()
                        && b.end() <= best.choices().size()) {
                    List<Long> values = new ArrayList<>(best.choices().values());
                    List<Long> first = new ArrayList<>(values.subList(a.start(), a.end()));
                    List<Long> second = new ArrayList<>(values.subList(b.start(), b.end()));
                    for (int k = 0; k < a.length(); k++) {
                        values.set(a.start() + k, second.get(k));
                        values.set(b.start() + k, first.get(k));
                    }
                    if (attempt(new ChoiceSequence(values))) {
                        spans = best.spans();
                    }
                }
            }
        }
    }

    private void moveValueRight() {
        for (int i = 0; i < best.choices().size() && !exhausted(); i++) {
            for (int j = i + 1; j < Math.min(best.choices().size(), i + 8) && !exhausted(); j++) {
                long amount = best.choices().get(i);
                if (amount == 0) {
                    break;
                }
                List<Long> values = new ArrayList<>(best.choices().values());
                values.set(i, 0L);
                values.set(j, saturatingAdd(values.get(j), amount));
                attempt(new ChoiceSequence(values));
            }
        }
    }

    /** Replays a candidate and keeps it when it still fails and is simpler; true when it was kept. */
    private boolean attempt(ChoiceSequence candidate) {
        if (exhausted() || !candidate.isSimplerThan(best.choices())) {
            return false;
        }
        replays++;
        Optional<Replay> replay = replayer.replay(candidate);
        if (replay.isPresent() && replay.get().choices().isSimplerThan(best.choices())) {
            best = replay.get();
            steps++;
            return true;
        }
        return false;
    }

    private boolean exhausted() {
        return replays >= budget;
    }

    private static ChoiceSequence without(ChoiceSequence sequence, int start, int end) {
        List<Long> values = new ArrayList<>(sequence.values().subList(0, start));
        values.addAll(sequence.values().subList(end, sequence.size()));
        return new ChoiceSequence(values);
    }

    private static ChoiceSequence with(ChoiceSequence sequence, int index, long value) {
        List<Long> values = new ArrayList<>(sequence.values());
        values.set(index, value);
        return new ChoiceSequence(values);
    }

    private static long saturatingAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }
}
