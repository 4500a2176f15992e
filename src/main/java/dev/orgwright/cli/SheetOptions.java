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
            descriptionKey = "cli.sheet.scale")
    double scale;

    @Option(names = {"--page", "--paper"}, paramLabel = "A4|A3|Letter", defaultValue = "A4", descriptionKey = "cli.sheet.paper")
    String paper;

    @Option(names = "--portrait", descriptionKey = "cli.sheet.portrait")
    boolean portrait;

    @Option(names = "--pages", paramLabel = "COLUMNSxROWS", defaultValue = "1x1",
            descriptionKey = "cli.sheet.pages")
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
            throw new IllegalArgumentException(CliTexts.t("cli.sheet.badPages", pages));
        }
    }
}
