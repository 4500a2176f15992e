package dev.orgwright.io.xlsx;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps POI's warnings about parts a workbook may lack (a summary, a theme) off the console of
 * the command line, unless the logging settings name a level for POI. A workbook that cannot be
 * read is told to the user in a sentence of its own.
 */
final class PoiWarnings {

    /** Held, because java.util.logging forgets a logger nobody refers to, and its level with it. */
    private static final Logger POI = Logger.getLogger("org.apache.poi");

    static {
        if (POI.getLevel() == null) {
            POI.setLevel(Level.SEVERE);
        }
    }

    private PoiWarnings() {
    }

    /** Makes sure the level above is set before POI logs anything. */
    static void quiet() {
        // the static initialiser does the work
    }
}
