package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.layout.Box;
import dev.orgwright.layout.LayoutOptions;
import dev.orgwright.model.Chart;
import dev.orgwright.model.ChartBuilder;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Templates;
import dev.orgwright.render.Viewport;
import dev.orgwright.ui.present.PresentationMode;
import dev.orgwright.ui.present.PresentationSteps;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A big team's presentation step in the real window: the team of a manager with forty direct
 * reports, each with a small team, is laid out by the automatic layout for the screen, wrapped
 * into a block of about the screen's shape, even while the window itself shows the chart as a
 * tidy tree in which that team is a long strip.
 */
@ExtendWith(ApplicationExtension.class)
class PresentationBigTeamTest {

    private static final int REPORTS = 40;
    private MainWindow window;

    @BeforeAll
    static void registerToolkit() throws TimeoutException {
        TestWindows.startToolkit();
    }

    @Start
    void start(Stage stage) {
        window = TestWindows.openOnSample(stage);
    }

    @AfterEach
    void endPresentation() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.presentation().exit()).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A CEO, a CTO with forty heads of team of two each, and a CFO with a small team. */
    private static Chart bigTeam() throws Exception {
        ChartBuilder b = Chart.builder().title("Big team").tiers(Templates.leadershipTeam())
                .add(Position.of("ceo", "Chief Executive Officer", Templates.SENIOR).withHolder("Ada"))
                .add(Position.of("cto", "Chief Technology Officer", Templates.SENIOR).withHolder("Grace")
                        .withReportsTo(PositionId.of("ceo")))
                .add(Position.of("cfo", "Chief Financial Officer", Templates.SENIOR).withHolder("Luca")
                        .withReportsTo(PositionId.of("ceo")));
        for (int i = 1; i <= REPORTS; i++) {
            b.add(Position.of("head" + i, "Head of Team " + i, Templates.EXECUTIVE).withHolder("Holder " + i)
                    .withReportsTo(PositionId.of("cto")));
            for (int k = 1; k <= 2; k++) {
                b.add(Position.of("eng" + i + "-" + k, "Engineer " + k, null).withHolder("Engineer " + i + "." + k)
                        .withReportsTo(PositionId.of("head" + i)));
            }
        }
        for (int k = 1; k <= 3; k++) {
            b.add(Position.of("acc" + k, "Accountant " + k, Templates.EXECUTIVE).withReportsTo(PositionId.of("cfo")));
        }
        return b.build();
    }

    /** How far an aspect is from the target, as a factor of at least 1 either way. */
    private static double offBy(double aspect, double target) {
        return Math.max(aspect / target, target / aspect);
    }

    @Test
    void aBigTeamsStepIsLaidOutWrappedToTheScreensShapeWhileTheWindowShowsATidyStrip(FxRobot robot)
            throws Exception {
        Chart chart = bigTeam();
        robot.interact(() -> window.model().session().newChart(chart));
        robot.interact(() -> window.model().setLayoutOptions(LayoutOptions.DEFAULT));
        robot.interact(() -> window.presentation().enter());
        PresentationMode p = window.presentation();
        List<PresentationSteps.Step> steps = p.steps();
        assertEquals("Chief Technology Officer", steps.get(1).caption());
        Box inWindow = steps.get(1).bounds();
        assertTrue(inWindow.width() / inWindow.height() > 10,
                "in the window's tidy tree the team is a strip: " + inWindow);

        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, p.index());
        assertEquals(1 + REPORTS * 3, p.shownPositions(), "the CTO's team alone");
        Viewport v = window.model().view().viewport();
        double screen = v.width() / (v.height() - PresentationMode.CAPTION_ROOM);
        Box shown = p.shownBounds();
        double aspect = shown.width() / shown.height();
        assertTrue(offBy(aspect, screen) <= 1.5, String.format(Locale.ROOT,
                "the team's step is %.0f x %.0f (%.2f), the screen %.0f x %.0f less the caption (%.2f)",
                shown.width(), shown.height(), aspect, v.width(), v.height(), screen));
        double stepScale = Math.min(v.width() / shown.width(), (v.height() - PresentationMode.CAPTION_ROOM) / shown.height());
        double stripScale = Math.min(v.width() / inWindow.width(), (v.height() - PresentationMode.CAPTION_ROOM) / inWindow.height());
        assertTrue(stepScale > 3 * stripScale, "the step draws the cards at least three times as large as the strip"
                + " would: " + stepScale + " against " + stripScale);
        assertEquals(LayoutOptions.Mode.TIDY, window.model().layoutOptions().mode(), "the window keeps its own layout");
    }
}
