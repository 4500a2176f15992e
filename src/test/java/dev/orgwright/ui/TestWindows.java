package dev.orgwright.ui;

import dev.orgwright.io.ChartFiles;
import dev.orgwright.io.SampleCharts;
import dev.orgwright.layout.CardSizer;
import dev.orgwright.model.PositionId;
import dev.orgwright.ui.editor.ChartWindowModel;
import dev.orgwright.ui.fx.Dialogs;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import org.testfx.util.WaitForAsyncUtils;

/** Windows for tests: a model on the built-in sample, and where a card is on the screen. */
public final class TestWindows {

    private TestWindows() {
    }

    /** A window model showing the built-in sample, with fixed card sizes and real file loading. */
    public static ChartWindowModel onSample(Dialogs dialogs) {
        return new ChartWindowModel(SampleCharts.leadershipTeam(), CardSizer.fixed(180, 64), ChartFiles::load, dialogs);
    }

    /** The screen point at the centre of the card of {@code id} in {@code window}. */
    static Point2D centreOf(MainWindow window, PositionId id) throws Exception {
        Bounds b = WaitForAsyncUtils.asyncFx(() -> window.canvas().screenBoundsOf(id).orElseThrow()).get();
        return new Point2D(b.getCenterX(), b.getCenterY());
    }
}
