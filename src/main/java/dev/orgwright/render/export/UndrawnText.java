package dev.orgwright.render.export;

import dev.orgwright.render.RenderTexts;

/**
 * A text an export could not draw whole because no font on this computer has some of its
 * characters: the export is still written, with an empty box for each, and the user is told
 * which card lost what, since a document that silently drops a name is worse than none.
 *
 * @param position the id of the position whose card holds the text; null for the text around
 *                 the chart (heading, page marks)
 * @param text     the whole text as it was given
 * @param missing  the characters that were not drawn, separated by spaces
 */
public record UndrawnText(String position, String text, String missing) {

    /** One line for the user, such as {@code position 7: "Zoë 🚀" lost 🚀 (U+1F680)}. */
    public String describe() {
        StringBuilder codes = new StringBuilder();
        missing.codePoints().filter(cp -> cp != ' ').forEach(cp -> codes.append(codes.isEmpty() ? "" : ", ")
                .appendCodePoint(cp).append(String.format(" (U+%04X)", cp)));
        return RenderTexts.t("undrawn.line", position == null ? RenderTexts.t("undrawn.around")
                : RenderTexts.t("undrawn.position", position), text, codes.toString());
    }
}
