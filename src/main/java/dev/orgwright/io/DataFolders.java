package dev.orgwright.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the program keeps its own files on each platform (autosaves for recovery). */
public final class DataFolders {

    private DataFolders() {
    }

    /** Names another data folder (a portable install, the tests): {@code -Dorgwright.dataFolder=PATH}. */
    public static final String PROPERTY = "orgwright.dataFolder";

    /** The user's data folder of Orgwright on this machine, or the one {@link #PROPERTY} names. */
    public static Path userDataFolder() {
        String chosen = System.getProperty(PROPERTY);
        if (chosen != null && !chosen.isBlank()) {
            return Path.of(chosen);
        }
        return userDataFolder(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    /**
     * {@code %APPDATA%\Orgwright} on Windows, {@code ~/Library/Application Support/Orgwright} on
     * macOS, {@code $XDG_DATA_HOME/orgwright} (by default {@code ~/.local/share/orgwright}) elsewhere.
     */
    static Path userDataFolder(Map<String, String> environment, String osName, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = environment.get("APPDATA");
            return appData == null || appData.isBlank()
                    ? Path.of(home, "AppData", "Roaming", "Orgwright") : Path.of(appData, "Orgwright");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "Orgwright");
        }
        String xdg = environment.get("XDG_DATA_HOME");
        // The XDG specification asks to ignore a relative XDG_DATA_HOME.
        return xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg, "orgwright")
                : Path.of(home, ".local", "share", "orgwright");
    }
}
