package dev.orgwright.render.export;

import dev.orgwright.render.TextStyle;

/**
 * Where a page's own lines (a book's heading, footer and index) are written, in points from the
 * bottom-left corner of the paper as PDF counts them: the PDF page itself, or the export
 * dialog's picture of it.
 */
interface PageText {

    /** One line of text starting at {@code x}, its baseline {@code baseline} points above the bottom edge. */
    void pageText(String text, double x, double baseline, TextStyle style);
}
