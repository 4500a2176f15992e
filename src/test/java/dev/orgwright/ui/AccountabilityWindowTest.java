package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Accountability;
import dev.orgwright.model.Chart;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.RaciRole;
import dev.orgwright.ui.fx.RecordingDialogs;
import dev.orgwright.ui.panels.AccountabilityGrid;
import dev.orgwright.ui.panels.AccountabilityMatrix;
import dev.orgwright.ui.panels.AccountabilityMatrix.RowState;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * View → Accountability in the real window: a click and a key set a role, a click on the selected
 * cell turns it to the next, Delete empties it, each change is one undo step of the chart, and rows
 * with several A's are flagged.
 */
@ExtendWith(ApplicationExtension.class)
class AccountabilityWindowTest {

    private MainWindow window;

    @BeforeAll
    static void registerToolkit() throws TimeoutException {
        TestWindows.startToolkit();
    }

    @Start
    void start(Stage stage) {
        window = TestWindows.openOnSample(stage, new RecordingDialogs());
    }

    @Test
    void cellsAreEditedByClickAndKeyAndEveryChangeIsUndone(FxRobot robot) throws Exception {
        Chart original = window.model().chart();
        robot.clickOn("View").clickOn("Accountability");
        WaitForAsyncUtils.waitForFxEvents();
        Region cells = robot.lookup("#accountability-grid").queryAs(Region.class);
        AccountabilityGrid grid = (AccountabilityGrid) cells.getParent();
        AccountabilityMatrix matrix = grid.matrix();
        int budgets = rowOf(matrix, "budgets");
        int ceo = columnOf(matrix, "ceo");
        int cto = columnOf(matrix, "cto");
        assertEquals(RaciRole.RESPONSIBLE, matrix.cell(budgets, ceo), "the sample's links read as R");

        robot.clickOn(centre(grid, budgets, ceo)).type(KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(RaciRole.ACCOUNTABLE, role(window.model().chart(), "ceo", "budgets"));
        assertEquals(RaciRole.ACCOUNTABLE, matrix.cell(budgets, ceo), "the matrix follows the edit");
        assertEquals(RowState.FINE, matrix.rowState(budgets));

        robot.clickOn(centre(grid, budgets, cto)).type(KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(RowState.MANY_ACCOUNTABLE, matrix.rowState(budgets), "two A's in one row are flagged");

        robot.clickOn(centre(grid, budgets, cto)); // a click on the selected cell: A becomes C
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(RaciRole.CONSULTED, role(window.model().chart(), "cto", "budgets"));
        assertEquals(RowState.FINE, matrix.rowState(budgets));

        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(role(window.model().chart(), "cto", "budgets"));
        int duties = original.position(PositionId.of("cto")).duties().size();
        assertEquals(duties, window.model().chart().position(PositionId.of("cto")).duties().size(),
                "emptying a cell unlinks the user's own duty and keeps its words");

        for (int step = 0; step < 4; step++) {
            robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(original, window.model().chart(), "four changes, four undo steps");
        assertEquals(RaciRole.RESPONSIBLE, matrix.cell(budgets, ceo));
    }

    @Test
    void theFilterShowsOneTiersPositions(FxRobot robot) throws Exception {
        robot.clickOn("View").clickOn("Accountability");
        WaitForAsyncUtils.waitForFxEvents();
        AccountabilityGrid grid = (AccountabilityGrid) robot.lookup("#accountability-grid").queryAs(Region.class).getParent();
        AccountabilityMatrix matrix = grid.matrix();
        int all = matrix.columnCount();
        AccountabilityMatrix.Filter senior = matrix.filters().stream()
                .filter(f -> f.label().equals("Tier: Senior Management")).findFirst().orElseThrow();
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#accountability-filter")
                .queryComboBox().getSelectionModel().select(senior)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(matrix.columnCount() > 0 && matrix.columnCount() < all, matrix.columnCount() + " of " + all);
        for (int c = 0; c < matrix.columnCount(); c++) {
            assertEquals("senior", matrix.column(c).tierId());
        }
    }

    @Test
    void theCharterOfTheSelectedPositionShowsItsDecisionRights(FxRobot robot) throws Exception {
        PositionId cto = PositionId.of("cto");
        WaitForAsyncUtils.asyncFx(() -> {
            window.model().apply(Accountability.setRole(cto, "budgets", RaciRole.ACCOUNTABLE));
            window.model().select(cto);
        }).get();
        robot.clickOn("View").clickOn("Role Charters");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.layout.VBox pages = robot.lookup("#charter-pages").queryAs(javafx.scene.layout.VBox.class);
        assertEquals(1, pages.getChildren().size(), "the selected position's charter alone");
        java.util.List<String> lines = ((javafx.scene.layout.VBox) pages.getChildren().get(0)).getChildren().stream()
                .map(n -> ((javafx.scene.control.Label) n).getText()).toList();
        assertEquals("Chief Technology Officer", lines.get(0));
        assertTrue(lines.contains("Tier: Senior Management"), lines.toString());
        assertTrue(lines.contains("Reports to: Chief Executive Officer"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("• Accountable for: Review the budgets")), lines.toString());
        int decisions = lines.indexOf("Decision rights");
        assertTrue(decisions > lines.indexOf("Duties") && lines.indexOf("Duties") > lines.indexOf("Purpose"), lines.toString());
    }

    private static RaciRole role(Chart chart, String position, String responsibility) {
        return Accountability.roleOf(chart.position(PositionId.of(position)), responsibility).orElse(null);
    }

    private static int rowOf(AccountabilityMatrix m, String responsibility) {
        for (int r = 0; r < m.rowCount(); r++) {
            if (m.row(r).responsibility().id().equals(responsibility)) {
                return r;
            }
        }
        throw new AssertionError("no row " + responsibility);
    }

    private static int columnOf(AccountabilityMatrix m, String position) {
        for (int c = 0; c < m.columnCount(); c++) {
            if (m.column(c).id().value().equals(position)) {
                return c;
            }
        }
        throw new AssertionError("no column " + position);
    }

    private static Point2D centre(AccountabilityGrid grid, int row, int column) {
        double[] at = grid.centreOf(row, column);
        return grid.cells().localToScreen(at[0], at[1]);
    }
}
