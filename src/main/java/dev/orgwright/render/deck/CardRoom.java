package dev.orgwright.render.deck;

/**
 * The height left on a card for its lines, in points, when a slide sets the card's text larger
 * than the card was sized for (a whole chart on one slide, drawn under the deck's smallest text
 * size): lines are given out from the top while they fit, so that the text that is shown stays
 * inside the card. On any other slide the card was sized for its lines and the room is unlimited.
 */
final class CardRoom {

    /** A line's height as a share of its font size: PowerPoint's single spacing for Arial, a little over. */
    static final double LINE_HEIGHT = 1.2;

    private double left;

    private CardRoom(double points) {
        this.left = points;
    }

    /** Room for every line. */
    static CardRoom unlimited() {
        return new CardRoom(Double.POSITIVE_INFINITY);
    }

    /** {@code points} of height for the lines. */
    static CardRoom of(double points) {
        return new CardRoom(points);
    }

    /**
     * How many of {@code wanted} lines set at {@code fontPoints} fit after {@code before} points of
     * space, at most {@code wanted}; the room they take is gone.
     */
    int take(int wanted, double fontPoints, double before) {
        double pitch = LINE_HEIGHT * fontPoints;
        double fits = Math.floor((left - before) / pitch + 1e-9);
        int n = (int) Math.max(0, Math.min(wanted, fits));
        if (n > 0) {
            left -= before + n * pitch;
        }
        return n;
    }
}
