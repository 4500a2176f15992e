package dev.orgwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orgwright.model.Chart;
import dev.orgwright.model.SavedView;
import dev.orgwright.model.Views;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outputs besides drawings take a view too: {@code layout}, the deck, the CSV file and the
 * workbook lay out or list only what the view shows (its root's team, down to its depth, without
 * its folded teams).
 */
class ViewOutputsTest {

    @TempDir
    Path dir;

    /** The company chart with an "Operations" view (the COO's team, sales folded); the window last showed sales folded. */
    private Path chart() throws Exception {
        Chart chart = TestCharts.company();
        chart = Views.save("s", new SavedView("Operations", "coo", null, null, "tidy", null, List.of("head-sales"),
                List.of("holders"))).apply(chart);
        chart = chart.withSettings(Views.withCurrent(chart.settings(),
                new SavedView(null, null, null, null, null, null, List.of("head-sales"), List.of())));
        return TestCharts.save(dir.resolve("views.orgchart.json"), chart);
    }

    private CliRun run(String... args) {
        CliRun run = CliRun.of(args);
        assertEquals(0, run.exitCode(), run.err());
        return run;
    }

    private static List<String> layoutIds(String json) throws Exception {
        List<String> ids = new ArrayList<>();
        new ObjectMapper().readTree(json).get("boxes").fieldNames().forEachRemaining(ids::add);
        return ids;
    }

    @Test
    void layoutTakesAViewARootAndADepth() throws Exception {
        Path file = chart();

        List<String> shown = layoutIds(run("layout", file.toString()).out());
        assertFalse(shown.contains("sales-rep"), "the team the window folded stays folded");
        assertTrue(shown.contains("advisor") && shown.contains("head-sales"));

        List<String> view = layoutIds(run("layout", file.toString(), "--view", "operations").out());
        assertEquals(List.of("coo", "head-sales", "head-ops", "head-mkt", "head-support"), view);

        List<String> top = layoutIds(run("layout", file.toString(), "--root", "ceo", "--depth", "2").out());
        assertEquals(List.of("ceo", "cfo", "coo", "ea"), top.stream().sorted().toList());

        CliRun unknown = CliRun.of("layout", file.toString(), "--view", "Board");
        assertEquals(Cli.FAILED, unknown.exitCode());
        assertTrue(unknown.err().contains("has no view named \"Board\"; its views are: Operations."), unknown.err());
        CliRun zero = CliRun.of("layout", file.toString(), "--depth", "0");
        assertEquals(Cli.FAILED, zero.exitCode());
        assertTrue(zero.err().contains("--depth 0 draws no level"), zero.err());
    }

    @Test
    void layoutsHelpNamesTheViewOptionsAsExportsDoes() {
        String layout = CliRun.of("layout", "--help").out();
        String export = CliRun.of("export", "--help").out();
        for (String help : List.of(layout, export)) {
            assertTrue(help.contains("--view=NAME") && help.contains("saved view NAME"), help);
            assertTrue(help.contains("--depth=N") && help.contains("Draw N levels"), help);
            assertTrue(help.contains("--root, --subtree=ID") || help.contains("--subtree, --root=ID"), help);
        }
    }

    @Test
    void aTreeOfBoxesHasNoViews() throws Exception {
        Path boxes = Files.writeString(dir.resolve("star.json"),
                "{\"nodes\": [{\"id\": \"r\", \"parent\": null, \"w\": 100, \"h\": 40}]}");
        CliRun run = CliRun.of("layout", "--boxes", boxes.toString(), "--depth", "2");
        assertEquals(Cli.FAILED, run.exitCode());
        assertTrue(run.err().contains("a tree of --boxes has no views"), run.err());
    }

