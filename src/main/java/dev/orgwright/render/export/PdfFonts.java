package dev.orgwright.render.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one PDF document, each embedded (as a subset of the glyphs used) the first time
 * it is drawn with: the bundled faces, and the installed fonts that had characters the bundled
 * ones lack. Text is encoded as the fonts' own glyph ids, without the font's substitution tables
 * (ligatures): the cards were measured glyph by glyph, and the screen draws them so too.
 * Also keeps the list of texts that had characters no font could draw.
 */
final class PdfFonts {

    private final PDDocument document;
    private final ExportFonts metrics;
    private final Map<Object, PDType0Font> loaded = new HashMap<>();
    private final Map<Object, BitSet> inSubset = new HashMap<>();
    private final List<Closeable> open = new ArrayList<>();
    private final Map<dev.orgwright.render.Logo, org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject> images =
            new HashMap<>();
    private final Map<String, UndrawnText> undrawn = new LinkedHashMap<>();

    PdfFonts(PDDocument document, ExportFonts metrics) {
        this.document = document;
        this.metrics = metrics;
    }

    ExportFonts metrics() {
        return metrics;
    }

    /** The key of the font that draws {@code glyph}: its bundled face, or the installed font. */
    static Object key(ExportFonts.Glyph glyph) {
        return glyph.system() == null ? glyph.face() : glyph.system();
    }

    /** The document's font for a key of {@link #key}, embedded the first time it is asked for. */
    PDType0Font font(Object key) {
        PDType0Font font = loaded.get(key);
        if (font == null) {
            try {
                font = load(key);
            } catch (IOException e) {
                throw new UncheckedIOException("The font " + key + " could not be embedded", e);
            }
            loaded.put(key, font);
            inSubset.put(key, new BitSet());
        }
        return font;
    }

    private PDType0Font load(Object key) throws IOException {
        if (key instanceof ExportFonts.Face face) {
            try (InputStream in = face.open()) {
                return PDType0Font.load(document, in, true);
            }
        }
        SystemFonts.Font system = (SystemFonts.Font) key;
        if (!system.inCollection()) {
            return PDType0Font.load(document, system.file().toFile());
        }
        TrueTypeCollection collection = new TrueTypeCollection(system.file().toFile());
        open.add(collection);
        TrueTypeFont ttf = collection.getFontByName(system.name());
        if (ttf == null) {
            throw new IOException("The font " + system.name() + " is no longer in " + system.file().getFileName());
        }
        return PDType0Font.load(document, ttf, true);
    }

    private final IndicShaping shaper = new IndicShaping();

    /** The shaper of the scripts whose letters join and reorder, over the installed fonts. */
    IndicShaping shaper() {
        return shaper;
    }

    /** Keeps glyph {@code gid} of {@code key}'s font (a shaped form no character maps to) for its subset. */
    void useGlyph(Object key, int gid) {
        font(key).addGlyphsToSubset(java.util.Set.of(gid));
    }

    private final Map<Object, java.util.TreeMap<Integer, String>> glyphTexts = new HashMap<>();

    /**
     * Keeps glyph {@code gid} of {@code key}'s font, a shaped form that stands for {@code text}
     * (logical order), which the font's ToUnicode map then gives for it.
     */
    void useGlyph(Object key, int gid, String text) {
        useGlyph(key, gid);
        if (!text.isEmpty()) {
            glyphTexts.computeIfAbsent(key, k -> new java.util.TreeMap<>()).putIfAbsent(gid, text);
        }
    }

    /** Keeps {@code codePoint}, drawn with {@code key}'s font, for that font's subset. */
    void use(Object key, int codePoint) {
        PDType0Font font = font(key);
        BitSet kept = inSubset.get(key);
        if (!kept.get(codePoint)) {
            kept.set(codePoint);
            font.addToSubset(codePoint);
        }
    }

