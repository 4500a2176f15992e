package dev.orgwright.ui;

import dev.orgwright.ui.editor.ChartWindowModel;
import dev.orgwright.ui.editor.WindowChange.Aspect;
import java.util.EnumSet;
import java.util.Objects;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * Lets a passing notice in the status bar ("Copied 'CFO'", why a drop was refused) go after a
 * while, so the bar never shows a message about something long past. A new selection clears a
 * notice at once (the editor state does that); otherwise it goes when the timeline ends. While a
 * card is dragged the notice is the drag's live answer and stays.
 */
final class NoticeTimer {

    /** How long a notice stays: long enough to read a sentence twice. */
    static final Duration SHOWN = Duration.seconds(10);

    private final ChartWindowModel model;
    private final Timeline timeline;
    /** The notice the timeline runs for. */
    private String timed;

    NoticeTimer(ChartWindowModel model) {
        this.model = model;
        this.timeline = new Timeline(new KeyFrame(SHOWN, e -> expire()));
        model.listen(EnumSet.of(Aspect.MARKS, Aspect.SELECTION), change -> follow());
    }

    /** A notice came, changed or went: the time starts again for a new one. */
    private void follow() {
        String now = model.state().notice();
        if (now == null) {
            timeline.stop();
            timed = null;
        } else if (!now.equals(timed)) {
            timed = now;
            timeline.playFromStart();
        }
    }

    /** The time is up: the notice it ran for goes, unless a drag still shows it. */
    void expire() {
        if (model.drag().isActive()) {
            timeline.playFromStart();
            return;
        }
        if (timed != null && Objects.equals(timed, model.state().notice())) {
            timed = null;
            model.setNotice(null);
        }
    }

    /** Whether a notice is being timed now. */
    boolean isRunning() {
        return timeline.getStatus() == javafx.animation.Animation.Status.RUNNING;
    }
}
