package dev.orgwright.render.deck;

/**
 * Where things go on a slide of a given size, in points: the heading at the top, the chart's
 * area under it, the footer at the bottom.
 */
record DeckFrame(SlideSize size) {

    static final double MARGIN = 36;
    static final double HEADING_TOP = 18;
    static final double AREA_TOP = 84;
    static final double FOOTER = 30;

    double areaX() {
        return MARGIN;
    }

    double areaY() {
        return AREA_TOP;
    }

    double areaWidth() {
        return size.width() - 2 * MARGIN;
    }

    double areaHeight() {
        return size.height() - AREA_TOP - FOOTER;
    }

    double width() {
        return size.width();
    }

    double height() {
        return size.height();
    }
}