    /**
     * The document's image of a theme's logo, embedded once however many pages draw it: JPEG as
     * it is, PNG losslessly.
     */
    org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image(dev.orgwright.render.Logo logo) {
        return images.computeIfAbsent(logo, l -> {
            try {
                return org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject.createFromByteArray(document,
                        l.bytes(), "logo");
            } catch (IOException e) {
                throw new UncheckedIOException("The theme's logo could not be embedded", e);
            }
        });
    }

    /** Notes that {@code text} on the card of {@code position} lost the characters {@code missing}. */
    void undrawn(String position, String text, String missing) {
        undrawn.merge(position + "\u0000" + text, new UndrawnText(position, text, missing), (a, b) -> a);
    }

    /** The texts that could not be drawn whole, in the order met. */
    List<UndrawnText> undrawn() {
        return List.copyOf(undrawn.values());
    }

    /** Cuts each font used down to the glyphs drawn with it; once, just before the document is saved. */
    void subset() throws IOException {
        for (Map.Entry<Object, PDType0Font> e : loaded.entrySet()) {
            java.util.TreeMap<Integer, String> shapes = glyphTexts.get(e.getKey());
            java.util.TreeMap<Integer, String> all = shapes == null ? null : readBack(e.getKey(), e.getValue(), shapes);
            e.getValue().subset();
            if (all != null) {
                toUnicode(e.getValue(), all);
            }
        }
    }

    /**
     * Rewrites the ToUnicode map of a font with shaped glyphs: the characters kept map as before,
     * each shaped glyph to the letters it stands for.
     */
    private void toUnicode(PDType0Font font, java.util.TreeMap<Integer, String> all) throws IOException {
        StringBuilder cmap = new StringBuilder("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                + "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                + "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        List<Map.Entry<Integer, String>> entries = new java.util.ArrayList<>(all.entrySet());
        for (int i = 0; i < entries.size(); i += 100) {
            List<Map.Entry<Integer, String>> block = entries.subList(i, Math.min(entries.size(), i + 100));
            cmap.append(block.size()).append(" beginbfchar\n");
            for (Map.Entry<Integer, String> m : block) {
                cmap.append(String.format("<%04X> <", m.getKey()));
                for (char c : m.getValue().toCharArray()) {
                    cmap.append(String.format("%04X", (int) c));
                }
                cmap.append(">\n");
            }
            cmap.append("endbfchar\n");
        }
        cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        org.apache.pdfbox.pdmodel.common.PDStream stream = new org.apache.pdfbox.pdmodel.common.PDStream(document,
                new java.io.ByteArrayInputStream(cmap.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
                org.apache.pdfbox.cos.COSName.FLATE_DECODE);
        font.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.TO_UNICODE, stream);
    }

    /** What each glyph kept in {@code key}'s font reads back as: its character, or the letters a shaped glyph stands for. */
    private java.util.TreeMap<Integer, String> readBack(Object key, PDType0Font font,
            java.util.TreeMap<Integer, String> shapes) throws IOException {
        java.util.TreeMap<Integer, String> all = new java.util.TreeMap<>();
        BitSet kept = inSubset.get(key);
        org.apache.fontbox.ttf.CmapLookup cmap = ((org.apache.pdfbox.pdmodel.font.PDCIDFontType2) font.getDescendantFont())
                .getTrueTypeFont().getUnicodeCmapLookup();
        for (int cp = kept.nextSetBit(0); cp >= 0; cp = kept.nextSetBit(cp + 1)) {
            int gid = cmap.getGlyphId(cp);
            if (gid > 0) {
                all.putIfAbsent(gid, Character.toString(cp));
            }
        }
        shapes.forEach(all::putIfAbsent);
        return all;
    }

    /** Closes the font files read for this document; after it is saved. */
    void close() {
        for (Closeable c : open) {
            try {
                c.close();
            } catch (IOException e) {
                // Nothing was written to it.
            }
        }
    }
}
