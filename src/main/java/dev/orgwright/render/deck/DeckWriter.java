package dev.orgwright.render.deck;

import dev.orgwright.render.RenderTexts;
import dev.orgwright.analysis.Analysis;
import dev.orgwright.analysis.AnalysisTables;
import dev.orgwright.analysis.Analyzer;
import dev.orgwright.analysis.RoleCharter;
import dev.orgwright.model.Chart;
import dev.orgwright.model.PositionId;
import dev.orgwright.render.TextMeasure;
import dev.orgwright.render.CardColouring;
import dev.orgwright.render.Theme;
import dev.orgwright.rules.Validation;
import java.awt.Dimension;
import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;

/**
 * Writes a chart as a PowerPoint deck of editable slides: a title slide, the overview, a slide
 * per team (cut by {@link SlidePlanner}), the legend, the findings when asked for, and the
 * analysis figures as native tables, and the role charters as an appendix when asked for. Every card is a shape with real text, every reporting line a
 * line shape, so the deck can be changed in the meeting without going back to Orgwright.
 */
public final class DeckWriter {

    /** What was written: how many slides, and how many of them show the chart. */
    public record Summary(int slides, int chartSlides) {
    }

    /** The date on the title slide, written the way the language writes it ("3 December 2026", "3. Dezember 2026"). */
    private static DateTimeFormatter date() {
        return DateTimeFormatter.ofPattern(RenderTexts.t("deck.datePattern"), dev.orgwright.model.Messages.locale());
    }

    private final TextMeasure measure;
    private final Theme theme;

    /** Whether the theme's background is dark, so that slides must be too for its text to be read. */
    static boolean darkPaper(Theme theme) {
        return dev.orgwright.render.Contrast.luminance(theme.background()) < 0.2;
    }

    /** A writer measuring card text with {@code measure} and colouring with {@code theme}. */
    public DeckWriter(TextMeasure measure, Theme theme) {
        this.measure = Objects.requireNonNull(measure, "measure");
        this.theme = Objects.requireNonNull(theme, "theme");
    }

    /**
     * Writes the deck of {@code chart} to {@code out}.
     *
     * @param findings the chart's findings for the findings slides; null, or options without findings, for none
     */
    public Summary write(Chart chart, Validation findings, DeckOptions options, OutputStream out) throws IOException {
        return write(chart, findings, options, List.of(), out);
    }

    /**
     * Writes the deck of {@code chart} with, after its analysis, the tables of a comparison that
     * led to it (the bridge from the current chart, the spans and layers before and after).
     */
    public Summary write(Chart chart, Validation findings, DeckOptions options, List<AnalysisTables.Table> comparison,
                         OutputStream out) throws IOException {
        DeckFrame frame = new DeckFrame(options.size());
        DeckCards cards = new DeckCards(chart, options, measure, theme);
        List<ChartSlide> chartSlides = chartSlides(chart, cards, options, frame);
        try (XMLSlideShow show = new XMLSlideShow()) {
            show.setPageSize(new Dimension((int) frame.width(), (int) frame.height()));
            // Slide numbers as the deck counts them: the title slide is 1.
            Map<PositionId, Integer> teamDeckIndex = new HashMap<>();
            for (int i = chartSlides.size() - 1; i >= 0; i--) {
                if (chartSlides.get(i).team() != null) {
                    teamDeckIndex.put(chartSlides.get(i).team(), i + 1);
                }
            }
            // The cards' accent colours and the legend follow the theme's colouring (tier, department, field, finding).
            CardColouring colouring = CardColouring.of(theme, chart, findings, options.includePrivate());
            ChartSlideWriter writer = new ChartSlideWriter(chart, cards, theme, colouring, frame);
            List<XSLFSlide> linkable = new ArrayList<>();
            int n = compose(chart, findings, options, comparison, frame, chartSlides, colouring, new DeckSlides() {
                @Override
                public SlideShapes add(SlideKind kind) {
                    return new PoiShapes(show.createSlide());
                }

                @Override
                public void chart(int i, ChartSlide slide, SlideShapes shapes) {
                    if (linkable.isEmpty()) {
                        // The title and every chart slide exist by now: a folded card links to its team's.
                        linkable.addAll(show.getSlides());
                    }
                    writer.write(slide, ((PoiShapes) shapes).slide(), teamDeckIndex, linkable);
                }
            });
            show.write(out);
            return new Summary(n, chartSlides.size());
        }
    }

    /** The slides of a deck being made, one after the other; a chart slide's cards and lines drawn by the maker. */
    interface DeckSlides {
        /** A new slide at the end of the deck. */
        SlideShapes add(SlideKind kind);

        /** Draws chart slide {@code i} (from 0) of the chart's slides, its cards and lines, on {@code shapes}. */
        void chart(int i, ChartSlide slide, SlideShapes shapes);
    }

