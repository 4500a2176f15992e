package dev.orgwright.render.deck;

import dev.orgwright.model.Chart;
import dev.orgwright.render.Theme;
import dev.orgwright.render.export.ExportFixtures;
import dev.orgwright.render.export.ExportFonts;
import dev.orgwright.rules.Validator;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Writes one deck of each kind into a folder, for a person (or scripts/check-decks.sh, with
 * LibreOffice) to open and look at: 16:9 with findings, 4:3, private values included, a team too
 * wide for one slide, and a generated chart of 1,000 positions.
 *
 * <p>Run with {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.orgwright.render.deck.DeckSamples -Dexec.args=FOLDER}.
 */
public final class DeckSamples {

    private DeckSamples() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length == 0 ? "target/decks" : args[0]);
        Files.createDirectories(folder);
        DeckOptions base = DeckOptions.defaults().withDate(LocalDate.of(2025, 3, 31));
        write(folder.resolve("small-16x9-findings.pptx"), ExportFixtures.tricky(), base.withFindings(true).withDuties(true));
        write(folder.resolve("small-4x3.pptx"), ExportFixtures.tricky(), base.withSize(SlideSize.STANDARD));
        write(folder.resolve("private.pptx"), DeckFixtures.withPrivateValues(), base.withIncludePrivate(true));
        write(folder.resolve("wide-team.pptx"), DeckFixtures.wideTeam(60), base);
        write(folder.resolve("generated-1000.pptx"), ExportFixtures.generated(1000, 7), base.withFindings(true));
    }

    private static void write(Path file, Chart chart, DeckOptions options) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            DeckWriter.Summary s = new DeckWriter(new ExportFonts(), Theme.LIGHT)
                    .write(chart, Validator.withDefaultRules().validate(chart), options, out);
            System.out.println(file + ": " + s.slides() + " slides, " + s.chartSlides() + " of the chart");
        }
    }
}
