package dev.orgwright.ui.export;

import dev.orgwright.ui.fx.LoggingConfig;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;

/**
 * Starts JavaFX without a window system (Monocle's headless glass, software rendering), so that
 * the command line can draw PNG files on a server with no display. Does nothing when JavaFX is
 * already running, as in the window or in the tests.
 */
public final class HeadlessFx {

    private static boolean started;

    private HeadlessFx() {
    }

    /** Starts the toolkit once; later calls return at once. */
    public static synchronized void start() {
        if (started) {
            return;
        }
        LoggingConfig.install();
        setIfAbsent("glass.platform", "Monocle");
        setIfAbsent("monocle.platform", "Headless");
        setIfAbsent("prism.order", "sw");
        setIfAbsent("prism.text", "t2k");
        CountDownLatch ready = new CountDownLatch(1);
        try {
            Platform.startup(ready::countDown);
            ready.await();
        } catch (IllegalStateException alreadyRunning) {
            // The window or a test started the toolkit: use it as it is.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting JavaFX", e);
        }
        Platform.setImplicitExit(false);
        started = true;
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
