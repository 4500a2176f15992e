package dev.orgwright.render.deck;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Tier;
import dev.orgwright.render.Theme;
import java.util.Comparator;
import java.util.List;

/** The first slide: the deck's title, who it is for, the date, and a strip of the tiers' colours. */
final class TitleSlide {

    private final Theme theme;
    private final DeckFrame frame;

    TitleSlide(Theme theme, DeckFrame frame) {
        this.theme = theme;
        this.frame = frame;
    }

    void write(SlideShapes slide, String title, String client, String date, Chart chart) {
        double x = DeckFrame.MARGIN * 2;
        double w = frame.width() - 4 * DeckFrame.MARGIN;
        SlideShapes.TextBox box = slide.textBox("Title", x, frame.height() * 0.32, w, 150);
        box.paragraph(title, 36, true, false, theme.title(), SlideShapes.Align.LEFT);
        if (!client.isBlank()) {
            box.paragraph(client, 20, false, false, theme.holder(), SlideShapes.Align.LEFT, 12);
        }
        if (!date.isBlank()) {
            box.paragraph(date, 14, false, false, theme.holder(), SlideShapes.Align.LEFT, 6);
        }
        List<Tier> tiers = chart.tiers().stream().sorted(Comparator.comparingInt(Tier::rank)).toList();
        int n = Math.max(1, tiers.size());
        double strip = w / n;
        for (int i = 0; i < n; i++) {
            slide.rect("Tier colour", x + i * strip, frame.height() * 0.32 - 16, strip, 6, false,
                    tiers.isEmpty() ? theme.tierBand(1) : theme.tierBand(tiers.get(i).rank()));
        }
    }
}
