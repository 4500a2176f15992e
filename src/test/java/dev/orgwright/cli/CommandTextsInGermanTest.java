package dev.orgwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * diff, export, import, git-diff and layout --boxes speak the language asked for: their help and
 * their messages come from the bundle, in German here, and in English without --language.
 */
class CommandTextsInGermanTest {

    @TempDir
    Path dir;

    private Path chart() throws Exception {
        return TestCharts.save(dir.resolve("acme.orgchart.json"), TestCharts.company());
    }

    @Test
    void diffHelpAndMessagesAreInGerman() throws Exception {
        CliRun help = CliRun.of("--language", "de", "diff", "--help");
        assertEquals(0, help.exitCode(), help.err());
        assertTrue(help.out().contains("Vergleicht zwei Versionen eines Organigramms"), help.out());
        assertTrue(help.out().contains("Rückgabewerte:"), help.out());
        assertTrue(help.out().contains("1   Die Organigramme unterscheiden sich."), help.out());
        assertTrue(help.out().contains("Das aktuelle Organigramm."), help.out());
        assertFalse(help.out().contains("Compares two versions"), help.out());

        Path file = chart();
        CliRun same = CliRun.of("diff", "--language", "de", file.toString(), file.toString());
        assertEquals(0, same.exitCode(), same.err());
        assertTrue(same.out().startsWith(file + " -> " + file + ": die Organigramme sind gleich."), same.out());

        CliRun wrong = CliRun.of("diff", "--language", "de", file.toString(), file.toString(),
                "--to", dir.resolve("changes.doc").toString());
        assertEquals(2, wrong.exitCode());
        assertEquals("orgwright diff: das Format von " + dir.resolve("changes.doc")
                + " ist an der Endung nicht zu erkennen; nennen Sie die Datei *.pdf, *.svg, *.png oder *.pptx.",
                wrong.err().strip());
        CliRun english = CliRun.of("diff", file.toString(), file.toString(),
                "--to", dir.resolve("changes.doc").toString());
        assertTrue(english.err().contains("cannot tell the format of"), english.err());
    }

    @Test
    void exportHelpAndMessagesAreInGerman() throws Exception {
        CliRun help = CliRun.of("--language", "de", "export", "--help");
        assertEquals(0, help.exitCode(), help.err());
        assertTrue(help.out().contains("Zeichnet ein Organigramm in ein Bild oder Dokument"), help.out());
        assertTrue(help.out().contains("Die Legende der Ebenenfarben weglassen."), help.out());
        assertTrue(help.out().contains("0   Die Datei wurde geschrieben."), help.out());
        assertFalse(help.out().contains("Draws a chart"), help.out());

        Path out = dir.resolve("acme.svg");
        CliRun wrong = CliRun.of("export", "--language", "de", chart().toString(), "--to", out.toString(),
                "--depth", "0");
        assertEquals(2, wrong.exitCode());
        assertEquals("orgwright export: --depth 0 zeichnet keine Stufe; geben Sie 1 oder mehr an."
                + " Es wurde nichts geschrieben.",
                wrong.err().strip());
        assertFalse(Files.exists(out));
    }

    @Test
    void importHelpAndMessagesAreInGerman() throws Exception {
        CliRun help = CliRun.of("--language", "de", "import", "--help");
        assertEquals(0, help.exitCode(), help.err());
        assertTrue(help.out().contains("Erstellt ein Organigramm aus einer CSV-Datei"), help.out());
        assertTrue(help.out().contains("Die Spalte mit den Abteilungen."), help.out());
        assertFalse(help.out().contains("Makes a chart"), help.out());

        Path csv = dir.resolve("staff.csv");
        Files.writeString(csv, """
                id,manager id,name,title
                ceo,,Maya Lindqvist,Chief Executive Officer
                coo,ceo,Jon Berg,Chief Operating Officer
                cfo,ceo,Ola Nowak,Chief Financial Officer
                """);
        CliRun wrong = CliRun.of("import", "--language", "de", csv.toString(), "--dry-run", "--delimiter", "colon");
        assertEquals(2, wrong.exitCode());
        assertTrue(wrong.err().startsWith("orgwright: --delimiter 'colon' ist keines von comma, semicolon, tab, pipe."),
                wrong.err());

        CliRun dry = CliRun.of("import", "--language", "de", csv.toString(), "--dry-run");
        assertEquals(0, dry.exitCode(), dry.err());
        assertTrue(dry.out().startsWith(csv + ": UTF-8, durch Komma getrennt; Spalten: "), dry.out());
        assertTrue(dry.out().contains("Es wurde nichts geschrieben (--dry-run)."), dry.out());
    }

    @Test
    void gitDiffOutlineAndMessagesAreInGerman() throws Exception {
        CliRun help = CliRun.of("--language", "de", "git-diff", "--help");
        assertEquals(0, help.exitCode(), help.err());
        assertTrue(help.out().contains("Mit den sieben Argumenten von git"), help.out());

        Path file = chart();
        List<String> outline = List.of(CliRun.of("git-diff", "--language", "de", file.toString()).outLines());
        assertEquals("Organigramm: Acme leadership", outline.get(0));
        assertTrue(outline.contains("  - Chief Financial Officer [cfo] unbesetzt; Ebene senior"), outline.toString());
        assertTrue(outline.contains("        gestrichelte Linie zu cfo"), outline.toString());
        List<String> english = List.of(CliRun.of("git-diff", file.toString()).outLines());
        assertEquals("chart: Acme leadership", english.get(0));
        assertTrue(english.contains("  - Chief Financial Officer [cfo] vacant; tier senior"), english.toString());

        CliRun same = CliRun.of("git-diff", "--language", "de", "acme.orgchart.json", file.toString(), "0", "100644",
                file.toString(), "0", "100644");
        assertEquals("orgwright diff a/acme.orgchart.json b/acme.orgchart.json\n  die Organigramme sind gleich.",
                same.out().strip().replace("\r\n", "\n"));

        CliRun wrong = CliRun.of("git-diff", "--language", "de", "a", "b", "c");
        assertEquals(2, wrong.exitCode());
        assertTrue(wrong.err().startsWith("orgwright git-diff: geben Sie eine FILE (textconv)"), wrong.err());
    }

    @Test
    void layoutBoxesProblemsAreInGerman() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, """
                {"nodes": [
                  {"id": "r", "parent": null, "w": 100, "h": 40},
                  {"id": "a", "parent": "r", "w": 0, "h": 40},
                  {"parent": "r", "w": 100, "h": 40}
                ]}
                """);

        CliRun run = CliRun.of("layout", "--language", "de", "--boxes", file.toString());

        assertEquals(2, run.exitCode());
        assertEquals(List.of(
                "bad.json, Zeile 3, Spalte 3: Knoten 2 (\"a\") hat \"w\": 0, aber die Breite muss eine Zahl"
                        + " über null sein.",
                "bad.json, Zeile 4, Spalte 3: Knoten 3 hat keine \"id\"; geben Sie ihm eine Text-id wie \"p3\"."),
                List.of(run.errLines()));
    }
}
