package dev.orgwright.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orgwright.io.ChartFiles;
import dev.orgwright.io.ChartFormatException;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Duty;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Tier;
import dev.orgwright.rules.DutyMatch;
import dev.orgwright.rules.DutyMatcher;
import dev.orgwright.rules.DutyReader;
import dev.orgwright.rules.MatchSettings;
import dev.orgwright.rules.SentenceReading;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code orgwright explain FILE [--position ID] [--format text|json]}: for each duty, the
 * responsibility and tier it matched, the score and the words, and how each of its sentences was
 * read (a duty pointing to a tier by its scope, or not a duty and why), so a user can see why a
 * finding was raised or why a sentence was not judged.
 */
@Command(name = "explain")
final class ExplainCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", descriptionKey = "cli.explain.file")
    private Path file;

    @Option(names = "--position", paramLabel = "ID", descriptionKey = "cli.explain.option.position")
    private String position;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", descriptionKey = "cli.explain.format")
    private ValidateCommand.Format format;

    @Override
    public Integer call() {
        // Machine output (the reasons a sentence is no duty are texts) is the same in every language.
        return format == ValidateCommand.Format.json ? Cli.inEnglish(this::explain) : explain();
    }

    private Integer explain() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Chart chart;
        try {
            chart = ChartFiles.load(file);
        } catch (ChartFormatException e) {
            Cli.printProblems(e, err);
            return Cli.FAILED;
        }
        Iterable<Position> positions;
        if (position != null) {
            PositionId id = PositionId.of(position);
            if (!chart.contains(id)) {
                err.println(CliTexts.t("cli.explain.noPosition", file, position));
                return Cli.FAILED;
            }
            positions = List.of(chart.position(id));
        } else {
            positions = chart.inTreeOrder();
        }
        DutyMatcher matcher = new DutyMatcher(chart.tiers(), MatchSettings.of(chart.settings()));
        DutyReader reader = DutyReader.forEveryLanguage(chart.tiers(), matcher);
        ObjectNode root = JSON.createObjectNode();
        ArrayNode duties = root.putArray("duties");
        for (Position p : positions) {
            if (format == ValidateCommand.Format.text) {
                out.println(p.tierId() == null ? CliTexts.t("cli.explain.position.noTier", p.id(), p.title())
                        : CliTexts.t("cli.explain.position", p.id(), p.title(), tierName(chart, p.tierId())));
            }
            for (Duty d : p.duties()) {
                DutyMatch m = matcher.match(d);
                if (format == ValidateCommand.Format.json) {
                    ObjectNode node = duties.addObject();
                    node.put("position", p.id().value());
                    node.put("duty", d.text());
                    node.put("responsibility", m.responsibilityId());
                    node.put("tier", m.tierId());
                    if (m.linked()) {
                        node.putNull("score");
                    } else {
                        node.put("score", Math.round(m.score() * 100) / 100.0);
                    }
                    ArrayNode words = node.putArray("words");
                    m.words().forEach(words::add);
                    node.put("linked", m.linked());
                    ArrayNode sentences = node.putArray("sentences");
                    for (SentenceReading r : reader.read(d)) {
                        ObjectNode sentence = sentences.addObject();
                        sentence.put("sentence", r.sentence());
                        sentence.put("duty", r.duty());
                        sentence.put("reason", r.reason());
                        sentence.put("scope", r.duty() ? r.scope().name().toLowerCase(Locale.ROOT).replace('_', '-') : null);
                        sentence.put("tier", r.tierId());
                        sentence.put("confidence", Math.round(r.confidence() * 100) / 100.0);
                        ArrayNode cues = sentence.putArray("cues");
                        r.cues().forEach(cues::add);
                    }
                } else {
                    out.println("  " + CliTexts.t("cli.explain.duty", d.text()));
                    out.println("      " + describe(chart, m, matcher));
                    if (!m.linked()) {
                        for (SentenceReading r : reader.read(d)) {
                            out.println("      " + CliTexts.t("cli.explain.sentence", r.sentence()));
                            out.println("          " + describe(chart, r));
                        }
                    }
                }
            }
        }
        if (format == ValidateCommand.Format.json) {
            try {
                out.println(JSON.writeValueAsString(root));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Cli.OK;
    }

    private static String describe(Chart chart, DutyMatch m, DutyMatcher matcher) {
        if (m.linked()) {
            return CliTexts.t("cli.explain.linked", m.responsibilityId(), tierName(chart, m.tierId()));
        }
        if (!m.isMatched()) {
            return m.nearestId() == null
                    ? CliTexts.t("cli.explain.unmatched.none", m.score(), matcher.settings().threshold())
                    : CliTexts.t("cli.explain.unmatched", m.nearestId(), m.score(), matcher.settings().threshold());
        }
        String matched = CliTexts.t("cli.explain.matched", m.responsibilityId(), tierName(chart, m.tierId()), m.score(),
                String.join(", ", m.words()));
        return m.runnerUpId() == null ? matched
                : matched + CliTexts.t("cli.explain.runnerUp", m.runnerUpId(), m.runnerUpScore());
    }

    /** How the tier check reads one sentence: not a duty and why, or the tier, scope, words and confidence. */
    private static String describe(Chart chart, SentenceReading r) {
        if (!r.duty()) {
            return CliTexts.t("cli.explain.notADuty", r.reason());
        }
        if (r.tierId() == null) {
            return CliTexts.t("cli.explain.noTier");
        }
        String scope = r.scope() == SentenceReading.Scope.UNSAID ? CliTexts.t("cli.explain.byWords") : r.scope().words();
        return r.cues().isEmpty()
                ? CliTexts.t("cli.explain.reading", tierName(chart, r.tierId()), scope, r.confidence())
                : CliTexts.t("cli.explain.reading.words", tierName(chart, r.tierId()), scope,
                        String.join(", ", r.cues()), r.confidence());
    }

    private static String tierName(Chart chart, String tierId) {
        return chart.tier(tierId).map(Tier::name).orElse(tierId);
    }
}
