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
@Command(name = "explain",
        description = {
                "Shows, for each duty of each position (or of one, with --position), the responsibility and"
                        + " tier of the catalog it matches, the score and the words that matched: why"
                        + " 'validate' reports what it reports.",
                "Each sentence of a duty is shown as the tier check reads it: the tier it points to, its scope"
                        + " (the whole organisation, one part, doing the work oneself), the words that decided and a"
                        + " confidence; or 'not a duty' (a title, a description of a team or a fact, a cut-off"
                        + " fragment) and why.",
                "JSON: {\"duties\": [{\"position\", \"duty\", \"responsibility\", \"tier\", \"score\", \"words\","
                        + " \"linked\", \"sentences\": [{\"sentence\", \"duty\", \"reason\", \"scope\", \"tier\","
                        + " \"confidence\", \"cues\"}]}]}; responsibility and tier are null for an unmatched duty,"
                        + " score is null for a duty linked to the catalog by hand; a sentence's reason is null for a"
                        + " duty, its tier null when nothing points anywhere."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:The duties were explained.",
                "2:FILE cannot be read, or the position does not exist."})
final class ExplainCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The chart file.")
    private Path file;

    @Option(names = "--position", paramLabel = "ID", description = "Only this position's duties.")
    private String position;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text for people (default), json for scripts.")
    private ValidateCommand.Format format;

    @Override
    public Integer call() {
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
                err.println(file + ": there is no position with id '" + position + "'; 'orgwright stats' or the"
                        + " file itself lists the ids.");
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
                out.println(p.id() + " '" + p.title() + "'" + (p.tierId() == null ? ", no tier"
                        : " (" + tierName(chart, p.tierId()) + ")"));
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
                    out.println("  \"" + d.text() + "\"");
                    out.println("      " + describe(chart, m, matcher));
                    if (!m.linked()) {
                        for (SentenceReading r : reader.read(d)) {
                            out.println("      sentence \"" + r.sentence() + "\"");
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
            return "-> " + m.responsibilityId() + " (" + tierName(chart, m.tierId()) + "), linked by hand";
        }
        String runnerUp = m.runnerUpId() == null ? ""
                : String.format(Locale.ROOT, "; runner-up: %s %.1f", m.runnerUpId(), m.runnerUpScore());
        if (!m.isMatched()) {
            return String.format(Locale.ROOT, "-> unmatched (nearest: %s %.1f, a match needs %.1f)",
                    m.nearestId() == null ? "none" : m.nearestId(), m.score(), matcher.settings().threshold());
        }
        return String.format(Locale.ROOT, "-> %s (%s), score %.1f, words: %s%s", m.responsibilityId(),
                tierName(chart, m.tierId()), m.score(), String.join(", ", m.words()), runnerUp);
    }

    /** How the tier check reads one sentence: not a duty and why, or the tier, scope, words and confidence. */
    private static String describe(Chart chart, SentenceReading r) {
        if (!r.duty()) {
            return "-> not a duty: " + r.reason();
        }
        if (r.tierId() == null) {
            return "-> a duty that points to no tier: nothing says whose work it is, and no responsibility matches.";
        }
        String words = r.cues().isEmpty() ? "" : ", words: " + String.join(", ", r.cues());
        return String.format(Locale.ROOT, "-> %s (%s%s), confidence %.2f", tierName(chart, r.tierId()),
                r.scope() == SentenceReading.Scope.UNSAID ? "by the catalog's words, no scope said" : r.scope().words(),
                words, r.confidence());
    }

    private static String tierName(Chart chart, String tierId) {
        return chart.tier(tierId).map(Tier::name).orElse(tierId);
    }
}
