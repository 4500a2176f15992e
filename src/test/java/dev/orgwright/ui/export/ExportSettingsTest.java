package dev.orgwright.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.orgwright.io.ChartFiles;
import dev.orgwright.io.SampleCharts;
import dev.orgwright.layout.Box;
import dev.orgwright.layout.CardSizer;
import dev.orgwright.model.PositionId;
import dev.orgwright.render.Viewport;
import dev.orgwright.render.export.ExportOptions;
import dev.orgwright.render.export.ExportRequest;
import dev.orgwright.render.export.ExportScope;
import dev.orgwright.render.export.PageSetup;
import dev.orgwright.render.export.PdfExporter;
import dev.orgwright.ui.editor.ChartWindowModel;
import dev.orgwright.ui.editor.EditorExportSource;
import dev.orgwright.ui.fx.Dialogs;
import dev.orgwright.ui.fx.SaveChoice;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the export dialog's settings ask of the editor window's chart, without a toolkit. */
class ExportSettingsTest {

    /** A window that never asks anything. */
    private static final Dialogs SILENT = new Dialogs() {
        @Override public void showError(String headline, String message) { throw new AssertionError(message); }
        @Override public Optional<Path> chooseChartToOpen() { return Optional.empty(); }
        @Override public Optional<Path> chooseCsvToImport() { return Optional.empty(); }
        @Override public void showAbout(String name, String version) { }
        @Override public Optional<Path> chooseChartToSave(String suggestedName) { return Optional.empty(); }
        @Override public Optional<Path> chooseExportFile(String suggestedName, String extension) { return Optional.empty(); }
        @Override public Optional<Path> chooseChangeListFile(String suggestedName) { return Optional.empty(); }
        @Override public SaveChoice askToSaveChanges(String chartName) { return SaveChoice.CANCEL; }
        @Override public Optional<String> askText(String headline, String prompt, String initial) { return Optional.empty(); }
        @Override public int choose(String headline, String message, String... answers) { return -1; }
    };

    private final ChartWindowModel model = new ChartWindowModel(SampleCharts.leadershipTeam(),
            CardSizer.fixed(180, 64), ChartFiles::load, SILENT);
    private final ExportSource window = new EditorExportSource(model);

    @Test
    void theCurrentViewIsTheWindowsViewportInChartUnits() {
        model.view().resize(800, 600);
        model.view().zoomBy(1.25);
        ExportRequest request = ExportSettings.DEFAULT.withScope(ExportSettings.Scope.VIEW).request(window);
        Viewport v = model.view().viewport();
        assertEquals(new ExportScope.View(new Box(v.originX(), v.originY(), 800 / v.scale(), 600 / v.scale())),
                request.options().scope());
    }

    @Test
    void aSubtreeIsTheSelectionsAndTheWholeChartWithoutOne() {
        ExportSettings subtree = ExportSettings.DEFAULT.withScope(ExportSettings.Scope.SUBTREE);
        assertEquals(ExportScope.WHOLE, subtree.request(window).options().scope());
        model.select(PositionId.of("cfo"));
        assertEquals(new ExportScope.Subtree(PositionId.of("cfo")), subtree.request(window).options().scope());
    }

    @Test
    void theRequestCarriesTheWindowsLayoutCollapsedTeamsAndFindings() {
        model.toggleCollapsed(PositionId.of("coo"));
        ExportRequest request = ExportSettings.DEFAULT.request(window);
        assertEquals(Set.of(PositionId.of("coo")), request.collapsed());
        // The window's layout, aimed at the printable part of the PDF's page.
        assertEquals(model.layoutOptions().withAspect(PdfExporter.printableAspect(PageSetup.A4_FIT)),
                request.layoutOptions());
        assertEquals(model.layoutOptions(), ExportSettings.DEFAULT.withFormat(ExportFormat.SVG).request(window)
                .layoutOptions(), "an SVG is laid out as the window is");
        assertEquals(model.validation(), request.findings());
        assertEquals(model.chart(), request.chart());
    }

    @Test
    void onlyAPngIsTransparentAndScaledAndNamedForItsFormat() {
        ExportOptions clear = ExportOptions.DEFAULT.withBackground(ExportOptions.Background.TRANSPARENT);
        ExportSettings png = ExportSettings.DEFAULT.withFormat(ExportFormat.PNG).withOptions(clear).withScale(3);
        assertEquals(ExportOptions.Background.TRANSPARENT, png.request(window).options().background());
        assertEquals(3, png.request(window).scale());
        ExportSettings pdf = png.withFormat(ExportFormat.PDF).withPage(PageSetup.A4_FIT.withGrid(2, 2));
        assertEquals(ExportOptions.Background.WHITE, pdf.request(window).options().background(), "paper is white");
        assertEquals(1, pdf.request(window).scale());
        assertEquals(PageSetup.A4_FIT.withGrid(2, 2), pdf.request(window).page());
        assertEquals("Board 2027 plan.pdf", pdf.suggestedName(" Board:  2027 plan "));
        assertEquals("chart.svg", pdf.withFormat(ExportFormat.SVG).suggestedName("///"));
        assertThrows(IllegalArgumentException.class, () -> png.withScale(5));
        assertEquals(0.5, png.withScale(0.5).request(window).scale(), "a chart too large at full size is drawn smaller");
        assertThrows(IllegalArgumentException.class, () -> png.withScale(0.05));
    }
}
