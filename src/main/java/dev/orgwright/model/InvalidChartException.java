package dev.orgwright.model;

import java.util.List;

/**
 * Thrown by {@link ChartBuilder#build()} when outside data does not make a whole chart. It lists
 * every problem found, so a user can fix a file in one go; the message names the first.
 */
public final class InvalidChartException extends Exception {

    private final transient List<ChartProblem> problems;

    public InvalidChartException(List<ChartProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in the order of the data. */
    public List<ChartProblem> problems() {
        return problems;
    }

    private static String summary(List<ChartProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("An invalid chart has at least one problem.");
        }
        String first = problems.get(0).message();
        int more = problems.size() - 1;
        return more == 0 ? first : ModelTexts.t(more == 1 ? "model.invalid.more.one" : "model.invalid.more.other", first, more);
    }
}
