package dev.orgwright.bench;

import dev.orgwright.layout.AutoLayoutFigures;
import dev.orgwright.model.InvalidChartException;

/**
 * The automatic layout's speed on up to 1,000,000 boxes and the shape of its charts. Run with
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.orgwright.bench.AutoLayoutBenchmark}.
 * Prints figures; never fails.
 */
public final class AutoLayoutBenchmark {

    private AutoLayoutBenchmark() {
    }

    public static void main(String[] args) throws InvalidChartException {
        AutoLayoutFigures.run();
    }
}
