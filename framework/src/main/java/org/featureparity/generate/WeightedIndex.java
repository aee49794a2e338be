package org.featureparity.generate;

/** Draws an index with probability proportional to its weight; replays and shrinks toward index 0. */
final class WeightedIndex {

    private final int[] weights;
    private final long total;

    WeightedIndex(int[] weights) {
        long sum = 0;
        for (int weight : weights) {
            if (weight < 0) {
                throw new IllegalArgumentException("weights must be >= 0");
            }
            sum += weight;
        }
        if (weights.length == 0 || sum == 0) {
            throw new IllegalArgumentException("at least one alternative needs a positive weight");
        }
        this.weights = weights.clone();
        this.total = sum;
    }

    int draw(Choices choices) {
        int index = (int) choices.draw(weights.length - 1, random -> {
            long roll = random.nextLong(total);
            for (int i = 0; i < weights.length; i++) {
                roll -= weights[i];
                if (roll < 0) {
                    return i;
                }
            }
            return weights.length - 1;
        });
        // a replayed or shrunk index may name a zero-weight alternative: move to the next one that may be drawn
        while (weights[index] == 0) {
            index = (index + 1) % weights.length;
        }
        return index;
    }
}
