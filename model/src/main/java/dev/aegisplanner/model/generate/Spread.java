package dev.aegisplanner.model.generate;

import java.util.Random;

/** Spreads a number of children over parents unevenly, the way real metros differ in size. */
final class Spread {

    private Spread() {
    }

    /**
     * How many of {@code total} children each of {@code parents} gets: every parent at least one while
     * there are enough, the rest in proportion to random weights (largest remainder, so the sum is exact).
     */
    static int[] counts(int total, int parents, Random random) {
        int[] counts = new int[parents];
        if (parents == 0) {
            return counts;
        }
        if (total < parents) {
            for (int i = 0; i < total; i++) {
                counts[i * parents / total] = 1;
            }
            return counts;
        }
        double[] weights = new double[parents];
        double sum = 0;
        for (int i = 0; i < parents; i++) {
            double w = 0.3 + random.nextDouble();
            weights[i] = w * w;
            sum += weights[i];
        }
        int rest = total - parents;
        int given = 0;
        double[] remainders = new double[parents];
        for (int i = 0; i < parents; i++) {
            double exact = rest * weights[i] / sum;
            int whole = (int) exact;
            counts[i] = 1 + whole;
            given += whole;
            remainders[i] = exact - whole;
        }
        for (int left = rest - given; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < parents; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            counts[best]++;
            remainders[best] = -1;
        }
        return counts;
    }
}
