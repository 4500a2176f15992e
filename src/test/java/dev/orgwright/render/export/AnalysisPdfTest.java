package dev.orgwright.render.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.analysis.Analysis;
import dev.orgwright.analysis.AnalysisTables;
import dev.orgwright.analysis.Analyzer;
import dev.orgwright.analysis.GroupFigures;
import dev.orgwright.analysis.HandChart;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Edits;
import dev.orgwright.model.Messages;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Templates;
import dev.orgwright.render.AnalysisPage;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The analysis page at the end of a PDF: the figures of the analysis, and cost only when asked for. */
class AnalysisPdfTest {

    private Locale before;

    @BeforeEach
    void english() {
        before = Messages.locale();
        Messages.setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void restore() {
        Messages.setLocale(before);
    }

    /** The hand chart with a currency, budgets per tier, and two archetypes. */
    private static Chart chart() throws Exception {
        Chart c = Edits.setCurrency("EUR").apply(HandChart.chart());
        c = Edits.setSettings(c.settings().with("targets.budget", Map.of("tier",
                Map.of(Templates.SENIOR, 600000, Templates.EXECUTIVE, 100000)))).apply(c);
        c = Edits.setArchetype(PositionId.of("cfo"), dev.orgwright.model.ManagerArchetype.PLAYER_COACH).apply(c);
        return Edits.setArchetype(PositionId.of("cto"), dev.orgwright.model.ManagerArchetype.PLAYER_COACH).apply(c);
    }

    private static String[] pages(Chart chart, boolean includeCost) throws Exception {
        Analysis a = Analyzer.withDefaultBands().analyze(chart);
        PdfExporter exporter = new PdfExporter(new ExportFonts()).withAnalysisPage(new AnalysisPage(a, includeCost));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(ExportRequest.of(chart, null, ExportOptions.DEFAULT), out);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            assertEquals(2, document.getNumberOfPages(), "the chart, then the analysis");
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String first = stripper.getText(document);
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            return new String[] {first, stripper.getText(document)};
        }
    }

    @Test
    void theLastPageHoldsTheFiguresOfTheAnalysis() throws Exception {
        Chart chart = chart();
        Analysis a = Analyzer.withDefaultBands().analyze(chart);
        String[] pages = pages(chart, true);
        String page = pages[1];
        assertFalse(pages[0].contains("Analysis of"), "the chart's own page is unchanged");
        assertTrue(page.contains("Analysis of " + chart.title()), page);
        assertTrue(page.contains("Positions: " + a.positions() + " (" + a.filled() + " filled, " + a.vacant()
                + " vacant, " + a.planned() + " planned, " + a.closing() + " closing)"), page);
        assertTrue(page.contains("Managers: " + a.managers() + " · individual contributors: "
                + a.individualContributors() + " · managers with a single report: " + a.singleReportManagers()), page);
        assertTrue(page.contains("Layers: " + a.layers() + " · mean span: " + a.meanSpan().orElseThrow()
                + " · median span: " + a.medianSpan().orElseThrow()), page);
        assertTrue(page.contains("FTE: " + AnalysisTables.number(a.fte()) + " · cost: 810,000 EUR (8 of 9"), page);
        assertTrue(page.contains("Manager archetypes: player-coach 2 (1 outside 3-5)"), "cto has one report: " + page);
        for (GroupFigures g : a.byTier()) {
            String name = g.key().isEmpty() ? "No tier" : chart.tier(g.key()).orElseThrow().name();
            assertTrue(page.contains(name + " · " + g.positions() + " (" + AnalysisTables.number(g.fte()) + " FTE)"),
                    name + ": " + page);
        }
        for (GroupFigures g : a.byDepartment()) {
            assertTrue(page.contains(g.key() + " · " + g.positions() + " ("), g.key() + ": " + page);
        }
        assertTrue(page.contains("Cost by tier against budget"), page);
        assertTrue(page.contains("Senior Management · 510,000 EUR / 600,000 EUR"), page);
        assertTrue(page.contains("Executive Management · 190,000 EUR / 100,000 EUR"), page);
        for (Analysis.BandCount b : a.spanBands()) {
            assertTrue(page.contains(b.band().label()), b.band().label());
        }
        String widest = chart.position(a.widestSpans(1).get(0)).title();
        assertTrue(page.indexOf("Widest spans") < page.indexOf(a.of(a.widestSpans(1).get(0)).span() + " " + widest),
                page);
        assertTrue(page.contains("Narrowest spans"), page);
    }

    @Test
    void withoutPrivateValuesThePageSaysCostIsHiddenAndShowsNone() throws Exception {
        Chart chart = chart();
        String page = pages(chart, false)[1];
        assertTrue(page.contains("cost hidden (private)"), page);
        assertTrue(page.contains("Cost is private and hidden on this page."), page);
        for (String amount : new String[] {"810,000", "510,000", "600,000", "190,000", "100,000", "EUR"}) {
            assertFalse(page.contains(amount), amount + " leaked: " + page);
        }
        assertTrue(page.contains("Senior Management · 3 (3 FTE)"), "head count still shows: " + page);
    }
}
