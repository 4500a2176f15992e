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
    /** A duty line is cut (by the card's clip) beyond this width, so one long sentence cannot widen a card without end. */
    public static final double MAX_DUTY_WIDTH = 300;
    public static final double DUTY_SIZE = 11;
    static final double DUTY_LINE = 15;
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
