package dev.orgwright.render.export;

import java.text.Bidi;

/**
 * Text in the order a PDF draws it: Arabic joined ({@link ArabicShaping}), then right-to-left
 * runs reversed as the Unicode bidirectional algorithm ({@link Bidi}) orders them, a combining
 * mark kept after its letter and brackets mirrored. A PDF has no notion of writing direction;
 * a browser or a window does this itself, which is why SVG and PNG get the logical text.
 */
final class VisualText {

    private VisualText() {
    }

    /** Whether drawing {@code text} needs more than its characters in the order given. */
    static boolean needed(String text) {
        boolean plain = true;
        for (int i = 0; i < text.length() && plain; i++) {
            plain = text.charAt(i) < 0x0590; // Hebrew is the first right-to-left block
        }
        return !plain && ArabicShaping.needed(text) || Bidi.requiresBidi(text.toCharArray(), 0, text.length());
    }

    /** {@code logical} shaped and in visual order, left to right; the same string when nothing changes. */
    static String of(String logical) {
        if (!needed(logical)) {
            return logical;
        }
        String shaped = ArabicShaping.shape(logical);
        Bidi bidi = new Bidi(shaped, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        if (bidi.isLeftToRight()) {
            return shaped;
        }
        int runs = bidi.getRunCount();
        byte[] levels = new byte[runs];
        Integer[] order = new Integer[runs];
        for (int r = 0; r < runs; r++) {
            levels[r] = (byte) bidi.getRunLevel(r);
            order[r] = r;
        }
        Bidi.reorderVisually(levels, 0, order, 0, runs);
        StringBuilder out = new StringBuilder(shaped.length());
        for (Integer r : order) {
            String run = shaped.substring(bidi.getRunStart(r), bidi.getRunLimit(r));
            if ((bidi.getRunLevel(r) & 1) == 0) {
                out.append(run);
            } else {
                reverse(run, out);
            }
        }
        return out.toString();
    }

    /** Appends {@code run} reversed letter by letter, each letter's marks after it, brackets mirrored. */
    static void reverse(String run, StringBuilder out) {
        int end = run.length();
        while (end > 0) {
            int start = end;
            // Step back over marks to the letter they sit on, then over the letter.
            while (start > 0 && isMark(run.codePointBefore(start))) {
                start -= Character.charCount(run.codePointBefore(start));
            }
            if (start > 0) {
                start -= Character.charCount(run.codePointBefore(start));
            }
            int base = run.codePointAt(start);
            out.appendCodePoint(mirror(base));
            out.append(run, start + Character.charCount(base), end);
            end = start;
        }
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static int mirror(int cp) {
        return switch (cp) {
            case '(' -> ')';
            case ')' -> '(';
            case '[' -> ']';
            case ']' -> '[';
            case '{' -> '}';
            case '}' -> '{';
            case '<' -> '>';
            case '>' -> '<';
            case '«' -> '»';
            case '»' -> '«';
            case '‹' -> '›';
            case '›' -> '‹';
            default -> cp;
        };
    }
}
