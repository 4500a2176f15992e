package dev.orgwright.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.ChartFiles;
import dev.orgwright.model.Accountability;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Duty;
import dev.orgwright.model.Edits;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.RaciRole;
import dev.orgwright.model.Templates;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code orgwright charter} and {@code orgwright raci}: the charters' contents and the matrix's CSV round trip. */
class AccountabilityCommandsTest {

    @TempDir
    Path dir;

    /** The starter chart with a purpose, an A, a C, a dotted line and a private cost on the CFO. */
    private Path chart() throws Exception {
        Chart c = Templates.leadershipTeamStarter();
        PositionId cfo = PositionId.of("cfo");
        c = Edits.setNotes(cfo, "Keeps the company solvent and its figures true.").apply(c);
        c = Accountability.setRole(cfo, "budgets", RaciRole.ACCOUNTABLE).apply(c);
        c = Edits.addDuty(cfo, Duty.linked("Advises on the strategy", "strategy", RaciRole.CONSULTED), -1).apply(c);
        c = Edits.addDottedLine(cfo, PositionId.of("coo")).apply(c);
        c = Edits.setCost(cfo, new BigDecimal("987654")).apply(c);
        return TestCharts.save(dir.resolve("team.orgchart.json"), c);
    }

    @Test
    void aMarkdownCharterHoldsTheFactsDutiesAndDecisionRightsAndNoCost() throws Exception {
        Path file = chart();
        Path md = dir.resolve("cfo.md");
        CliRun run = CliRun.of("charter", file.toString(), "--position", "cfo", "--to", md.toString());
        assertEquals(0, run.exitCode(), run.err());
        String text = Files.readString(md);
        assertTrue(text.startsWith("# Chief Financial Officer\n"), text);
        assertTrue(text.contains("- Tier: Senior Management\n"), text);
        assertTrue(text.contains("- Reports to: Chief Executive Officer\n"), text);
        assertTrue(text.contains("- Direct reports: Head of Finance\n"), text);
        assertTrue(text.contains("- Dotted lines to: Chief Operating Officer\n"), text);
        assertTrue(text.contains("## Purpose\n\nKeeps the company solvent and its figures true.\n"), text);
        assertTrue(text.contains("- Reviews the budgets (Accountable: Review the budgets"), text);
        assertTrue(text.contains("- Advises on the strategy (Consulted: "), text);
        assertTrue(text.contains("## Decision rights\n\n- Accountable for: Review the budgets"), text);
        assertFalse(text.contains("987"), "no cost on a charter");
    }

    @Test
    void aMarkdownCharterIsWrittenInTheLanguageAskedFor() throws Exception {
        Path md = dir.resolve("cfo-de.md");
        CliRun run = CliRun.of("charter", chart().toString(), "--position", "cfo", "--to", md.toString(),
                "--language", "de");
        assertEquals(0, run.exitCode(), run.err());
        String text = Files.readString(md);
        assertTrue(text.startsWith("# Chief Financial Officer\n"), text);
        assertTrue(text.contains("- Berichtet an: Chief Executive Officer\n"), text);
        assertTrue(text.contains("## Zweck\n\nKeeps the company solvent and its figures true.\n"), text);
        assertTrue(text.contains("- Reviews the budgets (Verantwortlich: Review the budgets"), text);
        assertTrue(text.contains("## Entscheidungsrechte\n\n- Verantwortlich für: Review the budgets"), text);
        assertFalse(text.contains("Reports to"), text);
    }

