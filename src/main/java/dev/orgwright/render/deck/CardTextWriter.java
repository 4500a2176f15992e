package dev.orgwright.render.deck;

import dev.orgwright.layout.Box;
import dev.orgwright.model.CardTemplate;
import dev.orgwright.model.Position;
import dev.orgwright.render.CardContent;
import dev.orgwright.render.CardMetrics;
import dev.orgwright.render.CardText;
import dev.orgwright.render.RenderTexts;
import dev.orgwright.render.Rgba;
import dev.orgwright.render.TextMeasure;
import dev.orgwright.render.TextStyle;
import dev.orgwright.render.TextWrap;
import dev.orgwright.render.Theme;
import java.util.List;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;

/** Writes the text of a card on a slide into the card's shape, as {@link ChartSlideWriter} draws the card. */
final class CardTextWriter {

    private final DeckCards cards;
    private final Theme theme;

    CardTextWriter(DeckCards cards, Theme theme) {
        this.cards = cards;
        this.theme = theme;
    }

    /**
     * The card's text as the other drawings break it ({@link DeckCards#text}): a paragraph per
     * template line and per duty, the parts of a wrapped title, name or duty joined by line breaks
     * (so that the text stays one editable box, and PowerPoint rewraps it as the consultant edits),
     * lines that cannot be wrapped cut with "…". The lines are measured as wide as the painter's
     * text (the card less {@link CardMetrics#PADDING_X} each side), the box's insets leave more,
     * so a font a little wider than the measured one still keeps each line on one line.
     */
    void write(XSLFAutoShape shape, Position p, Box box, Integer continues, XSLFSlide link, double s) {
        CardContent content = cards.content();
        double photo = content.showsPhoto(p) ? CardContent.PHOTO_SPACE : 0;
        double textWidth = box.width() - photo - 2 * CardMetrics.PADDING_X;
        CardText wrapped = cards.text(p, textWidth, s);
        TextMeasure measure = cards.atSlideSize(s);
        TextStyle dutyStyle = CardContent.dutyStyle(theme);
        double small = Pptx.round(CardContent.DUTY_SIZE * s);
        // Text set larger than the slide's scale no longer fits the card's height: show what does, from the top.
        CardRoom room = small > CardContent.DUTY_SIZE * s + 1e-9
                ? CardRoom.of(box.height() * s - shape.getTopInset() - 1) : CardRoom.unlimited();
        boolean first = true;
        for (String line : content.lines()) {
            double before = first ? 0 : 4.5 * s;
            XSLFTextRun r;
            if (line.equals(CardTemplate.TITLE)) {
                int n = room.take(wrapped.title().size(), Pptx.round(CardMetrics.TITLE_SIZE * s), before);
                if (n == 0) {
                    // A card too short for a line of its title shows no text, as the other drawings leave
                    // tiny cards blank; its name in the file is still the title. A text body needs a paragraph.
                    shape.addNewTextParagraph();
                    return;
                }
                List<String> title = n == wrapped.title().size() ? wrapped.title()
                        : TextWrap.lines(CardMetrics.titleLine(p), textWidth, n, measure, CardMetrics.titleStyle(theme));
                r = lines(shape, title, CardMetrics.TITLE_SIZE * s, true, false, theme.title());
            } else if (line.equals(CardTemplate.HOLDER)) {
                int n = room.take(wrapped.holder().size(), Pptx.round(CardMetrics.HOLDER_SIZE * s), before);
                if (n == 0) {
                    continue;
                }
                List<String> holder = n == wrapped.holder().size() ? wrapped.holder()
                        : TextWrap.lines(CardMetrics.holderLine(p), textWidth, n, measure,
                                CardMetrics.holderStyle(theme, p));
                boolean italic = p.isVacant() || p.isHolderUndisclosed();
                r = lines(shape, holder, CardMetrics.HOLDER_SIZE * s, false, italic,
                        p.isVacant() ? theme.vacant() : theme.holder());
            } else {
                String text = cards.lineText(line, p);
                if (text.isEmpty() || room.take(1, small, before) == 0) {
                    continue;
                }
                r = Pptx.paragraph(shape, TextWrap.ellipsised(text, textWidth, measure, dutyStyle),
                        CardContent.DUTY_SIZE * s, false, false, theme.holder(), TextAlign.CENTER);
            }
            if (!first) {
                r.getParagraph().setSpaceBefore(-4.5 * s);
            }
            first = false;
        }
        double indent = CardContent.continuationIndent(measure, theme);
        List<CardText.DutyLine> duties = wrapped.duties();
        int paragraphs = 0;
        for (int i = 0; i < duties.size(); ) {
            int end = i + 1;
            while (end < duties.size() && duties.get(end).continuation()) {
                end++;
            }
            int n = room.take(end - i, small, (paragraphs == 0 ? 4.5 : 1.8) * s);
            if (n == 0) {
                break;
            }
            XSLFTextParagraph duty = Pptx.paragraph(shape, "", DeckCards.EXTRA_SIZE * s, false, false, theme.holder(),
                    TextAlign.LEFT).getParagraph();
            duty.getTextRuns().get(0).setText(shown(duties, i, n, end, textWidth, indent, measure, dutyStyle));
            for (int k = i + 1; k < i + n; k++) {
                duty.addLineBreak();
                Pptx.run(duty, shown(duties, k, i + n - k, end, textWidth, indent, measure, dutyStyle),
                        DeckCards.EXTRA_SIZE * s, false, false, theme.holder());
            }
            duty.setSpaceBefore(-(paragraphs == 0 ? 4.5 : 1.8) * s);
            // A hanging indent: the bullet at the card's padding, the duty's further lines under its text.
            duty.setLeftMargin((CardMetrics.PADDING_X - 4 + indent) * s);
            duty.setIndent(-indent * s);
            paragraphs++;
            if (n < end - i) {
                break;
            }
            i = end;
        }
        TextStyle extraStyle = new TextStyle(DeckCards.EXTRA_SIZE, false, false, theme.holder());
        for (String line : cards.privateLines(p)) {
            if (room.take(1, small, (paragraphs == 0 ? 4.5 : 1.8) * s) == 0) {
                break;
            }
            XSLFTextRun r = Pptx.paragraph(shape, TextWrap.ellipsised(line, textWidth, measure, extraStyle),
                    DeckCards.EXTRA_SIZE * s, false, false, theme.holder(), TextAlign.CENTER);
            r.getParagraph().setSpaceBefore(-(paragraphs == 0 ? 4.5 : 1.8) * s);
            paragraphs++;
        }
        if (continues != null && room.take(1, small, (paragraphs == 0 ? 4.5 : 1.8) * s) > 0) {
            String reference = TextWrap.ellipsised(RenderTexts.t("deck.teamContinues", continues + 1), textWidth, measure,
                    extraStyle);
            XSLFTextRun r = Pptx.paragraph(shape, reference, DeckCards.EXTRA_SIZE * s, false, false, theme.selection(),
                    TextAlign.CENTER);
            r.getParagraph().setSpaceBefore(-(paragraphs == 0 ? 4.5 : 1.8) * s);
            if (link != null) {
                r.createHyperlink().linkToSlide(link);
            }
        }
    }

