package dev.orgwright.render.deck;

import dev.orgwright.layout.Box;
import dev.orgwright.model.Chart;
import dev.orgwright.model.PositionId;
import dev.orgwright.render.ChartPainter;
import dev.orgwright.render.Decorations;
import dev.orgwright.render.RenderTexts;
import dev.orgwright.render.Surface;
import dev.orgwright.render.TextAlign;
import dev.orgwright.render.TextMeasure;
import dev.orgwright.render.TextStyle;
import dev.orgwright.render.Theme;
import dev.orgwright.render.Viewport;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The chart's slides of a deck as {@link DeckWriter} plans them, drawn on any surface: each
 * slide's heading and subheading, its cards where the deck places them, and on a folded card the
 * slide its team continues on. The title, legend and table slides around them are not drawn.
 */
public final class DeckPreview {

    private final Chart chart;
    private final DeckOptions options;
    private final Theme theme;
    private final DeckFrame frame;
    private final List<ChartSlide> slides;
    private final ChartPainter painter;
    private final Map<PositionId, Integer> teamSlides = new HashMap<>();

    private DeckPreview(Chart chart, DeckOptions options, TextMeasure measure, Theme theme) {
        this.chart = chart;
        this.options = options;
        this.theme = theme;
        this.frame = new DeckFrame(options.size());
        DeckCards cards = new DeckCards(chart, options, measure, theme);
        this.slides = DeckWriter.chartSlides(chart, cards, options, frame);
        this.painter = new ChartPainter(theme, cards.content()).withPrivateFields(options.includePrivate());
        for (int i = slides.size() - 1; i >= 0; i--) {
            if (slides.get(i).team() != null) {
                teamSlides.put(slides.get(i).team(), i);
            }
        }
    }

    /** The chart slides of the deck of {@code chart} that {@code options} ask for, cards measured with {@code measure}. */
    public static DeckPreview of(Chart chart, DeckOptions options, TextMeasure measure, Theme theme) {
        return new DeckPreview(chart, options, measure, theme);
    }

    /** How many slides show the chart. */
    public int slideCount() {
        return slides.size();
    }

    /** The number the deck gives chart slide {@code i} (from 0): the title slide comes first. */
    public static int deckNumber(int i) {
        return i + 2;
    }

    /** The slides' shape. */
    public SlideSize size() {
        return options.size();
    }

    /**
     * Draws chart slide {@code i} (from 0) with its top-left corner at (0, 0) of {@code surface},
     * {@code k} pixels to the point; the slide's paper is the caller's.
     */
    public void paint(Surface surface, int i, double k) {
        ChartSlide slide = slides.get(i);
        // Where ChartSlideWriter puts the cards: centred across the area, from its top.
        Box bounds = slide.layout().bounds();
        double s = slide.scale();
        double ox = frame.areaX() + (frame.areaWidth() - bounds.width() * s) / 2 - bounds.x() * s;
        double oy = frame.areaY() - bounds.y() * s;
        Viewport view = new Viewport(-ox / s, -oy / s, s * k, frame.width() * k, frame.height() * k);
        // The painter fills the slide with the theme's paper: the headings go over it.
        painter.paint(surface, slide.shown(), slide.layout(), view, Decorations.NONE);
        double x = DeckFrame.MARGIN * k;
        double y = (DeckFrame.HEADING_TOP + SlideDecor.HEADING) * k;
        surface.text(DeckWriter.heading(slide), x, y, TextAlign.LEFT,
                new TextStyle(SlideDecor.HEADING * k, true, false, theme.title()));
        String sub = DeckWriter.subheading(chart, slide, options);
        if (!sub.isBlank()) {
            surface.text(sub, x, y + (SlideDecor.SUBHEADING + 6) * k, TextAlign.LEFT,
                    new TextStyle(SlideDecor.SUBHEADING * k, false, false, theme.holder()));
        }
        TextStyle reference = new TextStyle(DeckCards.EXTRA_SIZE * s * k, false, false, theme.selection());
        for (PositionId id : slide.folded()) {
            Integer continues = teamSlides.get(id);
            Box box = slide.layout().box(id).orElse(null);
            if (continues != null && box != null) {
                surface.text(RenderTexts.t("deck.teamContinues", deckNumber(continues)),
                        view.toSurfaceX(box.centreX()), view.toSurfaceY(box.bottom() - 5), TextAlign.CENTRE, reference);
            }
        }
        if (slide.parts() > 0 && slide.part() < slide.parts()) {
            String text = RenderTexts.t("deck.continuedOn", deckNumber(i) + 1);
            TextStyle style = new TextStyle(SlideDecor.FOOTER * k, false, true, theme.holder());
            surface.text(text, (frame.width() - DeckFrame.MARGIN) * k - surface.measure().width(text, style),
                    (frame.height() - DeckFrame.FOOTER + 6) * k, TextAlign.LEFT, style);
        }
    }
}
