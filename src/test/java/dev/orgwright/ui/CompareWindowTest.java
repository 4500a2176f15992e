package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.ChangeListWriter;
import dev.orgwright.io.SampleCharts;
import dev.orgwright.model.Chart;
import dev.orgwright.model.diff.ChangeKind;
import dev.orgwright.render.ChangeMarks;
import dev.orgwright.ui.compare.ChangeListFile;
import dev.orgwright.ui.compare.ComparePane;
import dev.orgwright.ui.compare.CompareWindow;
import dev.orgwright.ui.fx.RecordingDialogs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The comparison window's outputs: Save Change List… and Export… of the proposal with its changes marked. */
@ExtendWith(ApplicationExtension.class)
class CompareWindowTest {

    @TempDir
    Path folder;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private Stage compare;
    private ComparePane pane;

    @BeforeAll
    static void registerToolkit() throws TimeoutException {
        TestWindows.startToolkit();
    }

    @Start
    void start(Stage stage) {
        Chart current = SampleCharts.leadershipTeam();
        compare = CompareWindow.show(null, current, CompareViewTest.proposal(current), "Compare", dialogs);
        pane = (ComparePane) compare.getUserData();
    }

    @AfterEach
    void close() throws Exception {
        TestWindows.closeOtherWindows();
    }

    @Test
    void theWindowShowsTheBridgeAndTheSpansSideBySide(FxRobot robot) {
        var diff = pane.model().diff();
        String text = robot.lookup("#compare-figures").queryAs(javafx.scene.control.TextArea.class).getText();
        int before = diff.oldChart().size();
        int after = diff.newChart().size();
        assertTrue(text.startsWith("Bridge from current to proposed\n"), text);
        assertTrue(text.matches("(?s).*Positions +" + before + " +\\+1 +−1 .* +" + after + "\n.*"), text);
        assertTrue(text.contains("Spans and layers") && text.contains("Managers with span 1"), text);
    }

