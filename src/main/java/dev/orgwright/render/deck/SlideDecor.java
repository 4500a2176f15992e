package dev.orgwright.render.deck;

import dev.orgwright.render.Theme;

/** What every slide but the title has: a heading, a line under it, a footer with the deck's title and the slide number. */
final class SlideDecor {

    static final double HEADING = 24;
    static final double SUBHEADING = 12;
    static final double FOOTER = 10;

    private final Theme theme;
    private final DeckFrame frame;
    private final String deckTitle;

    SlideDecor(Theme theme, DeckFrame frame, String deckTitle) {
        this.theme = theme;
        this.frame = frame;
        this.deckTitle = deckTitle;
    }

    void heading(SlideShapes slide, String heading, String subheading) {
        SlideShapes.TextBox box = slide.textBox("Heading", DeckFrame.MARGIN, DeckFrame.HEADING_TOP,
                frame.width() - 2 * DeckFrame.MARGIN, 56);
        box.paragraph(heading, HEADING, true, false, theme.title(), SlideShapes.Align.LEFT);
        if (!subheading.isBlank()) {
            box.paragraph(subheading, SUBHEADING, false, false, theme.holder(), SlideShapes.Align.LEFT);
        }
    }

    /** A line at the bottom of the chart's area, above the footer: where the slide continues. */
    void note(SlideShapes slide, String text) {
        slide.textBox("Note", DeckFrame.MARGIN, frame.height() - DeckFrame.FOOTER - 4,
                frame.width() - 2 * DeckFrame.MARGIN, 14)
                .paragraph(text, FOOTER, false, true, theme.holder(), SlideShapes.Align.RIGHT);
    }

    void footer(SlideShapes slide, int number, int total) {
        double y = frame.height() - DeckFrame.FOOTER + 10;
        slide.textBox("Footer", DeckFrame.MARGIN, y, frame.width() / 2, 14)
                .paragraph(deckTitle, FOOTER, false, false, theme.vacant(), SlideShapes.Align.LEFT);
        slide.textBox("Slide number", frame.width() / 2, y, frame.width() / 2 - DeckFrame.MARGIN, 14)
                .paragraph(number + " / " + total, FOOTER, false, false, theme.vacant(), SlideShapes.Align.RIGHT);
    }
}