    /**
     * Duty line {@code k} as shown when {@code remaining} lines of its duty (which ends before line
     * {@code end}) are shown from it on: as broken, or, as the last shown of a duty cut short,
     * with the rest of the duty folded into it up to a "…".
     */
    private static String shown(List<CardText.DutyLine> duties, int k, int remaining, int end, double textWidth,
                                double indent, TextMeasure measure, TextStyle style) {
        String text = duties.get(k).text();
        if (remaining > 1 || k + 1 >= end) {
            return text;
        }
        double width = duties.get(k).continuation() ? textWidth - indent : textWidth;
        return TextWrap.ellipsised(text + " " + duties.get(k + 1).text(), width, measure, style);
    }

    /** One centred paragraph of {@code parts}, a line break between two parts. */
    private static XSLFTextRun lines(XSLFAutoShape shape, List<String> parts, double points, boolean bold,
                                     boolean italic, Rgba colour) {
        XSLFTextRun r = Pptx.paragraph(shape, parts.get(0), points, bold, italic, colour, TextAlign.CENTER);
        XSLFTextParagraph paragraph = r.getParagraph();
        for (int i = 1; i < parts.size(); i++) {
            paragraph.addLineBreak();
            Pptx.run(paragraph, parts.get(i), points, bold, italic, colour);
        }
        return r;
    }
}
