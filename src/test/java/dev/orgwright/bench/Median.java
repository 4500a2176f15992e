package dev.orgwright.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * The median time of a step, for benchmarks that print figures: warm-up runs first, then timed
 * runs. Besides the wall-clock time it gives the CPU time of the running thread, which a machine
 * shared with other work disturbs much less (it leaves out the garbage collector's threads).
 */
final class Median {

    /** One step to time. */
    @FunctionalInterface
    interface Step {
        void run() throws Exception;
    }

    /** Median wall-clock and thread CPU milliseconds. */
    record Times(double wallMillis, double cpuMillis) {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private Median() {
    }

    /** Median wall-clock milliseconds of {@code runs} runs of {@code step} after {@code warmUps} untimed ones. */
    static double millis(int warmUps, int runs, Step step) throws Exception {
        return times(warmUps, runs, step).wallMillis();
    }

    /** Median wall-clock and thread CPU milliseconds of {@code runs} runs after {@code warmUps} untimed ones. */
    static Times times(int warmUps, int runs, Step step) throws Exception {
        for (int i = 0; i < warmUps; i++) {
            step.run();
        }
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            step.run();
            wall[i] = (System.nanoTime() - start) / 1e6;
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new Times(wall[runs / 2], cpu[runs / 2]);
    }
}
