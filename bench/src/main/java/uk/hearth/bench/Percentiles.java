package uk.hearth.bench;

import java.util.Arrays;

/** Nearest-rank percentiles of measured times. */
final class Percentiles {

    private Percentiles() {
    }

    static double of(double[] values, int percentile) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }
}
