package dev.orgwright.render;

import dev.orgwright.model.CardTemplate;
import dev.orgwright.model.Duty;
import dev.orgwright.model.Position;
import java.util.ArrayList;
import java.util.List;

/**
 * What a card shows: the lines of the chart's {@link CardTemplate} in their order (the holder's
 * name left out when a consultant presents roles without people), the photo, and the duties.
 * Sizing and painting both ask this class where each line goes, so the text always fits the card
 * it was measured for.
 *
 * @param holders  whether the holder's name (or "Vacant") is shown
 * @param duties   whether the duties are listed under the lines
 * @param template the chart's card template
 */
public record CardContent(boolean holders, boolean duties, CardTemplate template) {

    /** Title and holder, as the editor shows cards. */
    public static final CardContent DEFAULT = new CardContent(true, false);

    /** The diameter of a photo on the card, in chart units. */
    public static final double PHOTO_SIZE = 40;
    /** Where the photo starts from the card's left edge. */
    public static final double PHOTO_LEFT = 10;
    /** How much wider a card with a photo is: the photo and a gap before the text. */
    public static final double PHOTO_SPACE = PHOTO_LEFT + PHOTO_SIZE + 8 - CardMetrics.PADDING_X;

    public CardContent {
        java.util.Objects.requireNonNull(template, "template");
    }

    /** Holders and duties as asked, in the default template. */
    public CardContent(boolean holders, boolean duties) {
        this(holders, duties, CardTemplate.DEFAULT);
    }

    /** The same content with the lines and photo of {@code v}. */
    public CardContent withTemplate(CardTemplate v) {
        return new CardContent(holders, duties, v);
    }

    /** The lines the cards show from the top: the template's, without the holder when holders are off. */
    public List<String> lines() {
        return holders ? template.lines() : template.without(CardTemplate.HOLDER).lines();
    }

    /** The baseline of line {@code k} (0-based) of {@link #lines()}, in chart units from the card's top. */
    public double lineBaseline(int k) {
        return k == 0 ? CardMetrics.TITLE_BASELINE : CardMetrics.HOLDER_BASELINE + (k - 1) * DUTY_LINE;
    }

    /** Whether {@code position}'s card keeps room for a photo on its left. */
    public boolean showsPhoto(Position position) {
        return template.photo() && !position.photo().isEmpty();
    }

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
        int k = lines().indexOf(CardTemplate.HOLDER);
        return lineBaseline(Math.max(k, 0));
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
        double first = lineBaseline(Math.max(0, lines().size() - 1)) + DUTY_LINE + 3;
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

    /**
     * One line of text on a card: which template line it belongs to ({@code "title"},
     * {@code "holder"}, or another of the template's lines), which part of it (a wrapped title
     * or name has several), its text (empty for a template line the painter fills in from the
     * chart: a department, a field, a roll-up) and its baseline in chart units from the card's top.
     */
    public record Placed(String line, int part, String text, double baseline) {
    }

    /**
     * Where each line of a card showing {@code text} goes, in the template's order: the first
     * line at the title's baseline, the second entry at the holder's, each further entry one
     * duty line lower; a wrapped title or name takes the room of its extra lines.
     */
    public List<Placed> place(CardText text) {
        List<Placed> out = new ArrayList<>();
        double y = CardMetrics.TITLE_BASELINE;
        int entry = 0;
        for (String line : lines()) {
            List<String> parts = line.equals(CardTemplate.TITLE) ? text.title()
                    : line.equals(CardTemplate.HOLDER) ? text.holder() : List.of("");
            if (parts.isEmpty()) {
                continue;
            }
            double within = line.equals(CardTemplate.TITLE) ? TITLE_LINE
                    : line.equals(CardTemplate.HOLDER) ? HOLDER_LINE : DUTY_LINE;
            for (int i = 0; i < parts.size(); i++) {
                if (entry > 0 || i > 0) {
                    y += i > 0 ? within : entry == 1 ? CardMetrics.HOLDER_BASELINE - CardMetrics.TITLE_BASELINE
                            : DUTY_LINE;
                }
                out.add(new Placed(line, i, parts.get(i), y));
            }
            entry++;
        }
        return out;
    }

    /** The baseline of line {@code k} (0-based) of the title, in chart units from the card's top. */
    public double titleBaseline(int k) {
        return CardMetrics.TITLE_BASELINE + k * TITLE_LINE;
    }

    /** The baseline of duty line {@code k} of a card showing {@code text}. */
    public double dutyBaseline(CardText text, int k) {
        List<Placed> placed = place(text);
        double above = placed.isEmpty() ? CardMetrics.TITLE_BASELINE : placed.get(placed.size() - 1).baseline();
        return above + DUTY_LINE + 3 + k * DUTY_LINE;
    }

    /** The height of a card showing {@code text}: the card of its template lines grown by the wrapped lines and the duties. */
    public double height(CardText text) {
        if (!text.duties().isEmpty()) {
            return Math.ceil(dutyBaseline(text, text.duties().size() - 1) + BOTTOM_PADDING - 2);
        }
        List<Placed> placed = place(text);
        if (placed.isEmpty()) {
            return TITLE_ONLY_HEIGHT;
        }
        double last = placed.get(placed.size() - 1).baseline();
        long entries = placed.stream().filter(pl -> pl.part() == 0).count();
        if (entries <= 1) {
            return TITLE_ONLY_HEIGHT + (last - CardMetrics.TITLE_BASELINE);
        }
        if (entries == 2) {
            return CardMetrics.HEIGHT + (last - CardMetrics.HOLDER_BASELINE);
        }
        return Math.ceil(last + BOTTOM_PADDING - 2);
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
        int n = lines().size();
        return n <= 1 ? TITLE_ONLY_HEIGHT : n == 2 ? CardMetrics.HEIGHT
                : Math.ceil(lineBaseline(n - 1) + BOTTOM_PADDING - 2);
    }

    /** The font of the duty lines. */
    public static TextStyle dutyStyle(Theme theme) {
        return theme.text(DUTY_SIZE, false, false, theme.holder());
    }
}