    /**
     * Makes the deck's slides in order on {@code deck}: the title slide, the chart's slides, the
     * legend, the findings, the analysis and comparison tables, the charters, each with its
     * heading and footer. The deck file and the export dialog's preview are both made by it.
     *
     * @return how many slides the deck has
     */
    int compose(Chart chart, Validation findings, DeckOptions options, List<AnalysisTables.Table> comparison,
                DeckFrame frame, List<ChartSlide> chartSlides, CardColouring colouring, DeckSlides deck) {
        List<SlideShapes> all = new ArrayList<>();
        java.util.function.Function<SlideKind, SlideShapes> add = kind -> {
            SlideShapes slide = deck.add(kind);
            all.add(slide);
            return slide;
        };
        String deckTitle = options.title().isBlank() ? (chart.title().isBlank() ? RenderTexts.t("deck.untitled") : chart.title())
                : options.title();
        SlideDecor decor = new SlideDecor(theme, frame, deckTitle, measure);
        new TitleSlide(theme, frame).write(add.apply(SlideKind.TITLE), deckTitle, client(chart, options),
                options.date() == null ? "" : date().format(options.date()), chart);
        List<SlideShapes> slides = new ArrayList<>();
        for (int i = 0; i < chartSlides.size(); i++) {
            slides.add(add.apply(SlideKind.CHART));
        }
        for (int i = 0; i < chartSlides.size(); i++) {
            ChartSlide cs = chartSlides.get(i);
            decor.heading(slides.get(i), heading(cs), subheading(chart, cs, options));
            deck.chart(i, cs, slides.get(i));
            if (cs.parts() > 0 && cs.part() < cs.parts()) {
                decor.note(slides.get(i), RenderTexts.t("deck.continuedOn", i + 3));
            }
        }
        if (options.legend()) {
            new LegendSlide(theme, frame).write(add.apply(SlideKind.LEGEND), colouring, decor);
        }
        TableSlides tables = new TableSlides(theme, frame);
        if (options.findings() && findings != null) {
            FindingsTables.write(findings, chart, tables, decor, () -> add.apply(SlideKind.TABLE));
        }
        Analysis analysis = Analyzer.withDefaultBands().analyze(chart);
        AnalysisTables figures = new AnalysisTables(analysis,
                options.includePrivate() ? AnalysisTables.Costs.ALL : AnalysisTables.Costs.NONE);
        for (AnalysisTables.Table t : List.of(figures.summary(), figures.breakdown(AnalysisTables.By.TIER),
                figures.breakdown(AnalysisTables.By.LAYER))) {
            tables.write(RenderTexts.t("deck.analysis", t.title().toLowerCase(dev.orgwright.model.Messages.locale())), t.header(), t.rows(), shares(t.header().size()),
                    decor::heading, () -> add.apply(SlideKind.TABLE));
        }
        for (AnalysisTables.Table t : comparison) {
            tables.write(RenderTexts.t("deck.comparison", t.title().toLowerCase(dev.orgwright.model.Messages.locale())), t.header(), t.rows(),
                    shares(t.header().size()), decor::heading, () -> add.apply(SlideKind.TABLE));
        }
        if (options.charters()) {
            new CharterSlides(theme, frame, measure, options.holders())
                    .write(RoleCharter.all(chart), decor, () -> add.apply(SlideKind.CHARTER));
        }
        int n = all.size();
        for (int i = 1; i < n; i++) {
            decor.footer(all.get(i), i + 1, n);
        }
        if (darkPaper(theme)) {
            // A dark theme's light text needs its own dark paper; a light theme keeps the slides white.
            for (SlideShapes slide : all) {
                slide.paper(theme.background());
            }
        }
        return n;
    }

    /** The slides of the chart itself: one per team, or the whole chart on one when the options ask. */
    static List<ChartSlide> chartSlides(Chart chart, DeckCards cards, DeckOptions options, DeckFrame frame) {
        return options.wholeChart() != null
                ? List.of(SlidePlanner.whole(chart, cards, options.wholeChart(), frame.areaWidth(), frame.areaHeight()))
                : new SlidePlanner(chart, cards, frame.areaWidth(), frame.areaHeight()).plan();
    }

    /** Who the deck is for: as asked, or the chart's own "client" setting. */
    static String client(Chart chart, DeckOptions options) {
        if (!options.client().isBlank()) {
            return options.client();
        }
        return chart.settings().get("client").filter(String.class::isInstance).map(String.class::cast)
                .map(String::strip).orElse("");
    }

    static String heading(ChartSlide cs) {
        return cs.part() > 1 ? RenderTexts.t("deck.continued", cs.heading()) : cs.heading();
    }

    static String subheading(Chart chart, ChartSlide cs, DeckOptions options) {
        List<String> parts = new ArrayList<>();
        if (options.wholeChart() != null) {
            parts.add(chart.size() == 1 ? RenderTexts.t("blocks.one.position") : RenderTexts.t("blocks.positions", chart.size()));
        } else if (cs.team() == null) {
            parts.add(RenderTexts.t("deck.top"));
        } else {
            var manager = chart.position(cs.team());
            if (options.holders()) {
                parts.add(dev.orgwright.render.CardMetrics.holderLine(manager));
            }
            if (manager.reportsTo() != null) {
                parts.add(RenderTexts.t("deck.reportsTo", chart.position(manager.reportsTo()).title().strip()));
            }
        }
        if (cs.parts() > 0) {
            parts.add(RenderTexts.t("deck.part", cs.part(), cs.parts()));
        }
        if (cs.from() >= 0) {
            parts.add(RenderTexts.t("deck.continuedFrom", cs.from() + 2));
        }
        return String.join(" · ", parts);
    }

    /** Column widths: a wide first column of labels, the figures sharing the rest. */
    private static List<Double> shares(int columns) {
        if (columns == 1) {
            return List.of(1.0);
        }
        double first = columns == 2 ? 0.6 : 0.3;
        List<Double> out = new ArrayList<>();
        out.add(first);
        for (int i = 1; i < columns; i++) {
            out.add((1 - first) / (columns - 1));
        }
        return out;
    }
}
