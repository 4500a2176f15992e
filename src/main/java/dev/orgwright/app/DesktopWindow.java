package dev.orgwright.app;

import dev.orgwright.ui.OrgwrightApp;

/**
 * The one door from the launcher to JavaFX. Kept in its own class so that loading
 * {@link Launcher} does not load any JavaFX class: the JVM resolves this class, and
 * {@link OrgwrightApp} with JavaFX behind it, only when {@link #open} is first called.
 */
final class DesktopWindow {

    private DesktopWindow() {
    }

    /** Starts the toolkit and shows the window; {@code args} may name a chart file to open. */
    static void open(String[] args) {
        OrgwrightApp.main(args);
    }
}
