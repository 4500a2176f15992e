package dev.orgwright.render;

import dev.orgwright.model.Duty;
import dev.orgwright.model.Position;
import java.util.ArrayList;
import java.util.List;

/**
 * What a card shows besides its title: the holder's name (a consultant may present roles
 * without people) and the duties. Sizing and painting both ask this class where each line
 * goes, so the text always fits the card it was measured for.
 *
 * @param holders whether the holder's name (or "Vacant") is shown
 * @param duties  whether the duties are listed under the name
 */
public record CardContent(boolean holders, boolean duties) {

    /** Title and holder, as the editor shows cards. */
    public static final CardContent DEFAULT = new CardContent(true, false);

    /** At most this many duties are listed; more are summed up as "+N more". */
    public static final int MAX_DUTY_LINES = 6;
    /** A duty wraps at this width at most, so one long sentence cannot widen a card without end. */
    public static final double MAX_DUTY_WIDTH = 300;
    /** A title or a holder's name wraps beyond this width, so a long title makes a taller card, not a wider one. */
    public static final double MAX_TEXT_WIDTH = 220;
    /** A title takes at most this many lines; the last ends with "…" when the title is longer. */
    public static final int MAX_TITLE_LINES = 3;
    /** A holder's name takes at most this many lines. */
    public static final int MAX_HOLDER_LINES = 2;
    /** A duty takes at most this many lines. */
    public static final int MAX_LINES_PER_DUTY = 2;
    public static final double DUTY_SIZE = 11;
    static final double DUTY_LINE = 15;
    /** The distance between two lines of a title. */
    static final double TITLE_LINE = 16;
    /** The distance between two lines of a holder's name. */
    static final double HOLDER_LINE = 15;
    private static final String BULLET = "• ";
    private static final double TITLE_ONLY_HEIGHT = 44;
    private static final double BOTTOM_PADDING = 16;

    /** The baseline of the holder's line, in chart units from the card's top. */
    public double holderBaseline() {
        return CardMetrics.HOLDER_BASELINE;
    }

    /** The lines listing the duties of {@code position}: "• text" each, and "+N more" past the limit. */
    public List<String> dutyLines(Position position) {
        if (!duties) {
            return List.of();
        }
        List<Duty> all = position.duties();
        int shown = all.size() > MAX_DUTY_LINES ? MAX_DUTY_LINES - 1 : all.size();
        List<String> lines = new ArrayList<>(shown + 1);
        for (int i = 0; i < shown; i++) {
            lines.add("• " + all.get(i).text().strip());
        }
        if (shown < all.size()) {
            lines.add("+" + (all.size() - shown) + " more");
        }
        return lines;
    }

    /** The baseline of duty line {@code k} (0-based), in chart units from the card's top. */
    public double dutyBaseline(int k) {
        double first = holders ? CardMetrics.HOLDER_BASELINE + DUTY_LINE + 3 : CardMetrics.TITLE_BASELINE + DUTY_LINE + 3;
        return first + k * DUTY_LINE;
    }

    /**
     * How wide the text of {@code position}'s card is at most, unbroken: the widest of its
     * title, holder and duties, each as wide as it may be before it wraps.
     */
    public double naturalTextWidth(Position position, TextMeasure measure, Theme theme) {
        double widest = Math.min(MAX_TEXT_WIDTH, measure.width(CardMetrics.titleLine(position), CardMetrics.titleStyle(theme)));
        if (holders) {
            widest = Math.max(widest, Math.min(MAX_TEXT_WIDTH,
                    measure.width(CardMetrics.holderLine(position), CardMetrics.holderStyle(theme, position))));
        }
        TextStyle dutyStyle = dutyStyle(theme);
        for (String line : dutyLines(position)) {
            widest = Math.max(widest, Math.min(MAX_DUTY_WIDTH, measure.width(line, dutyStyle)));
        }
        return widest;
    }

    /**
     * The lines of {@code position}'s card whose text may be {@code textWidth} wide (the card's
     * width less its padding), broken between words, each part ending with "…" where it had to
     * be cut.
     */
    public CardText text(Position position, double textWidth, TextMeasure measure, Theme theme) {
        List<String> title = TextWrap.lines(CardMetrics.titleLine(position), textWidth, MAX_TITLE_LINES, measure,
                CardMetrics.titleStyle(theme));
        List<String> holder = holders ? TextWrap.lines(CardMetrics.holderLine(position), textWidth, MAX_HOLDER_LINES,
                measure, CardMetrics.holderStyle(theme, position)) : List.of();
        List<CardText.DutyLine> duties = new ArrayList<>();
        TextStyle dutyStyle = dutyStyle(theme);
        double indent = measure.width(BULLET, dutyStyle);
        for (String line : dutyLines(position)) {
            if (!line.startsWith(BULLET)) {
                duties.add(new CardText.DutyLine(TextWrap.ellipsised(line, textWidth, measure, dutyStyle), false));
                continue;
            }
            List<String> parts = TextWrap.lines(line.substring(BULLET.length()), textWidth - indent, MAX_LINES_PER_DUTY,
                    measure, dutyStyle);
            for (int i = 0; i < parts.size(); i++) {
                duties.add(new CardText.DutyLine(i == 0 ? BULLET + parts.get(i) : parts.get(i), i > 0));
            }
        }
        return new CardText(title, holder, duties);
    }

    /** The baseline of line {@code k} (0-based) of the title, in chart units from the card's top. */
    public double titleBaseline(int k) {
        return CardMetrics.TITLE_BASELINE + k * TITLE_LINE;
    }

    /** The baseline of line {@code k} of the holder's name under a title of {@code titleLines} lines. */
    public double holderBaseline(int titleLines, int k) {
        return CardMetrics.HOLDER_BASELINE + (titleLines - 1) * TITLE_LINE + k * HOLDER_LINE;
    }

    /** The baseline of duty line {@code k} of a card showing {@code text}. */
    public double dutyBaseline(CardText text, int k) {
        double above = holders ? holderBaseline(text.title().size(), Math.max(0, text.holder().size() - 1))
                : titleBaseline(text.title().size() - 1);
        return above + DUTY_LINE + 3 + k * DUTY_LINE;
    }

    /** The height of a card showing {@code text}: the single-line card grown by the extra lines. */
    public double height(CardText text) {
        if (!text.duties().isEmpty()) {
            return Math.ceil(dutyBaseline(text, text.duties().size() - 1) + BOTTOM_PADDING - 2);
        }
        double extra = (text.title().size() - 1) * TITLE_LINE
                + (holders ? Math.max(0, text.holder().size() - 1) * HOLDER_LINE : 0);
        return (holders ? CardMetrics.HEIGHT : TITLE_ONLY_HEIGHT) + extra;
    }

    /** The indent of a duty's continuation lines: the width of its bullet. */
    public static double continuationIndent(TextMeasure measure, Theme theme) {
        return measure.width(BULLET, dutyStyle(theme));
    }

    /** The height of a card with {@code dutyLines} duty lines. */
    public double height(int dutyLines) {
        if (dutyLines > 0) {
            return Math.ceil(dutyBaseline(dutyLines - 1) + BOTTOM_PADDING - 2);
        }
        return holders ? CardMetrics.HEIGHT : TITLE_ONLY_HEIGHT;
    }

    /** The font of the duty lines. */
    public static TextStyle dutyStyle(Theme theme) {
        return theme.text(DUTY_SIZE, false, false, theme.holder());
    }
}
