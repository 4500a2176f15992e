package dev.orgwright.ui.panels;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.rules.Finding;
import dev.orgwright.rules.Severity;
import dev.orgwright.rules.Validation;
import dev.orgwright.ui.fx.Texts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Which findings the findings pane lists, in what order and with what words: the chosen
 * severity and rule narrow the list; errors come first, then warnings, then notes, each in
 * tree order. The pane only fills its list and combo boxes from this, so this is tested
 * without a window.
 */
public final class FindingsFilter {

    public static final String ALL_SEVERITIES = Texts.t("panels.findingsFilter.allSeverities");
    public static final String ALL_RULES = Texts.t("panels.findingsFilter.allRules");
    private static final List<String> SEVERITY_CHOICES = List.of(ALL_SEVERITIES, Texts.t("panels.findingsFilter.errors"), Texts.t("panels.findingsFilter.warnings"), Texts.t("panels.findingsFilter.notes"));

    /** One listed finding as its row shows it. */
    public record Row(Finding finding, Severity severity, String position, String message, String details,
                      Optional<String> fix) {
    }

    private Validation validation;
    private String severityChoice = ALL_SEVERITIES;
    private String ruleChoice = ALL_RULES;
    private List<String> ruleChoices = List.of(ALL_RULES);

    /** Shows the findings of another version; a chosen rule with no findings left falls back to all rules. */
    public void show(Validation findings) {
        validation = findings;
        TreeSet<String> ids = new TreeSet<>();
        findings.all().forEach(f -> ids.add(f.ruleId()));
        List<String> choices = new ArrayList<>();
        choices.add(ALL_RULES);
        choices.addAll(ids);
        ruleChoices = List.copyOf(choices);
        if (!ruleChoices.contains(ruleChoice)) {
            ruleChoice = ALL_RULES;
        }
    }

    public Validation shown() {
        return validation;
    }

    public List<String> severityChoices() {
        return SEVERITY_CHOICES;
    }

    public String severityChoice() {
        return severityChoice;
    }

    /** Lists only findings of one severity ("Errors", "Warnings", "Notes") or of all; anything else means all. */
    public void chooseSeverity(String choice) {
        severityChoice = choice != null && SEVERITY_CHOICES.contains(choice) ? choice : ALL_SEVERITIES;
    }

    /** "All rules", then the ids of the rules that found something, in alphabetical order. */
    public List<String> ruleChoices() {
        return ruleChoices;
    }

    public String ruleChoice() {
        return ruleChoice;
    }

    /** Lists only the findings of one rule, or of all; a rule that found nothing means all. */
    public void chooseRule(String choice) {
        ruleChoice = choice != null && ruleChoices.contains(choice) ? choice : ALL_RULES;
    }

    /** The findings listed: of the chosen severity and rule, errors first, in tree order within a severity. */
    public List<Finding> listed() {
        if (validation == null) {
            return List.of();
        }
        // The choices are texts in the user's language, listed in the order of the severities.
        int chosen = SEVERITY_CHOICES.indexOf(severityChoice);
        Severity only = chosen == 1 ? Severity.ERROR : chosen == 2 ? Severity.WARNING : chosen == 3 ? Severity.INFO : null;
        String onlyRule = ALL_RULES.equals(ruleChoice) ? null : ruleChoice;
        return validation.all().stream()
                .filter(f -> only == null || f.severity() == only)
                .filter(f -> onlyRule == null || f.ruleId().equals(onlyRule))
                .sorted(Comparator.comparing(Finding::severity)) // stable: tree order within a severity
                .toList();
    }

    /** "Findings: 0 errors, 1 warning, 4 notes", of the whole chart whatever is listed. */
    public String heading() {
        if (validation == null) {
            return "";
        }
        return Texts.t("panels.findingsFilter.findings", count(validation.count(Severity.ERROR), "errors"), count(validation.count(Severity.WARNING), "warnings"), count(validation.count(Severity.INFO), "notes"));
    }

    /**
     * A finding's row: the title of its position ("Chart" for the chart as a whole), its message,
     * the details for its tooltip (severity, rule, why) and its fix's label, named in the chart
     * the findings are about.
     */
    public Row row(Finding f) {
        Chart chart = validation.chart();
        return new Row(f, f.severity(), f.position().flatMap(chart::find).map(Position::title).orElse(Texts.t("panels.findingsFilter.chart")),
                f.message(), f.severity().id() + " · " + f.ruleId() + "\n" + f.explanation(),
                f.fix().map(x -> x.label(chart)));
    }

    /** {@code n} errors, warnings or notes: the key's {@code .one} or {@code .many} form. */
    private static String count(int n, String word) {
        return Texts.t("panels.findingsFilter." + word + (n == 1 ? ".one" : ".many"), n);
    }
}
