package dev.orgwright.bench;

import dev.orgwright.layout.AutoLayoutFigures;
import dev.orgwright.model.InvalidChartException;

/**
 * The automatic layout's speed on up to 1,000,000 boxes and the shape of its charts. Run with
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.orgwright.bench.AutoLayoutBenchmark}.
 * Prints figures; never fails. Arguments {@code BOXES [RUNS]} (say {@code 100000 31}) time the
 * realistic tree of that size only, each mode {@code RUNS} times in this one JVM.
 */
public final class AutoLayoutBenchmark {

    private AutoLayoutBenchmark() {
    }

    public static void main(String[] args) throws InvalidChartException {
        if (args.length == 0) {
            AutoLayoutFigures.run();
        } else {
            AutoLayoutFigures.run(new int[] {Integer.parseInt(args[0])}, args.length > 1 ? Integer.parseInt(args[1]) : 0);
        }
    }
}
