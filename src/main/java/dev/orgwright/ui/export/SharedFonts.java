package dev.orgwright.ui.export;

import dev.orgwright.render.export.ExportFonts;

/** The export fonts, read once per run: reading three font files takes a noticeable moment. */
final class SharedFonts {

    private static ExportFonts fonts;

    private SharedFonts() {
    }

    static synchronized ExportFonts get() {
        if (fonts == null) {
            fonts = new ExportFonts();
        }
        return fonts;
    }
}