    @Test
    void everyPositionGetsAPdfPageWithItsCharter() throws Exception {
        Path file = chart();
        Path pdf = dir.resolve("charters.pdf");
        CliRun run = CliRun.of("charter", file.toString(), "--to", pdf.toString());
        assertEquals(0, run.exitCode(), run.err());
        int positions = ChartFiles.load(file).size();
        assertEquals("Wrote " + positions + " charters to " + pdf + ".", run.out().strip());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(positions, doc.getNumberOfPages());
            PDFTextStripper stripper = new PDFTextStripper();
            int cfoPage = 1;
            for (var p : ChartFiles.load(file).inTreeOrder()) {
                if (p.id().value().equals("cfo")) {
                    break;
                }
                cfoPage++;
            }
            stripper.setStartPage(cfoPage);
            stripper.setEndPage(cfoPage);
            String page = stripper.getText(doc);
            assertTrue(page.contains("Chief Financial Officer") && page.contains("Decision rights")
                    && page.contains("Accountable for: Review the budgets"), page);
            assertFalse(new PDFTextStripper().getText(doc).contains("987"), "no cost on a charter");
        }
    }

    @Test
    void aPdfCharterDrawsOtherScriptsAndNamesThePositionWhoseTextNoFontDraws() throws Exception {
        Chart c = ChartFiles.load(chart());
        c = Edits.setTitle(PositionId.of("cfo"), "مدير المالية").apply(c);
        c = Edits.setHolder(PositionId.of("cfo"), "山田 太郎").apply(c);
        Path scripts = TestCharts.save(dir.resolve("scripts.orgchart.json"), c);
        Path pdf = dir.resolve("cfo.pdf");
        CliRun run = CliRun.of("charter", scripts.toString(), "--position", "cfo", "--to", pdf.toString());
        assertEquals(0, run.exitCode(), run.err());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("مدير المالية") && text.contains("山田 太郎"), text);
        }

        // U+0378 is unassigned: no font has it, so the PDF is written with a box and the position is named
        String unassigned = new String(Character.toChars(0x0378));
        c = Edits.setHolder(PositionId.of("cfo"), "Ola " + unassigned).apply(c);
        Path lost = TestCharts.save(dir.resolve("lost.orgchart.json"), c);
        CliRun partly = CliRun.of("charter", lost.toString(), "--position", "cfo", "--to", pdf.toString());
        assertEquals(1, partly.exitCode(), partly.err());
        assertTrue(partly.err().contains("position cfo") && partly.err().contains("U+0378"), partly.err());
        assertTrue(Files.size(pdf) > 0);
    }

    @Test
    void anUnknownPositionOrFormatWritesNothing() throws Exception {
        Path file = chart();
        CliRun run = CliRun.of("charter", file.toString(), "--position", "ghost", "--to", dir.resolve("x.md").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("has no position with the id 'ghost'"), run.err());
        CliRun txt = CliRun.of("charter", file.toString(), "--to", dir.resolve("x.txt").toString());
        assertEquals(2, txt.exitCode());
        assertFalse(Files.exists(dir.resolve("x.md")) || Files.exists(dir.resolve("x.txt")));
    }

    @Test
    void theMatrixGoesToCsvAndBackUnchangedAndAnEditedCellChangesTheChart() throws Exception {
        Path file = chart();
        Path csv = dir.resolve("raci.csv");
        assertEquals(0, CliRun.of("raci", file.toString(), "--to", csv.toString()).exitCode());
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        String[] lines = text.substring(1).split("\r\n"); // after the byte order mark
        assertTrue(lines[0].startsWith("responsibility id,responsibility,tier,Chief Executive Officer [ceo],"), lines[0]);
        String budgets = java.util.Arrays.stream(lines).filter(l -> l.startsWith("budgets,")).findFirst().orElseThrow();
        int cfoColumn = List.of(lines[0].split(",")).indexOf("Chief Financial Officer [cfo]");
        assertEquals("A", budgets.split(",", -1)[cfoColumn]);

        Path same = dir.resolve("same.orgchart.json");
        CliRun back = CliRun.of("raci", file.toString(), "--from", csv.toString(), "--out", same.toString());
        assertEquals(0, back.exitCode(), back.err());
        assertEquals("Changed 0 roles; wrote " + same + ".", back.out().strip());
        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(same), "nothing lost on the round trip");

        Files.writeString(csv, text.replaceFirst("(?m)^(policy,[^\\r]*?),R,", "$1,A,"), StandardCharsets.UTF_8);
        Path changed = dir.resolve("changed.orgchart.json");
        CliRun edit = CliRun.of("raci", file.toString(), "--from", csv.toString(), "--out", changed.toString());
        assertEquals(0, edit.exitCode(), edit.err());
        assertEquals("Changed 1 role; wrote " + changed + ".", edit.out().strip());
        Chart after = ChartFiles.load(changed);
        assertEquals(1, countAccountable(after, "policy"));
        assertEquals(RaciRole.ACCOUNTABLE, Accountability.roleOf(after.position(PositionId.of("coo")), "policy").get());
    }

    @Test
    void problemCellsAreListedWithRowAndColumnAndNothingIsWritten() throws Exception {
        Path file = chart();
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "responsibility id,responsibility,tier,CEO [ceo],Ghost [ghost],CFO [cfo]\r\n"
                + "budgets,Budgets,Senior,X,,A\r\n"
                + "nonsense,Whatever,Senior,R,,\r\n"
                + "strategy,Strategy,Senior,a,,Maybe\r\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out.orgchart.json");
        CliRun run = CliRun.of("raci", file.toString(), "--from", csv.toString(), "--out", out.toString());
        assertEquals(2, run.exitCode());
        String[] err = run.errLines();
        assertEquals(csv + ", row 1, column 5 (Ghost [ghost]): the chart has no position 'ghost'.", err[0]);
        assertEquals(csv + ", row 2, column 4 (CEO [ceo]): 'X' is not a role; write R, A, C, I or leave the cell empty.",
                err[1]);
        assertEquals(csv + ", row 3, column 1: the catalog has no responsibility 'nonsense'.", err[2]);
        assertEquals(csv + ", row 4, column 6 (CFO [cfo]): 'Maybe' is not a role; write R, A, C, I or leave the cell"
                + " empty.", err[3]);
        assertEquals("orgwright raci: 4 problems in " + csv + "; nothing was written.", err[4]);
        assertFalse(Files.exists(out));
    }

    private static int countAccountable(Chart chart, String responsibility) {
        int n = 0;
        for (var p : chart.inTreeOrder()) {
            if (Accountability.roleOf(p, responsibility).orElse(null) == RaciRole.ACCOUNTABLE) {
                n++;
            }
        }
        return n;
    }
}
