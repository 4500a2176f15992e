package dev.orgwright.render.deck;

import dev.orgwright.layout.Box;
import dev.orgwright.model.Chart;
import dev.orgwright.model.PositionId;
import dev.orgwright.render.CardColouring;
import dev.orgwright.render.ChartPainter;
import dev.orgwright.render.Decorations;
import dev.orgwright.render.RenderTexts;
import dev.orgwright.render.Rgba;
import dev.orgwright.render.ScaledSurface;
import dev.orgwright.render.Surface;
import dev.orgwright.render.TextAlign;
import dev.orgwright.render.TextMeasure;
import dev.orgwright.render.TextStyle;
import dev.orgwright.render.Theme;
import dev.orgwright.render.Viewport;
import dev.orgwright.rules.Validation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Every slide of a deck as {@link DeckWriter} makes it, drawn on any surface, in the deck's order:
 * the title slide, the chart's slides, the legend, the tables and the charters. The slides are
 * made by the writer's own {@link DeckWriter#compose composition} into shapes that are kept and
 * drawn on demand ({@link SurfaceShapes}); a chart slide's cards are drawn by the one painter
 * where the deck places them, with the slide a folded card's team continues on.
 */
public final class DeckPreview {

    private final DeckOptions options;
    private final Theme theme;
    private final TextMeasure measure;
    private final DeckFrame frame;
    private final List<ChartSlide> chartSlides;
    private final ChartPainter painter;
    private final Map<PositionId, Integer> teamSlides = new HashMap<>();
    private final List<Kept> slides = new ArrayList<>();

    /** A slide's shapes as the writer placed them, kept to be drawn; a chart slide's cards by number. */
    private static final class Kept implements SlideShapes {
        final SlideKind kind;
        final List<Consumer<SlideShapes>> shapes = new ArrayList<>();
        Rgba paper;
        int chartSlide = -1;

        Kept(SlideKind kind) {
            this.kind = kind;
        }

        @Override
        public TextBox textBox(String name, double x, double y, double w, double h) {
            record Paragraph(String text, double size, boolean bold, boolean italic, Rgba colour, Align align, double before) {
            }
            List<Paragraph> paragraphs = new ArrayList<>();
            shapes.add(target -> {
                TextBox box = target.textBox(name, x, y, w, h);
                for (Paragraph p : paragraphs) {
                    box.paragraph(p.text(), p.size(), p.bold(), p.italic(), p.colour(), p.align(), p.before());
                }
            });
            return (text, size, bold, italic, colour, align, before) ->
                    paragraphs.add(new Paragraph(text, size, bold, italic, colour, align, before));
        }

        @Override
        public void rect(String name, double x, double y, double w, double h, boolean rounded, Rgba fill) {
            shapes.add(target -> target.rect(name, x, y, w, h, rounded, fill));
        }

        @Override
        public void line(String name, double x, double y, double length, Rgba colour, double width, boolean dashed) {
            shapes.add(target -> target.line(name, x, y, length, colour, width, dashed));
        }

        @Override
        public void table(double x, double y, List<Double> widths, double rowHeight, List<List<String>> rows,
                          List<Align> aligns, Table style) {
            List<List<String>> kept = rows.stream().map(List::copyOf).toList();
            shapes.add(target -> target.table(x, y, List.copyOf(widths), rowHeight, kept, List.copyOf(aligns), style));
        }

        @Override
        public void paper(Rgba colour) {
            paper = colour;
        }
    }

