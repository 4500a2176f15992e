package dev.orgwright.ui.document;

import dev.orgwright.io.BackupPolicy;
import dev.orgwright.io.ChartFiles;
import dev.orgwright.io.SaveFailedException;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Edit;
import dev.orgwright.model.EditRefusedException;
import dev.orgwright.model.Scenario;
import dev.orgwright.model.Scenarios;
import dev.orgwright.rules.Validation;
import dev.orgwright.rules.Validator;
import dev.orgwright.ui.fx.Texts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One open chart: the file it belongs to, its current state and its scenarios, each with its
 * own undo history (decision 0014), and the findings of the design shown. Every change goes
 * through {@link #apply}, which records one undo step in the history of the design shown and
 * brings the findings up to date for what the edit touched. {@link #whole} is the chart with
 * every scenario as it is now: what a save and an autosave write.
 */
public final class ChartDocument {

    private final Validator validator;
    /** The current state, without scenarios: they live in {@link #scenarios}, each with its history. */
    private final EditHistory current;
    /** The scenarios in the user's order; their charts are those of the histories. */
    private final List<Scenario> scenarios = new ArrayList<>();
    private final Map<String, EditHistory> histories = new HashMap<>();
    private final Map<String, Validation> findings = new HashMap<>();
    private Path file;
    /** The id of the scenario shown; null for the current state. */
    private String shown;
    private Validation validation;
    /** A scenario made, renamed or deleted since the last save. */
    private boolean scenariosChanged;
    private Chart whole;
    /** Counts every change of the document, so that {@link #whole} is made again only after one. */
    private long changes;
    private long wholeAt;
    /** The findings of the current state are being worked out on another thread. */
    private boolean checking;

    public ChartDocument(Chart chart, Path file, Validator validator) {
        this(chart, file, validator, BackgroundChecks.NONE, () -> { });
    }

    /**
     * A document whose findings {@code checks} may work out on another thread: until they
     * arrive, {@link #validation} is {@linkplain Validation#isPending pending} (no findings),
     * edits stay cheap, and {@code arrived} runs, on the home thread of {@code checks}, once the
     * findings of the chart as it is then are in place.
     */
    public ChartDocument(Chart chart, Path file, Validator validator, BackgroundChecks checks, Runnable arrived) {
        this.validator = validator;
        this.current = new EditHistory(Scenarios.currentState(chart));
        for (Scenario s : chart.scenarios()) {
            scenarios.add(s);
            histories.put(s.id(), new EditHistory(Scenarios.shown(chart, s)));
        }
        this.file = file;
        this.whole = chart;
        Chart first = current.current();
        if (checks.defers(first)) {
            checking = true;
            this.validation = validator.pending(first);
            checks.check(validator, first, findings -> {
                checked(findings);
                arrived.run();
            });
        } else {
            this.validation = validator.validate(first);
        }
    }

    /** Whether the findings of the current state are still being worked out on another thread. */
    public boolean isChecking() {
        return checking;
    }

    /** The findings of the current state as it was opened have arrived: brought up to its edits since. */
    private void checked(Validation opened) {
        checking = false;
        Chart now = current.current();
        Validation findingsNow = opened.chart() == now ? opened : validator.update(opened, now);
        if (shown == null) {
            validation = findingsNow;
        } else {
            findings.put(key(null), findingsNow);
        }
    }

    /** The findings of the design shown, worked out now; a stand-in while the background check still runs. */
    private Validation freshFindings() {
        return checking && shown == null ? validator.pending(chart()) : validator.validate(chart());
    }

    /** A document for a chart that exists in no chart file yet (an import): unsaved from the start. */
    public static ChartDocument unsaved(Chart chart, Validator validator) {
        return new ChartDocument(chart, null, validator).markUnsaved();
    }

    /** The design shown: the current state or a scenario, with the chart's title, tiers, fields and settings. */
    public Chart chart() {
        return history().current();
    }

    /** The chart with its current state and every scenario as they are now. */
    public Chart whole() {
        // The same value while nothing changed, so that the autosave can tell that nothing did.
        if (wholeAt != changes) {
            List<Scenario> all = new ArrayList<>(scenarios.size());
            for (Scenario s : scenarios) {
                all.add(s.withChart(histories.get(s.id()).current()));
            }
            whole = current.current().withScenarios(all);
            wholeAt = changes;
        }
        return whole;
    }

    /** The scenarios, in order; their charts may be older than their histories (see {@link #whole}). */
    public List<Scenario> scenarios() {
        return List.copyOf(scenarios);
    }

    /** The scenario shown; empty for the current state. */
    public Optional<Scenario> shownScenario() {
        return shown == null ? Optional.empty() : scenarios.stream().filter(s -> s.id().equals(shown)).findFirst();
    }

    public Validation validation() {
        return validation;
    }

    /** The file the chart is saved in; empty for a new chart or the sample. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    public boolean isDirty() {
        return scenariosChanged || current.isDirty() || histories.values().stream().anyMatch(EditHistory::isDirty);
    }

    /** Counts the chart as unsaved: it was recovered from an autosave, not read from its file. */
    public ChartDocument markUnsaved() {
        current.markUnsaved();
        return this;
    }

    /**
     * Applies {@code edit} to the design shown as one undo step of its history.
     *
     * @throws EditRefusedException when the edit would break the chart, or change the tiers,
     *         fields or settings from a scenario, or make a scenario not fit them
     */
    public void apply(Edit edit) {
        Chart before = chart();
        Chart after = edit.apply(before);
        boolean catalog = !after.tiers().equals(before.tiers()) || !after.fields().equals(before.fields())
                || !after.settings().equals(before.settings()) || !after.title().equals(before.title());
        if (catalog && shown != null) {
            throw new EditRefusedException(Texts.t("document.chartDocument.theTitleTiersFields"));
        }
        if (catalog && !scenarios.isEmpty()) {
            for (Scenario s : scenarios) {
                Scenarios.catalogProblem(after, histories.get(s.id()).current()).ifPresent(problem -> {
                    throw new EditRefusedException(Texts.t("document.chartDocument.thisChangeDoesNot", s.name(), problem));
                });
            }
        }
        history().record(edit.label(before), after);
        changes++;
        revalidate();
        if (catalog) {
            findings.clear();
        }
    }

    public boolean canUndo() {
        return history().canUndo();
    }

    public boolean canRedo() {
        return history().canRedo();
    }

    public Optional<String> undoLabel() {
        return history().undoLabel();
    }

    public Optional<String> redoLabel() {
        return history().redoLabel();
    }

    public void undo() {
        if (history().canUndo()) {
            history().undo();
            changes++;
            revalidate();
        }
    }

    public void redo() {
        if (history().canRedo()) {
            history().redo();
            changes++;
            revalidate();
        }
    }

    // ---- scenarios ----

    /**
     * Shows the scenario {@code id}, or the current state for null. A scenario whose tiers or
     * fields are older than the chart's takes the chart's, as one undo step of its own.
     */
    public void show(String id) {
        if (id != null && !histories.containsKey(id)) {
            throw new IllegalArgumentException("The chart has no scenario '" + id + "'.");
        }
        if (!validation.isPending()) {
            findings.put(key(shown), validation);
        }
        shown = id;
        if (id != null) {
            EditHistory h = histories.get(id);
            Chart catalog = current.current();
            Chart mine = h.current();
            if (!mine.tiers().equals(catalog.tiers()) || !mine.fields().equals(catalog.fields())
                    || !mine.settings().equals(catalog.settings()) || !mine.title().equals(catalog.title())) {
                h.record(Texts.t("document.chartDocument.takeTheChartS"), Scenarios.shown(catalog, Scenario.of(id, id, "", null, mine)));
                changes++;
                findings.remove(id);
            }
        }
        Validation known = findings.get(key(id));
        validation = known != null && known.chart() == chart() ? known : freshFindings();
    }

    /** Makes a scenario named {@code name} from the current state (null) or the scenario {@code basedOn}, and shows it. */
    public Scenario newScenario(String name, String description, String basedOn) {
        Chart from = basedOn == null ? current.current() : histories.get(basedOn).current();
        Chart made = Scenarios.add(whole(), name, description, basedOn);
        Scenario added = made.scenarios().get(made.scenarios().size() - 1).withChart(from);
        scenarios.add(added);
        histories.put(added.id(), new EditHistory(from));
        scenariosChanged = true;
        changes++;
        show(added.id());
        return added;
    }

    /** Gives the scenario {@code id} another name. */
    public void rename(String id, String name) {
        for (int i = 0; i < scenarios.size(); i++) {
            if (scenarios.get(i).id().equals(id)) {
                scenarios.set(i, scenarios.get(i).withName(name.strip()));
                scenariosChanged = true;
                changes++;
            }
        }
    }

    /** Deletes the scenario {@code id}; those based on it are then based on its base. Shows the current state if it was shown. */
    public void delete(String id) {
        Chart without = Scenarios.delete(whole(), id);
        scenarios.clear();
        for (Scenario s : without.scenarios()) {
            scenarios.add(s);
        }
        histories.remove(id);
        findings.remove(id);
        scenariosChanged = true;
        changes++;
        if (id.equals(shown)) {
            shown = null;
            validation = freshFindings();
        }
    }

    /**
     * Makes the scenario {@code id} the current state, as one undo step of the current state's
     * history, and shows the current state. The scenario stays, so that nothing is lost.
     */
    public void promote(String id) {
        show(null);
        Scenario s = scenarios.stream().filter(x -> x.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The chart has no scenario '" + id + "'."));
        Chart withIt = current.current().withScenarios(List.of(s.withChart(histories.get(id).current())));
        Chart promoted = Scenarios.promote(id).apply(withIt).withScenarios(List.of());
        current.record(Texts.t("document.chartDocument.promoteToTheCurrent", s.name()), promoted);
        changes++;
        revalidate();
    }

    /** Saves to {@code target} (atomically), keeping no backup, and makes it the document's file. */
    public void saveAs(Path target) throws SaveFailedException {
        saveAs(target, BackupPolicy.NONE);
    }

    /** Saves to {@code target} (atomically) and makes it the document's file. */
    public void saveAs(Path target, BackupPolicy backup) throws SaveFailedException {
        saveAs(target, backup, java.util.function.UnaryOperator.identity());
    }

    /** Saves {@code addition} applied to the whole chart to {@code target} (atomically) and makes it the document's file. */
    public void saveAs(Path target, BackupPolicy backup, java.util.function.UnaryOperator<Chart> addition)
            throws SaveFailedException {
        ChartFiles.save(Objects.requireNonNull(target, "target"), addition.apply(whole()), backup);
        file = target;
        current.markSaved();
        histories.values().forEach(EditHistory::markSaved);
        scenariosChanged = false;
    }

    private EditHistory history() {
        return shown == null ? current : histories.get(shown);
    }

    private static String key(String id) {
        return id == null ? "" : id;
    }

    private void revalidate() {
        // Undo and redo move between charts derived from one another: the update re-checks only
        // what differs, and falls back to a full check when it cannot tell.
        // While the first findings are still being worked out, an edit waits for them too.
        validation = validation.isPending() ? validator.pending(chart()) : validation.update(chart());
    }
}