    @Test
    void saveChangeListWritesEveryChangeAsCsvOrMarkdownByTheFilesEnding(FxRobot robot) throws Exception {
        Path csv = folder.resolve("changes.csv");
        dialogs.changeListFile = csv;
        choose(robot, "Save Change List…");

        assertEquals(List.of("save the change list as Leadership team - changes.csv"), dialogs.questions);
        assertEquals(List.of(), dialogs.errors);
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "a byte order mark, for spreadsheets");
        List<String> rows = List.of(text.substring(1).split("\r\n"));
        assertEquals(String.join(",", ChangeListWriter.CSV_COLUMNS), rows.get(0));
        assertEquals(pane.model().changes().size() + 1, rows.size(), text);
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("added,cpo,Chief Product Officer,")), text);
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("removed,head-legal,Head of Legal,")), text);
        assertEquals("Saved the change list to changes.csv", robot.lookup("#compare-notice").queryAs(Label.class).getText());

        Path markdown = folder.resolve("changes.md");
        dialogs.changeListFile = markdown;
        shortcut(robot, KeyCode.S);
        String md = Files.readString(markdown, StandardCharsets.UTF_8);
        assertTrue(md.startsWith("# Leadership team: proposed changes\n\n## Changes\n\n4 changes: 1 added, 1 removed,"),
                md);
        assertTrue(md.contains("| 1 | added | cpo | 'Chief Product Officer' added under"), md);
        // The same document as `orgwright diff --format markdown`: the findings section included.
        var findings = pane.model().findings();
        assertTrue(md.contains("\n## Findings\n\n"), md);
        assertEquals(findings.fixed().isEmpty() && findings.introduced().isEmpty(),
                md.contains("The proposal neither fixes nor introduces a finding."), md);
        for (var f : findings.introduced()) {
            assertTrue(md.contains("`" + f.ruleId() + "`: " + ChangeListWriter.markdownText(f.message())), md);
        }
        for (var f : findings.fixed()) {
            assertTrue(md.contains("`" + f.ruleId() + "`: " + ChangeListWriter.markdownText(f.message())), md);
        }
    }

    @Test
    void aChangeListThatCannotBeWrittenSaysWhyAndTheComparisonStays(FxRobot robot) throws Exception {
        dialogs.changeListFile = folder.resolve("gone").resolve("changes.csv");
        choose(robot, "Save Change List…");

        assertEquals(1, dialogs.errors.size());
        String error = dialogs.errors.get(0);
        assertTrue(error.startsWith(ChangeListFile.FAILED + ": Could not save changes.csv: the folder "), error);
        assertTrue(error.contains("does not exist"), error);
        assertEquals("", robot.lookup("#compare-notice").queryAs(Label.class).getText());
        assertEquals(4, robot.lookup("#change-list").queryAs(ListView.class).getItems().size());

        Path existing = folder.resolve("kept.csv");
        Files.writeString(existing, "an earlier list");
        Files.createDirectory(folder.resolve("a folder.csv"));
        dialogs.changeListFile = folder.resolve("a folder.csv");
        choose(robot, "Save Change List…");
        assertEquals(2, dialogs.errors.size());
        assertTrue(dialogs.errors.get(1).contains("it is a folder"), dialogs.errors.get(1));
        assertEquals("an earlier list", Files.readString(existing));
    }

    @Test
    void exportWritesAnSvgOfTheProposalWithItsMarksGhostsAndLegend(FxRobot robot) throws Exception {
        choose(robot, "Export…");
        assertTrue(pane.exportDialog().stage().isPresent(), "File → Export… opens the export dialog");
        assertEquals("Export the comparison", pane.exportDialog().stage().get().getTitle());
        assertEquals("Current vs proposed", robot.lookup("#export-title").queryAs(TextField.class).getText());
        assertTrue(robot.lookup("#export-badges").queryAs(CheckBox.class).isDisabled(), "no findings badges");
        robot.clickOn("#export-format-svg");
        Path file = folder.resolve("comparison.svg");
        exportTo(robot, file);

        assertTrue(dialogs.questions.contains("export as Leadership team - current vs proposed.svg (svg)"),
                dialogs.questions.toString());
        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        String text = svg.getDocumentElement().getTextContent();
        assertTrue(text.contains("Current vs proposed"), "the heading");
        assertTrue(text.contains("Added") && text.contains("Removed (faded, where it stood)")
                && text.contains("Moved (dashed line from the old manager)"), "the legend of the marks");
        ChangeMarks.Colours colours = ChangeMarks.Colours.LIGHT;
        assertTrue(strokes(svg, "cpo").contains(hex(colours.of(ChangeKind.Group.ADDED))), "the new CPO ringed green");
        assertTrue(strokes(svg, "head-product").contains(hex(colours.moved())), "the moved Head of Product");
        assertTrue(strokes(svg, "head-legal").contains(hex(colours.removed())), "the ghost of Head of Legal");
        assertTrue(group(svg, "head-legal").getTextContent().contains("Head of Legal"), "the ghost's title");
        assertEquals("Exported to comparison.svg", robot.lookup("#compare-notice").queryAs(Label.class).getText());
    }

    @Test
    void ctrlEExportsAPdfWhoseTextHasTheLegendAndTheGhost(FxRobot robot) throws Exception {
        shortcut(robot, KeyCode.E);
        assertTrue(pane.exportDialog().stage().isPresent(), "Ctrl+E opens the export dialog");
        robot.clickOn("#export-format-pdf");
        Path file = folder.resolve("comparison.pdf");
        exportTo(robot, file);

        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Current vs proposed"), text);
            assertTrue(text.contains("Removed (faded, where it stood)"), text);
            assertTrue(text.contains("Head of Legal"), "the ghost's title");
            // The new title is wider than a card's text may be: it wraps after "Data".
            assertTrue(text.replaceAll("\\s+", " ").contains("Chief Technology and Data Officer"), "the new title");
        }
    }

    /** Picks {@code item} from the window's File menu, as a user does. */
    private static void choose(FxRobot robot, String item) {
        robot.clickOn("File").clickOn(item);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void shortcut(FxRobot robot, KeyCode key) {
        robot.clickOn("#compare-canvas");
        robot.press(KeyCode.CONTROL).press(key).release(key).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks Export and waits for the worker thread to write the file and the dialog to close. */
    private void exportTo(FxRobot robot, Path file) throws Exception {
        dialogs.exportFile = file;
        robot.clickOn("#export-button");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> pane.exportDialog().stage().isEmpty()
                || !dialogs.errors.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), dialogs.errors);
        assertTrue(Files.size(file) > 0, file + " was written");
    }

    private static Element group(Document svg, String id) {
        NodeList groups = svg.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (id.equals(g.getAttribute("data-id"))) {
                return g;
            }
        }
        throw new AssertionError("no group for " + id);
    }

    /** The outline colours drawn in the group of {@code id}. */
    private static List<String> strokes(Document svg, String id) {
        NodeList rects = group(svg, id).getElementsByTagName("rect");
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < rects.getLength(); i++) {
            out.add(((Element) rects.item(i)).getAttribute("stroke"));
        }
        assertFalse(out.isEmpty());
        return out;
    }

    private static String hex(dev.orgwright.render.Rgba c) {
        return String.format("#%02X%02X%02X", c.red(), c.green(), c.blue());
    }
}
