package dev.orgwright.bench;

import dev.orgwright.layout.DottedLineFigures;
import dev.orgwright.model.InvalidChartException;

/**
 * How long routing dotted lines around the cards takes: 50 lines on a 5,000-position chart and
 * 1,000 on a 100,000-position chart, in auto layout. Run with
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.orgwright.bench.DottedLineBenchmark}.
 * Prints figures; never fails. Two arguments, positions and lines, measure that one chart.
 */
public final class DottedLineBenchmark {

    private DottedLineBenchmark() {
    }

    public static void main(String[] args) throws InvalidChartException {
        if (args.length == 2) {
            DottedLineFigures.run(new int[][] {{Integer.parseInt(args[0]), Integer.parseInt(args[1])}});
        } else {
            DottedLineFigures.run();
        }
    }
}
