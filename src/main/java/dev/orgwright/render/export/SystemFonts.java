package dev.orgwright.render.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HorizontalMetricsTable;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * The fonts installed on this computer, asked for a character the bundled font lacks (Han,
 * Hangul, Devanagari, Thai...). The folders are listed once; a font file is read only when a
 * character needs it, the fonts whose names suggest the character's script first, and only its
 * character map and widths are kept. Fonts a PDF cannot embed as TrueType (PostScript outlines,
 * colour bitmaps only) are passed over.
 */
final class SystemFonts {

    /** One font of a file (a collection holds several), read as far as measuring needs. */
    record Font(Path file, String name, CmapLookup cmap, HorizontalMetricsTable metrics, float unitsPerEm) {

        /** The glyph id of {@code codePoint}, 0 for none. */
        int glyph(int codePoint) {
            return cmap.getGlyphId(codePoint);
        }

        /** The advance of glyph {@code gid} in ems. */
        float advance(int gid) {
            return metrics.getAdvanceWidth(gid) / unitsPerEm;
        }

        boolean inCollection() {
            return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc");
        }
    }

    /** A character a system font has: the font and its glyph. */
    record Found(Font font, int glyph) {
    }

    private static final Found NONE = new Found(null, 0);
    /**
     * FontBox warns about tables an installed font lacks or gets wrong, on every start that
     * reads it; a font it cannot read is simply not used, so only its failures are logged. Held
     * here because the logging system keeps loggers weakly, and a collected one forgets its level.
     */
    private static final java.util.logging.Logger FONTBOX = java.util.logging.Logger.getLogger("org.apache.fontbox");

    static {
        if (FONTBOX.getLevel() == null) {
            FONTBOX.setLevel(java.util.logging.Level.SEVERE);
        }
    }
    private static volatile SystemFonts installed;

    private final List<Path> files;
    private final Map<Path, Read> read = new ConcurrentHashMap<>();
    private final Map<Integer, Found> found = new ConcurrentHashMap<>();
    private final Map<Integer, Boolean> onScreen = new ConcurrentHashMap<>();

    /**
     * What a file holds: the fonts a PDF can embed, and the character maps of the fonts only a
     * screen or printer draws (PostScript outlines, colour glyphs).
     */
    private record Read(List<Font> fonts, List<CmapLookup> screenOnly) {
    }

    SystemFonts(List<Path> folders) {
        this.files = list(folders);
    }

    /** The fonts of this computer's usual font folders, listed once per run. */
    static SystemFonts installed() {
        SystemFonts fonts = installed;
        if (fonts == null) {
            synchronized (SystemFonts.class) {
                if (installed == null) {
                    installed = new SystemFonts(usualFolders());
                }
                fonts = installed;
            }
        }
        return fonts;
    }

    /** Where Linux, macOS and Windows keep fonts, for everyone and for the user. */
    static List<Path> usualFolders() {
        String home = System.getProperty("user.home", "");
        List<Path> folders = new ArrayList<>();
        for (String f : List.of("/usr/share/fonts", "/usr/local/share/fonts", home + "/.fonts",
                home + "/.local/share/fonts", "/Library/Fonts", "/System/Library/Fonts",
                home + "/Library/Fonts")) {
            folders.add(Path.of(f));
        }
        String windows = System.getenv("WINDIR");
        folders.add(Path.of(windows == null ? "C:\\Windows" : windows, "Fonts"));
        String local = System.getenv("LOCALAPPDATA");
        if (local != null) {
            folders.add(Path.of(local, "Microsoft", "Windows", "Fonts"));
        }
        return folders;
    }

    /** How many font files were found. */
    int fileCount() {
        return files.size();
    }

    /** A regular font that has {@code codePoint}, or null when no installed font has it. */
    Found find(int codePoint) {
        return find(codePoint, false);
    }

    /**
     * A font that has {@code codePoint}, bold ones first when {@code bold} and regular ones first
     * otherwise; null when no installed font has it.
     */
    Found find(int codePoint, boolean bold) {
        Found f = found.computeIfAbsent(bold ? -codePoint - 1 : codePoint, k -> search(codePoint, bold));
        return f == NONE ? null : f;
    }

    /**
     * Whether some installed font has {@code codePoint}, counting the fonts the window's toolkit
     * draws but a PDF cannot embed (PostScript outlines such as Noto CJK's, colour emoji with
     * outlines or Apple's bitmaps): what printing and presentation can show.
     */
    boolean anyHas(int codePoint) {
        if (find(codePoint) != null) {
            return true;
        }
        return onScreen.computeIfAbsent(codePoint, cp -> {
            for (Path file : files) {
                for (CmapLookup cmap : fontsOf(file).screenOnly()) {
                    if (cmap.getGlyphId(cp) != 0) {
                        return true;
                    }
                }
            }
            return false;
        });
    }

