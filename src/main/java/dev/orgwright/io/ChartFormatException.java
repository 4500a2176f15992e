package dev.orgwright.io;

import java.util.List;
import java.util.Optional;

/**
 * A chart document that cannot be read, with where and what: the file, the line and column
 * (or the position), and a sentence saying what is wrong. Reading never returns a half-loaded
 * chart; it returns a whole one or throws this.
 */
public final class ChartFormatException extends Exception {

    private final String source;
    private final int line;
    private final int column;
    private final String reason;
    private final transient List<String> allProblems;

    /**
     * @param source  the file name or another name of where the document came from
     * @param line    1-based line, or 0 when unknown
     * @param column  1-based column, or 0 when unknown
     * @param reason  what is wrong, as a sentence
     */
    public ChartFormatException(String source, int line, int column, String reason) {
        this(source, line, column, reason, List.of());
    }

    ChartFormatException(String source, int line, int column, String reason, List<String> moreProblems) {
        super(compose(source, line, column, reason, moreProblems.size()));
        this.source = source;
        this.line = line;
        this.column = column;
        this.reason = reason;
        this.allProblems = List.copyOf(moreProblems.isEmpty()
                ? List.of(compose(source, line, column, reason, 0)) : moreProblems);
    }

    public String source() {
        return source;
    }

    /** The 1-based line, when known. */
    public Optional<Integer> line() {
        return line > 0 ? Optional.of(line) : Optional.empty();
    }

    /** The 1-based column, when known. */
    public Optional<Integer> column() {
        return column > 0 ? Optional.of(column) : Optional.empty();
    }

    /** What is wrong, without the place. */
    public String reason() {
        return reason;
    }

    /** Every problem found, each with its place; the first is the one of the message. */
    public List<String> problems() {
        return allProblems;
    }

    static String place(String source, int line, int column) {
        StringBuilder where = new StringBuilder(source);
        if (line > 0) {
            where.append(column > 0 ? IoTexts.t("io.place.lineColumn", String.valueOf(line), String.valueOf(column))
                    : IoTexts.t("io.place.line", String.valueOf(line)));
        }
        return where.toString();
    }

    private static String compose(String source, int line, int column, String reason, int problemCount) {
        String more = problemCount > 1 ? " " + IoTexts.t(problemCount == 2 ? "io.place.more.one" : "io.place.more.many",
                problemCount - 1) : "";
        return IoTexts.t("io.place.reason", place(source, line, column), reason) + more;
    }
}
