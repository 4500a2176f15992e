package dev.orgwright.bench;

import dev.orgwright.layout.LayoutBenchmarkRunner;

/**
 * Layout speed and width. Run with
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.orgwright.bench.LayoutBenchmark}.
 * Prints figures; never fails.
 */
public final class LayoutBenchmark {

    private LayoutBenchmark() {
    }

    public static void main(String[] args) {
        LayoutBenchmarkRunner.run();
    }
}