    /** Whether the file's name says it is a bold (or heavier) face. */
    static boolean boldFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.contains("bold") || name.contains("black") || name.contains("heavy");
    }

    private Found search(int codePoint, boolean bold) {
        if (Character.getType(codePoint) == Character.UNASSIGNED) {
            return NONE;
        }
        String script = scriptWord(codePoint);
        // Fonts named for the script in the wanted weight, then in any weight, then the others likewise.
        for (int pass = 0; pass < 4; pass++) {
            for (Path file : files) {
                boolean named = named(file, script);
                if ((pass < 2) != named || (pass % 2 == 0 && boldFile(file) != bold)) {
                    continue;
                }
                for (Font font : fontsOf(file).fonts()) {
                    int gid = font.glyph(codePoint);
                    if (gid != 0) {
                        return new Found(font, gid);
                    }
                }
            }
        }
        return NONE;
    }

    private Read fontsOf(Path file) {
        return read.computeIfAbsent(file, SystemFonts::readFonts);
    }

    /** The usable fonts of a file; none when it cannot be read. */
    private static Read readFonts(Path file) {
        List<Font> fonts = new ArrayList<>();
        List<CmapLookup> screenOnly = new ArrayList<>();
        try {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                try (TrueTypeCollection collection = new TrueTypeCollection(file.toFile())) {
                    collection.processAllFonts(ttf -> keep(file, ttf, fonts, screenOnly));
                }
            } else {
                boolean otf = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".otf")
                        || postScript(file);
                TrueTypeFont ttf = otf
                        ? new OTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))
                        : new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
                try (ttf) {
                    keep(file, ttf, fonts, screenOnly);
                }
            }
        } catch (IOException | RuntimeException e) {
            // A font that cannot be read is not used; the next one may have the character.
        }
        return new Read(List.copyOf(fonts), List.copyOf(screenOnly));
    }

    /**
     * Adds the font to {@code fonts} when a PDF can embed it, else its character map to
     * {@code screenOnly} when a screen can draw it (outlines of any kind, or Apple's colour bitmaps).
     */
    private static void keep(Path file, TrueTypeFont ttf, List<Font> fonts, List<CmapLookup> screenOnly)
            throws IOException {
        Font f = keep(file, ttf);
        if (f != null) {
            fonts.add(f);
            return;
        }
        java.util.Set<String> tables = ttf.getTableMap().keySet();
        if (tables.contains("glyf") || tables.contains("CFF ") || tables.contains("CFF2") || tables.contains("sbix")) {
            CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
            if (cmap != null) {
                screenOnly.add(cmap);
            }
        }
    }

    /** Whether a font file holds PostScript outlines ("OTTO"), which a PDF cannot embed as TrueType. */
    private static boolean postScript(Path file) throws IOException {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            byte[] tag = in.readNBytes(4);
            return tag.length == 4 && tag[0] == 'O' && tag[1] == 'T' && tag[2] == 'T' && tag[3] == 'O';
        }
    }

    /** The font's map and widths, read while the file is open; null for a font a PDF cannot embed. */
    private static Font keep(Path file, TrueTypeFont ttf) throws IOException {
        if (ttf instanceof OpenTypeFont otf && otf.isPostScript()) {
            return null;
        }
        if (!ttf.getTableMap().containsKey("glyf")) {
            return null;
        }
        CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
        HorizontalMetricsTable metrics = ttf.getHorizontalMetrics();
        if (cmap == null || metrics == null) {
            return null;
        }
        return new Font(file, ttf.getName(), cmap, metrics, ttf.getUnitsPerEm());
    }

    /** The font files under {@code folders}, the regular faces of common families first. */
    private static List<Path> list(List<Path> folders) {
        List<Path> all = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(folder, 6)) {
                walk.filter(Files::isRegularFile).filter(SystemFonts::isFontFile).forEach(all::add);
            } catch (IOException | RuntimeException e) {
                // An unreadable folder adds no fonts.
            }
        }
        all.sort(Comparator.comparingInt(SystemFonts::rank).thenComparing(Path::toString));
        return List.copyOf(all);
    }

    private static boolean isFontFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".ttf") || name.endsWith(".otf") || name.endsWith(".ttc");
    }

    /** Regular sans-serif faces first, then other weights and styles, monospaced and serif last. */
    private static int rank(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        int rank = 0;
        for (String style : List.of("bold", "italic", "oblique", "light", "thin", "black", "medium", "condensed",
                "semi", "extra", "display", "ui")) {
            if (name.contains(style)) {
                rank += 2;
            }
        }
        if (name.contains("mono") || name.contains("serif") && !name.contains("sans")) {
            rank += 1;
        }
        return rank;
    }

    /** A word the file names of fonts for {@code codePoint}'s script contain, lower case; null for common text. */
    static String scriptWord(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return switch (script) {
            case COMMON, INHERITED, UNKNOWN, LATIN -> null;
            case HAN, HIRAGANA, KATAKANA, BOPOMOFO -> "cjk";
            case HANGUL -> "kr";
            default -> script.name().toLowerCase(Locale.ROOT).replace("_", "");
        };
    }

    /** Whether a file's name suggests fonts for {@code word}'s script (CJK fonts go by several names). */
    private static boolean named(Path file, String word) {
        if (word == null) {
            return false;
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return switch (word) {
            case "cjk" -> name.contains("cjk") || name.contains("fallback") || name.contains("wqy")
                    || name.contains("ipa") || name.contains("takao") || name.contains("hei")
                    || name.contains("ming") || name.contains("gothic") || name.contains("msyh")
                    || name.contains("simsun");
            case "kr" -> name.contains("cjk") || name.contains("nanum") || name.contains("unfont")
                    || name.contains("un") && name.contains("dotum") || name.contains("malgun")
                    || name.contains("baekmuk") || name.contains("kr");
            default -> name.contains(word);
        };
    }
}
