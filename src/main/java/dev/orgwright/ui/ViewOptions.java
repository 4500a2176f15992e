package dev.orgwright.ui;

import dev.orgwright.render.Theme;
import dev.orgwright.ui.canvas.ChartCanvas;
import dev.orgwright.ui.fx.WindowTextSize;
import java.util.prefs.Preferences;
import javafx.scene.Parent;
import javafx.scene.text.Font;

/**
 * How the reader wants the window, whatever the chart: the size of its text and high contrast.
 * Text starts at the system's font size (which follows the system's text-size setting) and
 * steps up or down from there; high contrast swaps the window's colours for black on white and
 * paints the chart in {@link Theme#HIGH_CONTRAST}. Both are remembered for the next start.
 */
final class ViewOptions {

    /** The text sizes offered, as multiples of the system's. */
    static final double[] SCALES = {0.85, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0};
    private static final int NORMAL = 1;
    static final String SIZE_KEY = "textSizeStep";
    static final String CONTRAST_KEY = "highContrast";
    private static final String CONTRAST_CSS = ViewOptions.class.getResource("high-contrast.css").toExternalForm();

    private final Preferences preferences;
    private final Parent root;
    private final ChartCanvas canvas;
    private int step;
    private boolean highContrast;

    ViewOptions(Preferences preferences, Parent root, ChartCanvas canvas) {
        this.preferences = preferences;
        this.root = root;
        this.canvas = canvas;
        this.step = Math.max(0, Math.min(SCALES.length - 1, preferences.getInt(SIZE_KEY, NORMAL)));
        this.highContrast = preferences.getBoolean(CONTRAST_KEY, false);
        apply();
    }

    /** The window's text size in pixels now. */
    double fontSize() {
        return Math.round(Font.getDefault().getSize() * SCALES[step] * 2) / 2.0;
    }

    boolean canEnlarge() {
        return step < SCALES.length - 1;
    }

    boolean canShrink() {
        return step > 0;
    }

    boolean isNormalSize() {
        return step == NORMAL;
    }

    void larger() {
        setStep(step + 1);
    }

    void smaller() {
        setStep(step - 1);
    }

    void normalSize() {
        setStep(NORMAL);
    }

    boolean isHighContrast() {
        return highContrast;
    }

    void setHighContrast(boolean on) {
        highContrast = on;
        preferences.putBoolean(CONTRAST_KEY, on);
        apply();
    }

    private void setStep(int wanted) {
        step = Math.max(0, Math.min(SCALES.length - 1, wanted));
        preferences.putInt(SIZE_KEY, step);
        apply();
    }

    private void apply() {
        // An inline style outranks the stylesheet's fixed size; every text of the window is in em or inherits it.
        root.setStyle("-fx-font-size: " + fontSize() + "px;");
        root.getStylesheets().remove(CONTRAST_CSS);
        if (highContrast) {
            root.getStylesheets().add(CONTRAST_CSS); // a parent's sheet outranks the scene's
        }
        canvas.setViewerTheme(highContrast ? Theme.HIGH_CONTRAST : null);
        WindowTextSize.follow(root); // every dialog and secondary window takes the same size
    }
}
