package dev.orgwright.cli;

import dev.orgwright.render.export.ExportRequest;
import dev.orgwright.render.export.PageSetup;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The paper and pixel options every drawn output shares ({@code export} and {@code diff --to}):
 * PNG scale, PDF paper, orientation and page grid.
 */
final class SheetOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    /** The PNG's scale: 1 unless --scale asks for another. */
    double scale = 1;

    /** Whether --scale was given: a scale left at its default may be reduced for a chart too large at it. */
    boolean scaleAsked;

    @Option(names = "--scale", paramLabel = "N", descriptionKey = "cli.sheet.scale")
    void scale(String text) {
        double v;
        try {
            v = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            v = Double.NaN;
        }
        if (!(v >= ExportRequest.MIN_SCALE && v <= ExportRequest.MAX_SCALE)) {
            throw new ParameterException(command.commandLine(), CliTexts.t("cli.sheet.badScale", text,
                    typed(ExportRequest.MIN_SCALE), typed(ExportRequest.MAX_SCALE)));
        }
        scale = v;
        scaleAsked = true;
    }

    @Option(names = {"--page", "--paper"}, paramLabel = "A4|A3|Letter", defaultValue = "A4", descriptionKey = "cli.sheet.paper")
    String paper;

    @Option(names = "--portrait", descriptionKey = "cli.sheet.portrait")
    boolean portrait;

    @Option(names = "--pages", paramLabel = "COLUMNSxROWS", defaultValue = "1x1",
            descriptionKey = "cli.sheet.pages")
    String pages;

    /**
     * A scale as it is typed after --scale, with a point in every language: "0.85", "2". Rounded
     * to hundredths, as the scales the command names are.
     */
    static String typed(double scale) {
        return java.math.BigDecimal.valueOf(Math.round(scale * 100) / 100.0).stripTrailingZeros().toPlainString();
    }

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
