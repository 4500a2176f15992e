package dev.orgwright.render.deck;

import dev.orgwright.render.Rgba;
import dev.orgwright.render.TextMeasure;
import dev.orgwright.render.TextStyle;
import dev.orgwright.render.TextWrap;
import dev.orgwright.render.Theme;

/** What every slide but the title has: a heading, a line under it, a footer with the deck's title and the slide number. */
final class SlideDecor {

    static final double HEADING = 24;
    /** The smallest size a heading too long for its line is set in before it is cut with "…". */
    static final double LEAST_HEADING = 16;
    static final double SUBHEADING = 12;
    static final double FOOTER = 10;

    private final Theme theme;
    private final DeckFrame frame;
    private final String deckTitle;
    private final TextMeasure measure;

    SlideDecor(Theme theme, DeckFrame frame, String deckTitle, TextMeasure measure) {
        this.theme = theme;
        this.frame = frame;
        this.deckTitle = deckTitle;
        this.measure = measure;
    }

    /**
     * The heading on one line and the subheading on the next, so that both stay above the chart's
     * area: a long team name ("Permanent Secretary of the Cabinet Office and First Parliamentary
     * Counsel (continued)") is set smaller, down to {@value #LEAST_HEADING} pt, and only then cut
     * with "…"; a wrapped heading would push the subheading onto the first cards.
     */
    void heading(SlideShapes slide, String heading, String subheading) {
        double width = frame.width() - 2 * DeckFrame.MARGIN;
        SlideShapes.TextBox box = slide.textBox("Heading", DeckFrame.MARGIN, DeckFrame.HEADING_TOP, width, 56);
        double size = HEADING;
        while (size > LEAST_HEADING && measure.width(heading, style(size, true)) > width) {
            size--;
        }
        box.paragraph(TextWrap.ellipsised(heading, width, measure, style(size, true)), size, true, false,
                theme.title(), SlideShapes.Align.LEFT);
        if (!subheading.isBlank()) {
            box.paragraph(TextWrap.ellipsised(subheading, width, measure, style(SUBHEADING, false)), SUBHEADING,
                    false, false, theme.holder(), SlideShapes.Align.LEFT);
        }
    }

    private static TextStyle style(double size, boolean bold) {
        return new TextStyle(size, bold, false, Rgba.hex("#000000"));
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
