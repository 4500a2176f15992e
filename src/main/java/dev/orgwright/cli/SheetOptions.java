package dev.orgwright.cli;

import dev.orgwright.render.export.PageSetup;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The paper and pixel options every drawn output shares ({@code export} and {@code diff --to}):
 * PNG scale, PDF paper, orientation and page grid.
 */
final class SheetOptions {

    @Option(names = "--scale", paramLabel = "N", defaultValue = "1",
            description = "PNG pixels per chart pixel, 1 to 4 (default 1).")
    double scale;

    @Option(names = {"--page", "--paper"}, paramLabel = "A4|A3|Letter", defaultValue = "A4", description = "PDF paper size (default A4).")
    String paper;

    @Option(names = "--portrait", description = "PDF pages upright (default: landscape).")
    boolean portrait;

    @Option(names = "--pages", paramLabel = "COLUMNSxROWS", defaultValue = "1x1",
            description = "Spread a PDF over a grid of pages, e.g. 3x2 (default 1x1: fit to one page).")
    String pages;

    /** The PDF page set-up the options ask for; a sentence for the user when they make none. */
    PageSetup pageSetup() {
        String[] grid = pages.toLowerCase(Locale.ROOT).split("x");
        try {
            if (grid.length != 2) {
                throw new NumberFormatException();
            }
            return new PageSetup(PageSetup.Paper.parse(paper), !portrait, Integer.parseInt(grid[0].strip()),
                    Integer.parseInt(grid[1].strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--pages wants columns x rows, like 3x2, not '" + pages + "'.");
        }
    }
}