    @Test
    void aCsvListsWhatTheViewShowsButNotWhatTheWindowFolded() throws Exception {
        Path file = chart();
        Path whole = dir.resolve("whole.csv");
        CliRun all = run("export", file.toString(), "--to", whole.toString());
        assertEquals(11, Files.readAllLines(whole, StandardCharsets.UTF_8).size() - 1, "every position: " + all.out());

        Path part = dir.resolve("ops.csv");
        CliRun ops = run("export", file.toString(), "--to", part.toString(), "--view", "Operations");
        List<String> lines = Files.readAllLines(part, StandardCharsets.UTF_8);
        List<String> ids = lines.subList(1, lines.size()).stream().map(l -> l.substring(0, l.indexOf(','))).toList();
        assertEquals(List.of("coo", "head-sales", "head-ops", "head-mkt", "head-support"), ids);
        assertTrue(lines.get(1).startsWith("coo,,"), "the view's root reports to no one in the file: " + lines.get(1));
        assertTrue(ops.out().contains("the view lists 5 of the chart's 11 positions"), ops.out());
        assertTrue(ops.out().contains("Wrote 5 positions"), ops.out());

        Path deep = dir.resolve("deep.csv");
        run("export", file.toString(), "--to", deep.toString(), "--root", "ceo", "--depth", "2");
        assertEquals(4, Files.readAllLines(deep, StandardCharsets.UTF_8).size() - 1, "the CEO, the CFO, the COO, the assistant");
    }

    @Test
    void aWorkbookListsTheViewsPositionsAndTheirFindings() throws Exception {
        Path file = chart();
        Path out = dir.resolve("ops.xlsx");
        run("export", file.toString(), "--to", out.toString(), "--root", "coo", "--collapse", "head-sales");

        List<String> ids = new ArrayList<>();
        List<String> findingPositions = new ArrayList<>();
        DataFormatter cells = new DataFormatter();
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Row row : wb.getSheetAt(0)) {
                if (row.getRowNum() > 0) {
                    ids.add(cells.formatCellValue(row.getCell(0)));
                }
            }
            for (Row row : wb.getSheetAt(1)) {
                if (row.getRowNum() > 0) {
                    findingPositions.add(cells.formatCellValue(row.getCell(2)));
                }
            }
        }
        assertEquals(List.of("coo", "head-sales", "head-ops", "head-mkt", "head-support"), ids);
        assertFalse(findingPositions.isEmpty(), "the team has findings (vacancies)");
        for (String id : findingPositions) {
            assertTrue(id.isEmpty() || ids.contains(id), "a finding of a position outside the view: " + id);
        }
    }

    @Test
    void aDeckDrawsOnlyWhatTheViewShowsAndHidesWhatItHides() throws Exception {
        Path file = chart();
        Path whole = dir.resolve("whole.pptx");
        run("export", file.toString(), "--to", whole.toString());
        Path ops = dir.resolve("ops.pptx");
        run("export", file.toString(), "--to", ops.toString(), "--view", "Operations");

        String all = cardText(whole);
        String view = cardText(ops);
        assertTrue(all.contains("Chief Financial Officer") && all.contains("Head of Sales"));
        assertFalse(all.contains("Account Executive"), "the team the window folded is folded in the deck too");
        assertTrue(view.contains("Chief Operating Officer") && view.contains("Head of Support"));
        assertFalse(view.contains("Chief Financial Officer") || view.contains("Chief Executive Officer"),
                "the deck starts at the view's root");
        assertFalse(view.contains("Jon Berg"), "the view hides the holders");
        assertTrue(all.contains("Jon Berg"));
    }

    /** The text of every shape of every slide. */
    private static String cardText(Path file) throws Exception {
        StringBuilder b = new StringBuilder();
        try (InputStream in = Files.newInputStream(file); XMLSlideShow show = new XMLSlideShow(in)) {
            for (XSLFSlide slide : show.getSlides()) {
                for (XSLFShape shape : slide.getShapes()) {
                    append(shape, b);
                }
            }
        }
        return b.toString();
    }

    private static void append(XSLFShape shape, StringBuilder b) {
        if (shape instanceof XSLFTextShape text) {
            b.append(text.getText()).append('\n');
        } else if (shape instanceof org.apache.poi.xslf.usermodel.XSLFGroupShape group) {
            group.getShapes().forEach(s -> append(s, b));
        }
    }
}
