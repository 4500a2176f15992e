package dev.orgwright.bench;

import java.util.Arrays;

/** The median time of a step, for benchmarks that print figures: warm-up runs first, then timed runs. */
final class Median {

    /** One step to time. */
    @FunctionalInterface
    interface Step {
        void run() throws Exception;
    }

    private Median() {
    }

    /** Median milliseconds of {@code runs} runs of {@code step} after {@code warmUps} untimed ones. */
    static double millis(int warmUps, int runs, Step step) throws Exception {
        for (int i = 0; i < warmUps; i++) {
            step.run();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            step.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms[runs / 2];
    }
}
