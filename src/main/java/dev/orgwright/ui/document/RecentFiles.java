package dev.orgwright.ui.document;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The chart files opened or saved lately, newest first, at most {@value #LIMIT}: what File →
 * Open Recent lists. Kept in the user's preferences so that the list survives a restart.
 */
public final class RecentFiles {

    static final int LIMIT = 10;
    private static final String KEY = "recent.";

    private final Preferences store;
    private final List<Path> files = new ArrayList<>();

    private RecentFiles(Preferences store) {
        this.store = store;
        if (store != null) {
            for (int i = 0; i < LIMIT; i++) {
                String value = store.get(KEY + i, null);
                if (value == null) {
                    break;
                }
                try {
                    files.add(Path.of(value));
                } catch (InvalidPathException e) {
                    // a path from another system: skip it
                }
            }
        }
    }

    /** A list that lives as long as the program. */
    public static RecentFiles inMemory() {
        return new RecentFiles(null);
    }

    /** The list kept in the user's preferences under {@code node}. */
    public static RecentFiles inPreferences(Preferences node) {
        return new RecentFiles(node);
    }

    /** Newest first. */
    public List<Path> files() {
        return List.copyOf(files);
    }

    /** Puts {@code file} first (moving it there when it is already listed). */
    public void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        files.remove(absolute);
        files.add(0, absolute);
        while (files.size() > LIMIT) {
            files.remove(files.size() - 1);
        }
        persist();
    }

    /** Takes {@code file} off the list (it could not be opened any more). */
    public void remove(Path file) {
        if (files.remove(file.toAbsolutePath().normalize())) {
            persist();
        }
    }

    public void clear() {
        files.clear();
        persist();
    }

    private void persist() {
        if (store == null) {
            return;
        }
        for (int i = 0; i < LIMIT; i++) {
            if (i < files.size()) {
                store.put(KEY + i, files.get(i).toString());
            } else {
                store.remove(KEY + i);
            }
        }
        try {
            store.flush();
        } catch (BackingStoreException e) {
            // The list is a convenience: keeping it in memory for now is enough.
        }
    }
}
