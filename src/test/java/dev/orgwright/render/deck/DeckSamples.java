package dev.orgwright.render.deck;

import dev.orgwright.analysis.AnalysisTables;
import dev.orgwright.analysis.Analyzer;
import dev.orgwright.analysis.Bridge;
import dev.orgwright.model.Chart;
import dev.orgwright.model.diff.ChartDiff;
import dev.orgwright.render.Theme;
import dev.orgwright.render.export.ExportFixtures;
import dev.orgwright.render.export.ExportFonts;
import dev.orgwright.rules.Validator;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Writes one deck of each kind into a folder, for a person (or scripts/check-decks.sh, with
 * LibreOffice) to open and look at: 16:9 with findings, 4:3, private values included, a team too
 * wide for one slide, a generated chart of 1,000 positions, and a comparison ending with its bridge.
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
        ChartDiff diff = ChartDiff.compare(ExportFixtures.tricky(), ExportFixtures.trickyProposal(), Map.of());
        Analyzer analyzer = Analyzer.withDefaultBands();
        try (OutputStream out = Files.newOutputStream(folder.resolve("comparison.pptx"))) {
            DeckWriter.Summary s = new DeckWriter(new ExportFonts(), Theme.LIGHT).write(diff.newChart(), null,
                    base.withTitle("Current vs proposed"), List.of(AnalysisTables.bridge(Bridge.of(diff), false, null),
                            AnalysisTables.distributions(analyzer.analyze(diff.oldChart()),
                                    analyzer.analyze(diff.newChart()))), out);
            System.out.println(folder.resolve("comparison.pptx") + ": " + s.slides() + " slides");
        }
    }

    private static void write(Path file, Chart chart, DeckOptions options) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            DeckWriter.Summary s = new DeckWriter(new ExportFonts(), Theme.LIGHT)
                    .write(chart, Validator.withDefaultRules().validate(chart), options, out);
            System.out.println(file + ": " + s.slides() + " slides, " + s.chartSlides() + " of the chart");
        }
    }
}
