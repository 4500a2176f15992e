package dev.orgwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Position;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFGroupShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeckExportCommandTest {

    @TempDir
    Path folder;

    private Path chartFile() throws Exception {
        return TestCharts.save(folder.resolve("acme.orgchart.json"), TestCharts.company());
    }

    private static XMLSlideShow open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XMLSlideShow(in);
        }
    }

    private static String text(XMLSlideShow show) {
        StringBuilder b = new StringBuilder();
        for (XSLFSlide slide : show.getSlides()) {
            for (XSLFShape s : slide.getShapes()) {
                append(s, b);
            }
        }
        return b.toString();
    }

    private static void append(XSLFShape s, StringBuilder b) {
        if (s instanceof XSLFGroupShape g) {
            g.getShapes().forEach(c -> append(c, b));
        } else if (s instanceof org.apache.poi.xslf.usermodel.XSLFTable t) {
            t.getRows().forEach(r -> r.getCells().forEach(c -> b.append(c.getText()).append('\n')));
        } else if (s instanceof XSLFTextShape t) {
            b.append(t.getText()).append('\n');
        }
    }

    @Test
    void aPptxTargetWritesADeckWithEveryTitleAndSaysHowManySlides() throws Exception {
        Path out = folder.resolve("acme.pptx");
        CliRun run = CliRun.of("export", chartFile().toString(), "--to", out.toString(), "--client", "Acme Board",
                "--date", "2025-03-31");

        assertEquals(Cli.OK, run.exitCode(), run.err());
        try (XMLSlideShow show = open(out)) {
            assertTrue(run.out().startsWith("Wrote " + show.getSlides().size() + " slides"), run.out());
            assertEquals(960, show.getPageSize().getWidth());
            String all = text(show);
            for (Position p : TestCharts.company().inTreeOrder()) {
                assertTrue(all.contains(p.title()), p.title());
            }
            assertTrue(all.contains("Acme Board"));
            assertTrue(all.contains("31 March 2025"));
        }
    }

    @Test
    void slidesWholeDrawsEveryCardOnOneSlideAndAnUnknownChoiceWritesNothing() throws Exception {
        Path out = folder.resolve("whole.pptx");
        CliRun run = CliRun.of("export", chartFile().toString(), "--to", out.toString(), "--slides", "whole");
        assertEquals(Cli.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("(1 of the chart)"), run.out());
        try (XMLSlideShow show = open(out)) {
            long cards = show.getSlides().get(1).getShapes().stream()
                    .filter(s -> s.getShapeName().startsWith("Card: ")).count();
            assertEquals(TestCharts.company().size(), cards);
        }

        Path bad = folder.resolve("bad.pptx");
        CliRun refused = CliRun.of("export", chartFile().toString(), "--to", bad.toString(), "--slides", "all");
        assertEquals(Cli.FAILED, refused.exitCode());
        assertTrue(refused.err().contains("--slides must be teams or whole"), refused.err());
        assertFalse(Files.exists(bad));
    }

    @Test
    void slideSizeFourByThreeAndFindingsAreHonoured() throws Exception {
        Path plain = folder.resolve("plain.pptx");
        Path out = folder.resolve("square.pptx");
        assertEquals(Cli.OK, CliRun.of("export", chartFile().toString(), "--to", plain.toString()).exitCode());
        CliRun run = CliRun.of("export", chartFile().toString(), "--to", out.toString(), "--slide-size", "4:3",
                "--findings");
        assertEquals(Cli.OK, run.exitCode(), run.err());
        try (XMLSlideShow show = open(out); XMLSlideShow without = open(plain)) {
            assertEquals(720, show.getPageSize().getWidth());
            assertTrue(text(show).contains("Findings"));
            assertFalse(text(without).contains("Findings"));
        }
    }

    @Test
    void chartersAddAnAppendixOfEveryPositionsCharterWithoutCost() throws Exception {
        Path plain = folder.resolve("plain.pptx");
        Path out = folder.resolve("charters.pptx");
        assertEquals(Cli.OK, CliRun.of("export", chartFile().toString(), "--to", plain.toString()).exitCode());
        CliRun run = CliRun.of("export", chartFile().toString(), "--to", out.toString(), "--charters");
        assertEquals(Cli.OK, run.exitCode(), run.err());
        try (XMLSlideShow show = open(out); XMLSlideShow without = open(plain)) {
            assertTrue(show.getSlides().size() > without.getSlides().size());
            assertFalse(text(without).contains("Decision rights"));
            String all = text(show);
            for (Position p : TestCharts.company().inTreeOrder()) {
                assertTrue(all.contains(p.title().strip() + "\nHolder: "), "the charter of " + p.title());
            }
            assertTrue(all.contains("Decision rights"));
        }
    }

    @Test
    void aWrongSlideSizeOrAnUnknownRootIsRefusedWithASentenceAndNothingIsWritten() throws Exception {
        Path out = folder.resolve("no.pptx");
        CliRun wrong = CliRun.of("export", chartFile().toString(), "--to", out.toString(), "--slide-size", "3:2");
        assertEquals(Cli.FAILED, wrong.exitCode());
        assertTrue(wrong.err().contains("The slide size must be 16:9 or 4:3, not '3:2'."), wrong.err());
        CliRun subtree = CliRun.of("export", chartFile().toString(), "--to", out.toString(), "--subtree", "nobody");
        assertEquals(Cli.FAILED, subtree.exitCode());
        assertTrue(subtree.err().contains("has no position with the id 'nobody'"), subtree.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void diffToAPptxWritesTheProposalsDeckEndingWithTheBridgeAsTables() throws Exception {
        Path oldFile = chartFile();
        Path newFile = TestCharts.save(folder.resolve("new.orgchart.json"),
                dev.orgwright.model.Edits.removeWithSubtree(dev.orgwright.model.PositionId.of("sales-rep"))
                        .apply(TestCharts.company()));
        Path out = folder.resolve("compare.pptx");
        CliRun run = CliRun.of("diff", oldFile.toString(), newFile.toString(), "--to", out.toString());

        assertEquals(Cli.NEEDS_ATTENTION, run.exitCode(), run.err());
        try (XMLSlideShow show = open(out)) {
            java.util.List<String> tables = new java.util.ArrayList<>();
            for (XSLFSlide slide : show.getSlides()) {
                String heading = "";
                boolean table = false;
                for (XSLFShape s : slide.getShapes()) {
                    if ("Heading".equals(s.getShapeName())) {
                        heading = ((XSLFTextShape) s).getTextParagraphs().get(0).getText();
                    }
                    table |= s instanceof org.apache.poi.xslf.usermodel.XSLFTable;
                }
                if (table && heading.startsWith("Comparison: ")) {
                    tables.add(heading);
                }
            }
            assertEquals(java.util.List.of("Comparison: bridge from current to proposed",
                    "Comparison: spans and layers"), tables);
            String all = text(show);
            assertTrue(all.contains("Current vs proposed"), "the deck's title");
            assertFalse(all.contains("Account Executive"), "the deck shows the proposal, without the removed position");
        }
    }

    @Test
    void costsReachTheDeckOnlyWithIncludePrivate() throws Exception {
        Path chart = folder.resolve("plan.orgchart.json");
        Files.writeString(chart, """
                {"format": "orgwright.chart", "version": 1, "title": "Plan", "settings": {"currency": "GBP"},
                 "positions": [
                  {"id": "ceo", "title": "Chief Executive Officer", "holder": "Nadia Haddad", "cost": 987654.32},
                  {"id": "cfo", "title": "Chief Financial Officer", "reportsTo": "ceo", "cost": 123456}
                 ]}""");
        Path plain = folder.resolve("plain.pptx");
        Path open = folder.resolve("private.pptx");
        assertEquals(Cli.OK, CliRun.of("export", chart.toString(), "--to", plain.toString()).exitCode());
        assertEquals(Cli.OK, CliRun.of("export", chart.toString(), "--to", open.toString(), "--include-private")
                .exitCode());
        try (XMLSlideShow hidden = open(plain); XMLSlideShow shown = open(open)) {
            String without = text(hidden);
            assertTrue(without.contains("Chief Financial Officer"), without);
            for (String amount : new String[] {"987654", "987,654", "123456", "123,456"}) {
                assertFalse(without.contains(amount), "a cost in the deck: " + amount);
            }
            String with = text(shown);
            assertTrue(with.contains("Cost: 987,654 GBP"), "on the CEO's card: " + with);
            assertTrue(with.contains("123,456"), "on the CFO's card and in the analysis");
        }
    }

    @Test
    void aDeckFollowsTheChartsThemeAndColoursByDepartmentWhenAsked() throws Exception {
        Path chart = folder.resolve("dark.orgchart.json");
        Files.writeString(chart, """
                {"format": "orgwright.chart", "version": 1, "title": "Plan",
                 "positions": [
                  {"id": "ceo", "title": "Chief Executive Officer", "department": "Board"},
                  {"id": "cfo", "title": "Chief Financial Officer", "reportsTo": "ceo", "department": "Finance"}
                 ],
                 "theme": {"base": "dark"}}""");
        Path out = folder.resolve("dark.pptx");
        CliRun run = CliRun.of("export", chart.toString(), "--to", out.toString(), "--colour-by", "department");
        assertEquals(Cli.OK, run.exitCode(), run.err());
        dev.orgwright.model.Chart read = dev.orgwright.io.ChartFiles.load(chart);
        dev.orgwright.render.Theme theme = dev.orgwright.render.Theme.of(read)
                .withColourBy(dev.orgwright.render.ColourBy.parse("department"));
        dev.orgwright.render.CardColouring colouring = dev.orgwright.render.CardColouring.of(theme, read, null, false);
        java.awt.Color finance = awt(colouring.colourOf(read, read.find(dev.orgwright.model.PositionId.of("cfo")).orElseThrow()));
        java.awt.Color board = awt(colouring.colourOf(read, read.find(dev.orgwright.model.PositionId.of("ceo")).orElseThrow()));
        assertFalse(finance.equals(board), "two departments, two colours");
        try (XMLSlideShow show = open(out)) {
            java.util.Set<java.awt.Color> fills = new java.util.HashSet<>();
            for (XSLFSlide slide : show.getSlides()) {
                for (XSLFShape s : slide.getShapes()) {
                    fills(s, fills);
                }
            }
            assertTrue(fills.contains(awt(theme.cardFill())), "the dark theme's card fill");
            for (XSLFSlide slide : show.getSlides()) {
                java.awt.Color paper = slide.getBackground().getFillColor();
                assertEquals(awt(theme.background()), new java.awt.Color(paper.getRed(), paper.getGreen(),
                        paper.getBlue()), "dark paper under the dark theme's light text, slide " + slide.getSlideNumber());
            }
            assertTrue(fills.contains(finance) && fills.contains(board), "the departments' colours: " + fills);
            String all = text(show);
            assertTrue(all.contains("Departments:") && all.contains("Finance"), "a legend of departments: " + all);
        }
    }

    private static java.awt.Color awt(dev.orgwright.render.Rgba c) {
        return new java.awt.Color(c.red(), c.green(), c.blue());
    }

    private static void fills(XSLFShape s, java.util.Set<java.awt.Color> out) {
        if (s instanceof XSLFGroupShape g) {
            g.getShapes().forEach(c -> fills(c, out));
        } else if (s instanceof org.apache.poi.xslf.usermodel.XSLFSimpleShape simple && simple.getFillColor() != null) {
            java.awt.Color c = simple.getFillColor();
            out.add(new java.awt.Color(c.getRed(), c.getGreen(), c.getBlue()));
        }
    }
}
