package dev.orgwright.render.deck;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Tier;
import dev.orgwright.render.Theme;
import java.awt.geom.Rectangle2D;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;

/** The first slide: the deck's title, who it is for, the date, and a strip of the tiers' colours. */
final class TitleSlide {

    private final Theme theme;
    private final DeckFrame frame;

    TitleSlide(Theme theme, DeckFrame frame) {
        this.theme = theme;
        this.frame = frame;
    }

    void write(XSLFSlide slide, String title, String client, String date, Chart chart) {
        double x = DeckFrame.MARGIN * 2;
        double w = frame.width() - 4 * DeckFrame.MARGIN;
        XSLFTextBox box = Pptx.textBox(slide, "Title", x, frame.height() * 0.32, w, 150);
        Pptx.paragraph(box, title, 36, true, false, theme.title(), TextAlign.LEFT);
        if (!client.isBlank()) {
            Pptx.paragraph(box, client, 20, false, false, theme.holder(), TextAlign.LEFT).getParagraph()
                    .setSpaceBefore(-12d);
        }
        if (!date.isBlank()) {
            Pptx.paragraph(box, date, 14, false, false, theme.holder(), TextAlign.LEFT).getParagraph()
                    .setSpaceBefore(-6d);
        }
        List<Tier> tiers = chart.tiers().stream().sorted(Comparator.comparingInt(Tier::rank)).toList();
        int n = Math.max(1, tiers.size());
        double strip = w / n;
        for (int i = 0; i < n; i++) {
            XSLFAutoShape bar = slide.createAutoShape();
            bar.setShapeType(ShapeType.RECT);
            Pptx.name(bar, "Tier colour");
            bar.setAnchor(new Rectangle2D.Double(x + i * strip, frame.height() * 0.32 - 16, strip, 6));
            bar.setFillColor(Pptx.colour(tiers.isEmpty() ? theme.tierBand(1) : theme.tierBand(tiers.get(i).rank())));
            bar.setLineColor(null);
        }
    }
}
