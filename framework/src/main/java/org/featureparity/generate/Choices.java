package org.featureparity.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToLongFunction;

/**
 * The source generators draw from: fresh choices from a seeded random source, or a replay of a recorded
 * {@link ChoiceSequence}. Every draw is recorded, so whatever was generated can be replayed and shrunk.
 *
 * <p>A replay reads 0 (the simplest choice) beyond the end of its sequence and clamps a recorded value to the
 * draw's bound, so any sequence the shrinker invents still generates something. A case that draws more than
 * {@link #MAX_CHOICES} choices is abandoned ({@link GenerationAbandoned}), which keeps runaway recursion finite.
 */
public final class Choices {

    /** More draws than this for one value is treated as a generator that does not terminate. */
    public static final int MAX_CHOICES = 100_000;

    private final SplittableRandom random;
    private final List<Long> replay;
    private final List<Long> drawn = new ArrayList<>();
    private final List<Span> spans = new ArrayList<>();
    private int depth;

    private Choices(SplittableRandom random, List<Long> replay) {
        this.random = random;
        this.replay = replay;
    }

    /** Fresh choices from a seeded source: the same seed draws the same choices. */
    public static Choices random(long seed) {
        return new Choices(new SplittableRandom(seed), List.of());
    }

    /** Replays a recorded sequence. */
    public static Choices replay(ChoiceSequence sequence) {
        return new Choices(null, sequence.values());
    }

    /** A uniform choice in {@code [0, max]}, biased toward both ends when fresh so edges show up early. */
    public long draw(long max) {
        return draw(max, source -> biased(source, max));
    }

    /**
     * A choice in {@code [0, max]}; when fresh, the sampler picks it (e.g. a weighted index). The sampler's result
     * is clamped into the bound, so a sampler cannot record a choice a replay would read differently.
     */
    public long draw(long max, ToLongFunction<SplittableRandom> sampler) {
        if (max < 0) {
            throw new IllegalArgumentException("a choice bound must be >= 0, was " + max);
        }
        if (drawn.size() >= MAX_CHOICES) {
            throw new GenerationAbandoned("more than " + MAX_CHOICES + " choices for one value");
        }
        long value;
        if (random != null) {
            value = sampler.applyAsLong(random);
        } else {
            value = drawn.size() < replay.size() ? replay.get(drawn.size()) : 0L;
        }
        value = Math.max(0L, Math.min(max, value));
        drawn.add(value);
        return value;
    }

    /** A coin that comes up true with the given probability when fresh; false (0) is the simpler choice. */
    public boolean weightedCoin(double probabilityTrue) {
        return draw(1, source -> source.nextDouble() < probabilityTrue ? 1 : 0) == 1;
    }

    /**
     * An index drawn with probability proportional to its weight (zero-weight indices are never drawn fresh);
     * shrinks toward index 0, so put the ordinary alternative first.
     */
    public int drawWeighted(int... weights) {
        return new WeightedIndex(weights).draw(this);
    }

    /** Generates a value as one span, so the shrinker can delete or reorder it as a unit. */
    public <T> T generate(Generator<T> generator) {
        int start = drawn.size();
        depth++;
        try {
            return generator.generate(this);
        } finally {
            depth--;
            int end = drawn.size();
            if (end > start) {
                spans.add(new Span(start, end, depth));
            }
        }
    }

    /** The choices drawn so far, as a sequence that replays to the same value. */
    public ChoiceSequence recorded() {
        return new ChoiceSequence(drawn);
    }

    /** The spans of choices each nested generation drew. */
    List<Span> spans() {
        return List.copyOf(spans);
    }

    private static long biased(SplittableRandom source, long max) {
        int roll = source.nextInt(32);
        if (roll == 0) {
            return 0;
        }
        if (roll == 1) {
            return max;
        }
        return max == Long.MAX_VALUE ? source.nextLong() & Long.MAX_VALUE : source.nextLong(max + 1);
    }

    /** The choices {@code [start, end)} one nested generation drew, at its nesting depth. */
    record Span(int start, int end, int depth) {
        int length() {
            return end - start;
        }
    }
}