    private DeckPreview(Chart chart, Validation findings, DeckOptions options, TextMeasure measure, Theme theme) {
        this.options = options;
        this.theme = theme;
        this.measure = measure;
        this.frame = new DeckFrame(options.size());
        DeckCards cards = new DeckCards(chart, options, measure, theme);
        this.chartSlides = DeckWriter.chartSlides(chart, cards, options, frame);
        // A light theme's slides are white in the deck, not the theme's paper; a dark one's are its paper.
        Theme paper = DeckWriter.darkPaper(theme) ? theme : theme.withBackground(Rgba.hex("#FFFFFF"));
        this.painter = new ChartPainter(paper, cards.content()).withPrivateFields(options.includePrivate());
        for (int i = chartSlides.size() - 1; i >= 0; i--) {
            if (chartSlides.get(i).team() != null) {
                teamSlides.put(chartSlides.get(i).team(), i);
            }
        }
        CardColouring colouring = CardColouring.of(theme, chart, findings, options.includePrivate());
        new DeckWriter(measure, theme).compose(chart, findings, options, List.of(), frame, chartSlides, colouring,
                new DeckWriter.DeckSlides() {
                    @Override
                    public SlideShapes add(SlideKind kind) {
                        Kept slide = new Kept(kind);
                        slides.add(slide);
                        return slide;
                    }

                    @Override
                    public void chart(int i, ChartSlide slide, SlideShapes shapes) {
                        ((Kept) shapes).chartSlide = i;
                    }
                });
    }

    /**
     * Every slide of the deck of {@code chart} that {@code options} ask for, cards measured with
     * {@code measure}; {@code findings} for the findings slides and the cards' colours, or null.
     */
    public static DeckPreview of(Chart chart, Validation findings, DeckOptions options, TextMeasure measure, Theme theme) {
        return new DeckPreview(chart, findings, options, measure, theme);
    }

    /** How many slides the deck has. */
    public int slideCount() {
        return slides.size();
    }

    /** How many of them show the chart. */
    public int chartSlideCount() {
        return chartSlides.size();
    }

    /** What slide {@code i} (from 0) shows. */
    public SlideKind kind(int i) {
        return slides.get(i).kind;
    }

    /** The slides' shape. */
    public SlideSize size() {
        return options.size();
    }

    /**
     * Draws slide {@code i} (from 0) with its top-left corner at (0, 0) of {@code surface},
     * {@code k} pixels to the point; the slide's white paper is the caller's.
     */
    public void paint(Surface surface, int i, double k) {
        Kept slide = slides.get(i);
        SurfaceShapes shapes = new SurfaceShapes(surface, k, measure, frame.width(), frame.height());
        if (slide.paper != null) {
            shapes.paper(slide.paper);
        }
        if (slide.chartSlide >= 0) {
            paintChart(surface, slide.chartSlide, k);
        }
        for (Consumer<SlideShapes> shape : slide.shapes) {
            shape.accept(shapes);
        }
    }

    /** The cards and lines of chart slide {@code i}, where {@link ChartSlideWriter} puts them. */
    private void paintChart(Surface surface, int i, double k) {
        ChartSlide slide = chartSlides.get(i);
        // Centred across the area, from its top.
        Box bounds = slide.layout().bounds();
        double s = slide.scale();
        double ox = frame.areaX() + (frame.areaWidth() - bounds.width() * s) / 2 - bounds.x() * s;
        double oy = frame.areaY() - bounds.y() * s;
        // Drawn in the slide's points and measured as the deck measures, then made small: a card
        // prints the lines the deck gives it, however small the preview.
        Surface points = new ScaledSurface(surface, k, 0, 0, measure);
        Viewport view = new Viewport(-ox / s, -oy / s, s, frame.width(), frame.height());
        points.pushClip(0, 0, frame.width(), frame.height());
        painter.paint(points, slide.shown(), slide.layout(), view, Decorations.NONE);
        points.popClip();
        TextStyle reference = new TextStyle(DeckCards.EXTRA_SIZE * s, false, false, theme.selection());
        for (PositionId id : slide.folded()) {
            Integer continues = teamSlides.get(id);
            Box box = slide.layout().box(id).orElse(null);
            if (continues != null && box != null) {
                // The deck counts the title slide first: chart slide i is slide i + 2.
                points.text(RenderTexts.t("deck.teamContinues", continues + 2),
                        view.toSurfaceX(box.centreX()), view.toSurfaceY(box.bottom() - 5), TextAlign.CENTRE, reference);
            }
        }
    }
}
