package dev.orgwright.render;

import dev.orgwright.analysis.Analysis;
import dev.orgwright.analysis.AnalysisTables;
import dev.orgwright.analysis.GroupFigures;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Tier;
import dev.orgwright.rules.Targets;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The analysis of a chart drawn as one page of figures, over any {@link Surface}: the headline
 * figures, managers per span band, positions per layer by tier, head count by tier and by
 * department, cost by tier against the budgets the chart sets, and the widest and narrowest
 * spans. Cost is private: without {@code includeCost} the page shows head count and FTE only
 * and says that cost is hidden.
 *
 * <p>The page is drawn in its own units, {@link #WIDTH} by {@link #HEIGHT} with y pointing down;
 * an exporter scales it to its paper.
 */
public final class AnalysisPage {

    /** The page's width in its own units (an A4 page lying down, in points). */
    public static final double WIDTH = 842;
    /** The page's height in its own units. */
    public static final double HEIGHT = 595;

    private static final double PANEL_W = 262;
    private static final double GAP = 28;
    private static final double BAR_H = 12;
    private static final Rgba INK = Rgba.hex("#101828");
    private static final Rgba MUTED = Rgba.hex("#475467");
    private static final Rgba RULE = Rgba.hex("#D0D5DD");
    private static final Rgba BAR = Rgba.hex("#2E6FD8");
    private static final Rgba BUDGET = Rgba.hex("#B42318");
    private static final int LISTED = 10;

    private final Analysis analysis;
    private final boolean includeCost;
    private final Theme theme;

    /** The page of {@code analysis}; its cost figures only when {@code includeCost}. */
    public AnalysisPage(Analysis analysis, boolean includeCost) {
        this.analysis = analysis;
        this.includeCost = includeCost;
        this.theme = Theme.of(analysis.chart());
    }

    /** Draws the page with its top-left corner at (0, 0). */
    public void paint(Surface s) {
        Chart chart = analysis.chart();
        s.beginGroup("analysis");
        s.text(RenderTexts.t("analysis.page.title", chart.title()), 0, 18, TextAlign.LEFT, style(16, true, INK));
        double y = 38;
        for (String line : summary()) {
            s.text(line, 0, y, TextAlign.LEFT, style(9, false, INK));
            y += 13;
        }
        double top = Math.max(y + 14, 118);
        double[] columns = {0, PANEL_W + GAP, 2 * (PANEL_W + GAP)};
        spanHistogram(s, columns[0], top);
        layerPyramid(s, columns[1], top);
        bars(s, columns[2], top, RenderTexts.t("analysis.page.headCountByTier"), tierBars(), 8);
        double second = top + 215;
        bars(s, columns[0], second, RenderTexts.t("analysis.page.headCountByDepartment"), departmentBars(), 10);
        costPanel(s, columns[1], second);
        spans(s, columns[2], second);
        s.endGroup();
    }

    /** The headline figures, one line each, as the page writes them. */
    public List<String> summary() {
        Analysis a = analysis;
        List<String> out = new ArrayList<>();
        out.add(RenderTexts.t("analysis.page.positions", a.positions(), a.filled(), a.vacant(), a.planned(),
                a.closing()));
        out.add(RenderTexts.t("analysis.page.managers", a.managers(), a.individualContributors(),
                a.singleReportManagers()));
        out.add(RenderTexts.t("analysis.page.spans", a.layers(), a.meanSpan().map(AnalysisTables::number).orElse("–"),
                a.medianSpan().map(AnalysisTables::number).orElse("–")));
        String fte = RenderTexts.t("analysis.page.fte", AnalysisTables.number(a.fte()));
        out.add(includeCost ? fte + " · " + RenderTexts.t("analysis.page.cost",
                AnalysisTables.money(a.cost(), a.chart()), a.costKnown(), a.positions())
                : fte + " · " + RenderTexts.t("analysis.page.costHidden"));
        List<String> archetypes = new ArrayList<>();
        for (Analysis.ArchetypeCount c : a.archetypes()) {
            if (c.positions() > 0) {
                archetypes.add(RenderTexts.t("analysis.page.archetype", c.archetype().key(), c.positions(),
                        c.outside(), c.range()));
            }
        }
        if (!archetypes.isEmpty()) {
            out.add(RenderTexts.t("analysis.page.archetypes", String.join(" · ", archetypes)));
        }
        return out;
    }

    private void spanHistogram(Surface s, double x, double y) {
        heading(s, RenderTexts.t("analysis.page.spanBands"), x, y);
        List<Analysis.BandCount> bands = analysis.spanBands();
        int most = Math.max(1, bands.stream().mapToInt(Analysis.BandCount::managers).max().orElse(1));
        double plotTop = y + 26;
        double plotH = 130;
        double slot = PANEL_W / Math.max(1, bands.size());
        s.line(x, plotTop + plotH, x + PANEL_W, plotTop + plotH, LineStyle.solid(RULE, 0.8));
        for (int i = 0; i < bands.size(); i++) {
            Analysis.BandCount b = bands.get(i);
            double h = plotH * b.managers() / most;
            double bx = x + i * slot + slot * 0.18;
            if (b.managers() > 0) {
                s.fillRect(bx, plotTop + plotH - h, slot * 0.64, h, 0, BAR);
            }
            s.text(String.valueOf(b.managers()), bx + slot * 0.32, plotTop + plotH - h - 3, TextAlign.CENTRE,
                    style(8, true, INK));
            s.text(b.band().label(), bx + slot * 0.32, plotTop + plotH + 11, TextAlign.CENTRE, style(8, false, MUTED));
        }
        s.text(RenderTexts.t("analysis.page.spanAxis"), x + PANEL_W / 2, plotTop + plotH + 23, TextAlign.CENTRE,
                style(7.5, false, MUTED));
    }

    /** Positions per layer, each layer a bar centred on the middle, its parts coloured by tier. */
    private void layerPyramid(Surface s, double x, double y) {
        heading(s, RenderTexts.t("analysis.page.layers"), x, y);
        List<Integer> perLayer = analysis.positionsPerLayer();
        int most = Math.max(1, perLayer.stream().mapToInt(Integer::intValue).max().orElse(1));
        List<String> tiers = new ArrayList<>();
        for (Tier t : analysis.chart().tiers()) {
            tiers.add(t.id());
        }
        tiers.add("");
        double row = Math.min(16, 150.0 / Math.max(1, perLayer.size()));
        double labelW = 44;
        double plotW = PANEL_W - labelW - 30;
        double centre = x + labelW + plotW / 2;
        for (int layer = 1; layer <= perLayer.size(); layer++) {
            double ry = y + 22 + (layer - 1) * row;
            double width = plotW * perLayer.get(layer - 1) / most;
            double left = centre - width / 2;
            for (int i = 0; i < tiers.size(); i++) {
                int n = analysis.positionsIn(layer, tiers.get(i));
                if (n > 0) {
                    double w = plotW * n / most;
                    s.fillRect(left, ry, w, row * 0.8, 0, i < tiers.size() - 1 ? theme.tierBand(i + 1) : RULE);
                    left += w;
                }
            }
            s.text(RenderTexts.t("analysis.page.layer", layer), x, ry + row * 0.65, TextAlign.LEFT, style(8, false, MUTED));
            s.text(String.valueOf(perLayer.get(layer - 1)), x + PANEL_W - 26, ry + row * 0.65, TextAlign.LEFT,
                    style(8, true, INK));
        }
        double ly = y + 22 + perLayer.size() * row + 10;
        double lx = x;
        for (int i = 0; i < tiers.size() - 1 && ly < y + 200; i++) {
            String name = analysis.chart().tiers().get(i).name();
            s.fillRect(lx, ly - 7, 8, 8, 0, theme.tierBand(i + 1));
            s.text(name, lx + 11, ly, TextAlign.LEFT, style(7.5, false, MUTED));
            lx += 16 + name.length() * 4.2;
            if (lx > x + PANEL_W - 40) {
                lx = x;
                ly += 11;
            }
        }
    }

    /** One bar of a breakdown: its name, its length and the text written beside it. */
    private record Bar(String label, double value, String shown, double budget) {
    }

    private List<Bar> tierBars() {
        List<Bar> out = new ArrayList<>();
        for (GroupFigures g : analysis.byTier()) {
            out.add(new Bar(tierName(g.key()), g.positions(), headCount(g), -1));
        }
        return out;
    }

    private List<Bar> departmentBars() {
        List<Bar> out = new ArrayList<>();
        for (GroupFigures g : analysis.byDepartment()) {
            out.add(new Bar(g.key().isEmpty() ? RenderTexts.t("analysis.page.noDepartment") : g.key(), g.positions(),
                    headCount(g), -1));
        }
        return out;
    }

    private static String headCount(GroupFigures g) {
        return RenderTexts.t("analysis.page.headCount", g.positions(), AnalysisTables.number(g.fte()));
    }

    private String tierName(String id) {
        return id.isEmpty() ? RenderTexts.t("analysis.page.noTier")
                : analysis.chart().tier(id).map(Tier::name).orElse(id);
    }

    /** Cost by tier against the budgets; only a note when cost is private. */
    private void costPanel(Surface s, double x, double y) {
        if (!includeCost) {
            heading(s, RenderTexts.t("analysis.page.costByTier"), x, y);
            s.text(RenderTexts.t("analysis.page.costHiddenNote"), x, y + 30, TextAlign.LEFT, style(8.5, false, MUTED));
            s.text(RenderTexts.t("analysis.page.costHiddenHow"), x, y + 43, TextAlign.LEFT, style(8.5, false, MUTED));
            return;
        }
        Map<String, BigDecimal> budgets = Targets.budgets(analysis.chart().settings(), "tier");
        List<Bar> out = new ArrayList<>();
        for (GroupFigures g : analysis.byTier()) {
            BigDecimal budget = budgets.get(g.key());
            String shown = AnalysisTables.money(g.cost(), analysis.chart())
                    + (budget == null ? "" : " / " + AnalysisTables.money(budget, analysis.chart()));
            out.add(new Bar(tierName(g.key()), g.cost().doubleValue(), shown, budget == null ? -1 : budget.doubleValue()));
        }
        String title = RenderTexts.t(budgets.isEmpty() ? "analysis.page.costByTier" : "analysis.page.costAgainstBudget");
        bars(s, x, y, title, out, 8);
    }

    /** Horizontal bars, longest value the full width; a budget is a red mark across its bar. */
    private void bars(Surface s, double x, double y, String title, List<Bar> bars, int max) {
        heading(s, title, x, y);
        double most = 0;
        for (Bar b : bars) {
            most = Math.max(most, Math.max(b.value(), b.budget()));
        }
        most = most <= 0 ? 1 : most;
        double by = y + 22;
        List<Bar> shown = bars.subList(0, Math.min(max, bars.size()));
        for (Bar b : shown) {
            s.text(b.label() + " · " + b.shown(), x, by + 8, TextAlign.LEFT, style(8, false, INK));
            double w = (PANEL_W - 4) * b.value() / most;
            s.fillRect(x, by + 11, Math.max(w, 0.5), BAR_H * 0.6, 0, BAR);
            if (b.budget() >= 0) {
                double bx = x + (PANEL_W - 4) * b.budget() / most;
                s.line(bx, by + 9, bx, by + 11 + BAR_H * 0.6 + 2, LineStyle.solid(BUDGET, 1.6));
            }
            by += 22;
        }
        if (bars.size() > shown.size()) {
            s.text(RenderTexts.t("analysis.page.more", bars.size() - shown.size()), x, by + 6, TextAlign.LEFT,
                    style(7.5, false, MUTED));
        }
    }

    /** The widest and the narrowest spans, as two short tables. */
    private void spans(Surface s, double x, double y) {
        heading(s, RenderTexts.t("analysis.page.widest"), x, y);
        double after = table(s, x, y + 20, analysis.widestSpans(LISTED));
        heading(s, RenderTexts.t("analysis.page.narrowest"), x, after + 6);
        table(s, x, after + 26, analysis.narrowestSpans(LISTED));
    }

    private double table(Surface s, double x, double y, List<PositionId> managers) {
        double ly = y;
        if (managers.isEmpty()) {
            s.text(RenderTexts.t("analysis.page.noManagers"), x, ly + 8, TextAlign.LEFT, style(8, false, MUTED));
            return ly + 12;
        }
        for (PositionId id : managers) {
            Position p = analysis.chart().position(id);
            s.text(String.valueOf(analysis.of(id).span()), x + 14, ly + 8, TextAlign.CENTRE, style(8, true, INK));
            s.text(p.title(), x + 30, ly + 8, TextAlign.LEFT, style(8, false, INK));
            ly += 10.5;
        }
        return ly;
    }

    private static void heading(Surface s, String text, double x, double y) {
        s.text(text, x, y + 10, TextAlign.LEFT, style(10, true, INK));
        s.line(x, y + 14, x + PANEL_W, y + 14, LineStyle.solid(RULE, 0.6));
    }

    private static TextStyle style(double size, boolean bold, Rgba colour) {
        return new TextStyle(size, bold, false, colour);
    }
}
