package dev.orgwright.bench;

import dev.orgwright.layout.DottedLineFigures;
import dev.orgwright.model.InvalidChartException;

/**
 * How long routing dotted lines around the cards takes: 50 lines on a 5,000-position chart and
 * 1,000 on a 100,000-position chart, in auto layout. Run with
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.orgwright.bench.DottedLineBenchmark}.
 * Prints figures; never fails.
 */
public final class DottedLineBenchmark {

    private DottedLineBenchmark() {
    }

    public static void main(String[] args) throws InvalidChartException {
        DottedLineFigures.run();
    }
}
