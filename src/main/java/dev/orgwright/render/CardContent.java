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
    /** A duty line is cut (by the card's clip) beyond this width, so one long sentence cannot widen a card without end. */
    public static final double MAX_DUTY_WIDTH = 300;
    public static final double DUTY_SIZE = 11;
    static final double DUTY_LINE = 15;
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
