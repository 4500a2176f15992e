package dev.orgwright.render;

import dev.orgwright.model.Position;

/**
 * The geometry of a card, in chart units, shared by the painter and by whatever measures cards
 * for the layout, so that the text always fits the box it was measured for.
 */
public final class CardMetrics {

    /** Half the width, in screen pixels, of the collapse control at the bottom centre of a manager's card. */
    public static final double TOGGLE_HALF_WIDTH = 16;
    /** How far, in screen pixels, above and below a card's bottom edge the collapse control reaches. */
    public static final double TOGGLE_HALF_HEIGHT = 10;


    /** The coloured tier band along the top edge. */
    public static final double BAND_HEIGHT = 4;
    public static final double PADDING_X = 14;
    public static final double MIN_WIDTH = 150;
    public static final double HEIGHT = 64;
    public static final double CORNER_RADIUS = 6;
    public static final double TITLE_BASELINE = 29;
    public static final double HOLDER_BASELINE = 48;
    public static final double TITLE_SIZE = 13;
    public static final double HOLDER_SIZE = 12;
    /** What a card says where a holder's name would be. */
    public static String vacant() {
        return RenderTexts.t("card.vacant");
    }

    /** What a card says for a holder whose name is not disclosed: never a name, and not "Vacant". */
    public static String notDisclosed() {
        return RenderTexts.t("card.notDisclosed");
    }

    private CardMetrics() {
    }

    /** The title's font, in the theme's colours. */
    public static TextStyle titleStyle(Theme theme) {
        return theme.text(TITLE_SIZE, true, false, theme.title());
    }

    /**
     * The font of the holder's name; "Vacant" in italics in the vacancy colour, "Not disclosed"
     * in italics in the holder's colour (the position is filled).
     */
    public static TextStyle holderStyle(Theme theme, Position position) {
        return position.isVacant()
                ? theme.text(HOLDER_SIZE, false, true, theme.vacant())
                : theme.text(HOLDER_SIZE, false, position.isHolderUndisclosed(), theme.holder());
    }

    /**
     * The first line of the card: the title, and for a pool (a position of more than one FTE) how
     * many FTE it stands for: "Tax Officer × 12.5 FTE".
     */
    public static String titleLine(Position position) {
        String title = position.title().strip();
        return isPool(position) ? title + " × " + position.fte().toPlainString() + " FTE" : title;
    }

    /** Whether the position stands for more than one full-time role, and is drawn as a pool. */
    public static boolean isPool(Position position) {
        return position.fte().compareTo(java.math.BigDecimal.ONE) > 0;
    }

    /** The second line of the card: the holder, "Vacant" or "Not disclosed". */
    public static String holderLine(Position position) {
        return position.isVacant() ? vacant() : position.isHolderUndisclosed() ? notDisclosed() : position.holder().strip();
    }

    /** A card wide enough for both lines, in whole units so that borders land on pixels. */
    public static double widthFor(double titleWidth, double holderWidth) {
        return Math.max(MIN_WIDTH, Math.ceil(Math.max(titleWidth, holderWidth) + 2 * PADDING_X));
    }
}
