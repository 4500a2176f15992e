package dev.orgwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.analysis.Analysis;
import dev.orgwright.analysis.Analyzer;
import dev.orgwright.analysis.HandChart;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Edits;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --to x.pdf --analysis}: a page of figures after the chart, its cost only with --include-private. */
class AnalysisExportCommandTest {

    @TempDir
    Path dir;

    private Path chart() throws Exception {
        return TestCharts.save(dir.resolve("hand.orgchart.json"), Edits.setCurrency("EUR").apply(HandChart.chart()));
    }

    private static String lastPage(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(document.getNumberOfPages());
            return stripper.getText(document);
        }
    }

    @Test
    void theAnalysisPageFollowsTheChartWithCostOnlyWhenAskedFor() throws Exception {
        Path file = chart();
        Chart chart = HandChart.chart();
        Analysis a = Analyzer.withDefaultBands().analyze(chart);
        Path plain = dir.resolve("plain.pdf");
        CliRun run = CliRun.of("export", file.toString(), "--to", plain.toString(), "--analysis");
        assertEquals(0, run.exitCode(), run.err());
        String page = lastPage(plain);
        assertTrue(page.contains("Managers: " + a.managers() + " "), page);
        assertFalse(page.contains("810,000") || page.contains("810.000"), page);

        Path full = dir.resolve("full.pdf");
        run = CliRun.of("export", file.toString(), "--to", full.toString(), "--analysis", "--include-private");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(lastPage(full).contains("810,000 EUR"), lastPage(full));

        Path without = dir.resolve("without.pdf");
        assertEquals(0, CliRun.of("export", file.toString(), "--to", without.toString()).exitCode());
        assertFalse(lastPage(without).contains("Managers: "), "no page unless asked for");
    }

    @Test
    void theAnalysisPageIsForPdfOnly() throws Exception {
        Path svg = dir.resolve("chart.svg");
        CliRun run = CliRun.of("export", chart().toString(), "--to", svg.toString(), "--analysis");
        assertEquals(Cli.FAILED, run.exitCode());
        assertTrue(run.err().contains("--analysis adds a page to a PDF") && run.err().contains("Nothing was written"),
                run.err());
        assertFalse(Files.exists(svg));
    }
}
