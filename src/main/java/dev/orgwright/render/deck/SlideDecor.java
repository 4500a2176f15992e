package dev.orgwright.render.deck;

import dev.orgwright.render.Theme;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;

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

    void heading(XSLFSlide slide, String heading, String subheading) {
        XSLFTextBox box = Pptx.textBox(slide, "Heading", DeckFrame.MARGIN, DeckFrame.HEADING_TOP,
                frame.width() - 2 * DeckFrame.MARGIN, 56);
        Pptx.paragraph(box, heading, HEADING, true, false, theme.title(), TextAlign.LEFT);
        if (!subheading.isBlank()) {
            Pptx.paragraph(box, subheading, SUBHEADING, false, false, theme.holder(), TextAlign.LEFT);
        }
    }

    /** A line at the bottom of the chart's area, above the footer: where the slide continues. */
    void note(XSLFSlide slide, String text) {
        XSLFTextBox box = Pptx.textBox(slide, "Note", DeckFrame.MARGIN, frame.height() - DeckFrame.FOOTER - 4,
                frame.width() - 2 * DeckFrame.MARGIN, 14);
        Pptx.paragraph(box, text, FOOTER, false, true, theme.holder(), TextAlign.RIGHT);
    }

    void footer(XSLFSlide slide, int number, int total) {
        double y = frame.height() - DeckFrame.FOOTER + 10;
        XSLFTextBox left = Pptx.textBox(slide, "Footer", DeckFrame.MARGIN, y, frame.width() / 2, 14);
        Pptx.paragraph(left, deckTitle, FOOTER, false, false, theme.vacant(), TextAlign.LEFT);
        XSLFTextBox right = Pptx.textBox(slide, "Slide number", frame.width() / 2, y,
                frame.width() / 2 - DeckFrame.MARGIN, 14);
        Pptx.paragraph(right, number + " / " + total, FOOTER, false, false, theme.vacant(), TextAlign.RIGHT);
    }
}
