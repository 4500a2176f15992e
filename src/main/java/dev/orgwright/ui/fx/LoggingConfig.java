package dev.orgwright.ui.fx;

import java.io.IOException;
import java.io.InputStream;
import java.util.logging.LogManager;

/**
 * Installs the program's logging settings before JavaFX starts. On the class path JavaFX warns
 * "Unsupported JavaFX configuration" on every start; that tells a user nothing they can act
 * on, so the settings raise JavaFX's threshold to SEVERE.
 */
public final class LoggingConfig {

    static final String RESOURCE = "/dev/orgwright/app/logging.properties";

    private LoggingConfig() {
    }

    /** Reads the bundled settings unless the user chose a file with java.util.logging.config.file. */
    public static void install() {
        if (System.getProperty("java.util.logging.config.file") != null) {
            return;
        }
        try (InputStream in = LoggingConfig.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                LogManager.getLogManager().readConfiguration(in);
            }
        } catch (IOException | RuntimeException e) {
            // Logging stays at the JDK's defaults; not a reason to refuse to start.
            System.err.println("Orgwright could not read its logging settings: " + e.getMessage());
        }
    }
}
