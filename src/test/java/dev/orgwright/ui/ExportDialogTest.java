package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.render.export.ExportSheet;
import dev.orgwright.ui.editor.EditorExportSource;
import dev.orgwright.ui.export.ExportFormat;
import dev.orgwright.ui.export.ExportSettings;
import dev.orgwright.ui.fx.FxTextMeasure;
import dev.orgwright.ui.fx.RecordingDialogs;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
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

/** File → Export… and File → Print… in the real window: the dialog's choices reach the file written. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {

    private static final PositionId CTO = PositionId.of("cto");

    @TempDir
    Path folder;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private MainWindow window;

    @BeforeAll
    static void registerToolkit() throws TimeoutException {
        TestWindows.startToolkit();
    }

    @Start
    void start(Stage stage) {
        window = TestWindows.openOnSample(stage, dialogs);
    }

    @AfterEach
    void closeDialog() throws Exception {
        TestWindows.closeOtherWindows();
    }

    private void fx(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).press(key).release(key).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void openDialog(FxRobot robot) {
        robot.clickOn("#chart-canvas", javafx.scene.input.MouseButton.SECONDARY); // the canvas has the keyboard
        shortcut(robot, KeyCode.E);
        assertTrue(window.exportDialog().stage().isPresent(), "Ctrl+E opens the export dialog");
    }

    /** Clicks Export and waits for the worker thread to write the file and the dialog to close. */
    private void exportTo(FxRobot robot, Path file) throws Exception {
        dialogs.exportFile = file;
        robot.clickOn("#export-button");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.exportDialog().stage().isEmpty()
                || !dialogs.errors.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), dialogs.errors);
        assertTrue(Files.size(file) > 0, file + " was written");
    }

    @Test
    void aPdfWithACharacterNoFontHasIsWrittenAndTheDialogListsThePositionThatLostIt(FxRobot robot) throws Exception {
        fx(() -> window.model().apply(dev.orgwright.model.Edits.setTitle(CTO, "Chief Technology Officer \u0378")));
        openDialog(robot);
        robot.clickOn("#export-format-pdf");
        Path file = folder.resolve("lost.pdf");
        dialogs.exportFile = file;
        robot.clickOn("#export-button");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !dialogs.errors.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(Files.size(file) > 0, file + " was written");
        assertEquals(1, dialogs.errors.size(), dialogs.errors.toString());
        String error = dialogs.errors.get(0);
        assertTrue(error.startsWith(dev.orgwright.ui.export.ExportDialog.UNDRAWN + ": lost.pdf was written"), error);
        assertTrue(error.contains("position cto: \"Chief Technology Officer \u0378\" lost"), error);
        assertTrue(error.contains("U+0378"), error);
    }

    @Test
    void anSvgOfTheSelectedSubtreeWithoutHoldersHasItsPositionsAndNoNames(FxRobot robot) throws Exception {
        fx(() -> window.model().select(CTO));
        openDialog(robot);
        robot.clickOn("#export-format-svg");
        robot.clickOn("#export-scope-subtree");
        robot.clickOn("#export-holders");
        robot.clickOn("#export-title").write("Technology for the board");
        Path file = folder.resolve("cto.svg");
        exportTo(robot, file);

        assertTrue(dialogs.questions.contains("export as Leadership team.svg (svg)"), dialogs.questions.toString());
        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        NodeList groups = svg.getElementsByTagName("g");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < groups.getLength(); i++) {
            String id = ((Element) groups.item(i)).getAttribute("data-id");
            if (!id.isEmpty()) {
                ids.add(id);
            }
        }
        Set<String> subtree = new HashSet<>();
        window.model().chart().subtree(CTO).forEach(id -> subtree.add(id.value()));
        assertEquals(subtree, ids, "exactly the CTO's part of the chart");
        String text = svg.getDocumentElement().getTextContent();
        for (PositionId id : window.model().chart().subtree(CTO)) {
            Position p = window.model().chart().position(id);
            assertTrue(text.contains(p.title().strip()), p.title());
            if (!p.isVacant()) {
                assertFalse(text.contains(p.holder().strip()), "no holder's name: " + p.holder());
            }
        }
        assertFalse(text.contains("Vacant"), "no holder line at all");
        assertTrue(text.contains("Technology for the board"), "the heading typed in the dialog");

        // The choices are remembered for the window.
        ExportSettings remembered = window.exportDialog().settings();
        assertEquals(ExportFormat.SVG, remembered.format());
        assertFalse(remembered.options().holders());
        openDialog(robot);
        assertTrue(robot.lookup("#export-format-svg").queryAs(RadioButton.class).isSelected());
        assertTrue(robot.lookup("#export-scope-subtree").queryAs(RadioButton.class).isSelected());
        assertFalse(robot.lookup("#export-holders").queryAs(CheckBox.class).isSelected());
    }

    /** A chart with fields of its own: the selected team is drawn with its public field, never its private one. */
    @Test
    void theSelectedTeamOfAChartWithFieldsIsWrittenWithItsPublicValuesOnly(FxRobot robot) throws Exception {
        fx(() -> {
            window.model().apply(dev.orgwright.model.CustomFieldEdits.define(new dev.orgwright.model.FieldDefinition(
                    "site", "Site", dev.orgwright.model.FieldType.TEXT, false, List.of())));
            window.model().apply(dev.orgwright.model.CustomFieldEdits.define(new dev.orgwright.model.FieldDefinition(
                    "email", "E-mail", dev.orgwright.model.FieldType.TEXT, true, List.of())));
            window.model().apply(dev.orgwright.model.CustomFieldEdits.setValue(CTO, "site", "Depot Wakefield"));
            window.model().apply(dev.orgwright.model.CustomFieldEdits.setValue(CTO, "email", "cto@brightline.example"));
            window.model().apply(dev.orgwright.model.CardTemplate.edit(new dev.orgwright.model.CardTemplate(
                    List.of("title", "holder", "field:site", "field:email"), true)));
            window.model().select(CTO);
        });
        openDialog(robot);
        robot.clickOn("#export-format-svg");
        robot.clickOn("#export-scope-subtree");
        Path file = folder.resolve("team.svg");
        exportTo(robot, file);

        String text = Files.readString(file);
        assertTrue(text.contains("Depot Wakefield"), "the public field on the team's top card");
        assertFalse(text.contains("brightline"), "no private value");
        assertFalse(text.contains(window.model().chart().position(window.model().chart().roots().get(0)).title() + "<"),
                "the chart's top is not in the team");
    }

    @Test
    void aPngAtScaleTwoHasTwiceTheSheetsSizeInPixels(FxRobot robot) throws Exception {
        openDialog(robot);
        robot.clickOn("#export-format-png");
        robot.clickOn("#export-scope-whole");
        fx(() -> robot.lookup("#export-scale").queryAs(Spinner.class).getValueFactory().setValue(1.0));
        robot.clickOn("#export-scale .increment-arrow-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, window.exportDialog().settings().scale());
        String caption = robot.lookup("#export-preview-caption").queryAs(Label.class).getText();
        Path file = folder.resolve("chart.png");
        exportTo(robot, file);

        ExportSheet sheet = WaitForAsyncUtils.asyncFx(() -> window.exportDialog().settings().withScale(1)
                .request(new EditorExportSource(window.model())).picture(new FxTextMeasure())).get();
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(ExportSheet.pixels(sheet.width(), 2), image.getWidth());
        assertEquals(ExportSheet.pixels(sheet.height(), 2), image.getHeight());
        assertEquals(String.format(java.util.Locale.ROOT, "%,d × %,d pixels", image.getWidth(), image.getHeight()),
                caption, "the preview said the size the file has");
    }

    @Test
    void thePreviewFollowsTheOptionsAndCountsPdfPages(FxRobot robot) throws Exception {
        openDialog(robot);
        robot.clickOn("#export-format-pdf");
        int[] before = pixels(robot);
        robot.clickOn("#export-duties");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(java.util.Arrays.equals(before, pixels(robot)), "listing duties changes the picture");

        robot.clickOn("#export-page-grid");
        fx(() -> {
            robot.lookup("#export-columns").queryAs(Spinner.class).getValueFactory().setValue(3);
            robot.lookup("#export-rows").queryAs(Spinner.class).getValueFactory().setValue(1);
        });
        String caption = robot.lookup("#export-preview-caption").queryAs(Label.class).getText();
        assertTrue(caption.startsWith("A4 landscape, 3 × 1 pages · "), caption);
        assertFalse(caption.contains("left out"), caption);
        assertEquals(3, window.exportDialog().settings().page().columns());

        fx(() -> robot.lookup("#export-rows").queryAs(Spinner.class).getValueFactory().setValue(3));
        caption = robot.lookup("#export-preview-caption").queryAs(Label.class).getText();
        assertTrue(caption.contains("pages asked for") && caption.contains("left out"),
                "a grid the wide sample does not fill says which pages the PDF leaves out: " + caption);
    }

    @Test
    void aFolderThatDoesNotExistGivesAClearMessageAndKeepsTheDialogOpen(FxRobot robot) throws Exception {
        openDialog(robot);
        robot.clickOn("#export-format-pdf");
        dialogs.exportFile = folder.resolve("missing").resolve("chart.pdf");
        robot.clickOn("#export-button");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !dialogs.errors.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        String error = dialogs.errors.get(0);
        assertTrue(error.startsWith("The chart could not be exported: "), error);
        assertTrue(error.contains("does not exist"), error);
        assertTrue(window.exportDialog().stage().isPresent(), "the dialog stays for another try");
        assertFalse(robot.lookup("#export-button").query().isDisabled());
    }

    @Test
    void printingWithoutAPrinterSaysSoAndHowToGetPaperAnyway(FxRobot robot) {
        robot.clickOn("#chart-canvas", javafx.scene.input.MouseButton.SECONDARY);
        shortcut(robot, KeyCode.P);
        assertEquals(List.of("There is no printer to print on: Orgwright found no printer on this computer. Add a"
                + " printer in the system settings, or export a PDF (File → Export…) and print that."), dialogs.errors);
    }

    @Test
    void aBookIsPreviewedPageByPageAsManyPagesAsThePdfHas(FxRobot robot) throws Exception {
        openDialog(robot);
        robot.clickOn("#export-format-book");
        awaitPlan(robot);
        assertFalse(robot.lookup("#export-analysis").queryAs(CheckBox.class).isSelected());
        Label page = robot.lookup("#export-preview-page").queryAs(Label.class);
        assertTrue(page.isVisible(), "a book is paged through");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Page 1 of (\\d+)").matcher(page.getText());
        assertTrue(m.matches(), page.getText());
        int shown = Integer.parseInt(m.group(1));
        int[] first = pixels(robot);
        robot.clickOn("#export-preview-next");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Page 2 of " + shown, page.getText());
        assertFalse(java.util.Arrays.equals(first, pixels(robot)), "the second page is another picture");
        robot.clickOn("#export-preview-previous");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(java.util.Arrays.equals(first, pixels(robot)), "back on the first page");

        robot.clickOn("#export-analysis");
        awaitPlan(robot);
        assertEquals("Page 1 of " + (shown + 1), page.getText(), "the analysis page ends the book");
        Path file = folder.resolve("book.pdf");
        exportTo(robot, file);
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
            assertEquals(pdf.getNumberOfPages(), shown + 1, "the preview counts the pages the book has");
        }
    }

    @Test
    void aDeckIsPreviewedSlideBySlideOneForEachSlideOfTheDeck(FxRobot robot) throws Exception {
        openDialog(robot);
        robot.clickOn("#export-format-pptx");
        awaitPlan(robot);
        Label slide = robot.lookup("#export-preview-page").queryAs(Label.class);
        assertTrue(slide.isVisible(), "a deck is paged through");
        dev.orgwright.render.export.ExportRequest request = WaitForAsyncUtils.asyncFx(() -> window.exportDialog()
                .settings().request(new EditorExportSource(window.model()))).get();
        dev.orgwright.render.deck.DeckWriter.Summary written = new dev.orgwright.render.deck.DeckWriter(
                new dev.orgwright.render.export.ExportFonts(), request.theme())
                .write(request.chart(), null, window.exportDialog().deckChoices().options(request.options()),
                        java.io.OutputStream.nullOutputStream());
        assertEquals("Slide 1 of " + written.slides() + ": the title", slide.getText());
        robot.clickOn("#export-preview-next");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Slide 2 of " + written.slides() + ": the chart", slide.getText());
        assertEquals(written.slides() + " slides, " + written.chartSlides() + " of them showing the chart",
                robot.lookup("#export-preview-caption").queryAs(Label.class).getText());
    }

    /** Waits until the preview has planned the book's pages or the deck's slides in the background. */
    private static void awaitPlan(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        Label caption = robot.lookup("#export-preview-caption").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !caption.getText().startsWith("Planning"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private int[] pixels(FxRobot robot) throws Exception {
        Canvas canvas = robot.lookup("#export-preview").queryAs(Canvas.class);
        return WaitForAsyncUtils.asyncFx(() -> {
            WritableImage image = canvas.snapshot(null, null);
            int w = (int) image.getWidth();
            int h = (int) image.getHeight();
            int[] out = new int[w * h];
            image.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), out, 0, w);
            return out;
        }).get();
    }
}
