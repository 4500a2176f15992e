package dev.orgwright.render.deck;

import dev.orgwright.render.RenderTexts;
import dev.orgwright.render.CardMetrics;
import dev.orgwright.render.CardColouring;
import dev.orgwright.render.Rgba;
import dev.orgwright.render.Theme;
import java.util.ArrayList;
import java.util.List;

/** The legend: what the cards' colours mean (tiers, departments, a field or findings, as the theme colours them), the two kinds of line, and what the marks on cards mean. */
final class LegendSlide {

    private static final double TEXT = 14;
    private static final double ROW = 30;

    private final Theme theme;
    private final DeckFrame frame;

    LegendSlide(Theme theme, DeckFrame frame) {
        this.theme = theme;
        this.frame = frame;
    }

    void write(SlideShapes slide, CardColouring colouring, SlideDecor decor) {
        decor.heading(slide, RenderTexts.t("deck.legend"), RenderTexts.t("deck.legend.how"));
        record Item(String name, Rgba colour) {
        }
        List<Item> items = new ArrayList<>();
        items.add(new Item(colouring.legendTitle() + ":", null));
        for (CardColouring.Entry e : colouring.legend()) {
            items.add(new Item(e.name(), e.colour()));
        }
        double x = frame.areaX();
        double y = frame.areaY();
        int perColumn = (int) Math.floor(frame.areaHeight() / ROW);
        double columnWidth = frame.areaWidth() / 2;
        for (int i = 0; i < items.size() && i < perColumn; i++) {
            if (items.get(i).colour() == null) {
                label(slide, x, y + i * ROW, items.get(i).name());
            } else {
                swatch(slide, items.get(i).name(), items.get(i).colour(), x, y + i * ROW);
            }
        }
        double lx = x + columnWidth;
        lineSample(slide, lx, y, false, RenderTexts.t("deck.legend.line"));
        lineSample(slide, lx, y + ROW, true, RenderTexts.t("deck.legend.dotted"));
        slide.textBox("Vacant sample", lx, y + 2 * ROW, 60, 20)
                .paragraph(CardMetrics.vacant(), TEXT, false, true, theme.vacant(), SlideShapes.Align.LEFT);
        label(slide, lx + 70, y + 2 * ROW, RenderTexts.t("deck.legend.vacant"));
        SlideShapes.TextBox more = slide.textBox("Reference sample", lx, y + 3 * ROW, columnWidth, 44);
        more.paragraph(RenderTexts.t("deck.teamContinues", "N"), TEXT, false, false, theme.selection(), SlideShapes.Align.LEFT);
        more.paragraph(RenderTexts.t("deck.legend.reference"), 12, false, false, theme.holder(), SlideShapes.Align.LEFT);
    }

    private void swatch(SlideShapes slide, String name, Rgba colour, double x, double y) {
        slide.rect("Swatch: " + name, x, y + 2, 36, 16, true, colour);
        label(slide, x + 46, y, name);
    }

    private void lineSample(SlideShapes slide, double x, double y, boolean dashed, String text) {
        slide.line(dashed ? "Dotted line sample" : "Line sample", x, y + 10, 50, dashed ? theme.dottedLine() : theme.line(),
                1.5, dashed);
        label(slide, x + 70, y, text);
    }

    private void label(SlideShapes slide, double x, double y, String text) {
        slide.textBox("Label", x, y, frame.areaWidth() / 2 - 80, 20)
                .paragraph(text, TEXT, false, false, theme.title(), SlideShapes.Align.LEFT);
    }
}
