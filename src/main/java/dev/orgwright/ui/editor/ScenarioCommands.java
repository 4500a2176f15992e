package dev.orgwright.ui.editor;

import dev.orgwright.model.Blank;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Scenario;
import dev.orgwright.model.Scenarios;
import dev.orgwright.ui.document.DocumentSession;
import dev.orgwright.ui.fx.Dialogs;
import dev.orgwright.ui.fx.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The commands of the Scenario menu and the toolbar's switcher, without a toolkit: show a
 * design, make, rename, delete and promote a scenario, and choose two designs to compare. What
 * needs the user's word goes through {@link Dialogs}.
 */
public final class ScenarioCommands {

    /** Two designs to compare: the earlier one first, each with its name. */
    public record Comparison(Chart old, String oldName, Chart proposed, String proposedName) {
    }

    private final ChartWindowModel model;
    private final Dialogs dialogs;

    public ScenarioCommands(ChartWindowModel model, Dialogs dialogs) {
        this.model = Objects.requireNonNull(model, "model");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
    }

    private DocumentSession session() {
        return model.session();
    }

    /** The designs the switcher offers: the current state (id null) and each scenario, by name. */
    public List<String> designNames() {
        List<String> names = new ArrayList<>();
        names.add(Texts.t("editor.scenarioCommands.currentState"));
        session().scenarios().forEach(s -> names.add(s.name()));
        return names;
    }

    /** The index in {@link #designNames} of the design shown. */
    public int shownIndex() {
        Optional<Scenario> shown = session().shownScenario();
        if (shown.isEmpty()) {
            return 0;
        }
        List<Scenario> all = session().scenarios();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(shown.get().id())) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Shows the design at {@code index} of {@link #designNames}. */
    public void show(int index) {
        List<Scenario> all = session().scenarios();
        if (index >= 0 && index <= all.size() && index != shownIndex()) {
            session().showScenario(index == 0 ? null : all.get(index - 1).id());
        }
    }

    public boolean isScenarioShown() {
        return session().shownScenario().isPresent();
    }

    /** Asks for a name and makes a scenario of the current state ({@code fromShown} false) or of the scenario shown. */
    public void newScenario(boolean fromShown) {
        String basedOn = fromShown ? session().shownScenario().map(Scenario::id).orElse(null) : null;
        String from = basedOn == null ? Texts.t("editor.scenarioCommands.theCurrentState") : Texts.t("editor.scenarioCommands.quoted", session().shownScenario().orElseThrow().name());
        String suggested = Texts.t("editor.scenarioCommands.scenario", (session().scenarios().size() + 1));
        askName(Texts.t("editor.scenarioCommands.newScenario"), Texts.t("editor.scenarioCommands.aScenarioIsA", from), suggested)
                .ifPresent(name -> session().newScenario(name, "", basedOn));
    }

    /** Asks for another name for the scenario shown. */
    public void renameShown() {
        session().shownScenario().ifPresent(s -> askName(Texts.t("editor.scenarioCommands.renameScenario"), Texts.t("editor.scenarioCommands.theNewNameOf", s.name()),
                s.name()).ifPresent(name -> session().renameScenario(s.id(), name)));
    }

    /** Deletes the scenario shown after asking; keeping it is the default answer. */
    public void deleteShown() {
        session().shownScenario().ifPresent(s -> {
            int answer = dialogs.chooseSafely(Texts.t("editor.scenarioCommands.deleteTheScenario", s.name()),
                    Texts.t("editor.scenarioCommands.itsPositionsAndChanges"), 0,
                    Texts.t("editor.scenarioCommands.keepTheScenario"), Texts.t("editor.scenarioCommands.delete"));
            if (answer == 1) {
                session().deleteScenario(s.id());
            }
        });
    }

    /** Makes the scenario shown the current state; Undo on the current state takes it back. */
    public void promoteShown() {
        session().shownScenario().ifPresent(s -> {
            session().promoteScenario(s.id());
            model.setNotice(Texts.t("editor.scenarioCommands.isNowTheCurrent", s.name()));
        });
    }

    /**
     * Asks which design to compare the one shown with; the chosen one is the earlier side, the
     * one shown the proposal. Empty when there is no other design or the user cancelled.
     */
    public Optional<Comparison> chooseComparison() {
        Chart whole = session().whole();
        List<String> names = designNames();
        int shown = shownIndex();
        List<String> others = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (i != shown) {
                others.add(names.get(i));
                indexes.add(i);
            }
        }
        if (others.isEmpty()) {
            dialogs.showError(Texts.t("editor.scenarioCommands.nothingToCompareWith"), Texts.t("editor.scenarioCommands.theChartHasNo"));
            return Optional.empty();
        }
        others.add(Texts.t("editor.scenarioCommands.cancel"));
        int answer = dialogs.choose(Texts.t("editor.scenarioCommands.compareWith", names.get(shown)),
                Texts.t("editor.scenarioCommands.theDesignChosenIs", names.get(shown)),
                others.toArray(String[]::new));
        if (answer < 0 || answer >= indexes.size()) {
            return Optional.empty();
        }
        int other = indexes.get(answer);
        return Optional.of(new Comparison(design(whole, other), names.get(other), design(whole, shown), names.get(shown)));
    }

    private static Chart design(Chart whole, int index) {
        return index == 0 ? Scenarios.currentState(whole) : Scenarios.shown(whole, whole.scenarios().get(index - 1));
    }

    private Optional<String> askName(String headline, String prompt, String initial) {
        Optional<String> name = dialogs.askText(headline, prompt, initial);
        if (name.isPresent() && Blank.isBlank(name.get())) {
            dialogs.showError(Texts.t("editor.scenarioCommands.aScenarioNeedsA"), Texts.t("editor.scenarioCommands.theNameWasEmpty"));
            return Optional.empty();
        }
        return name;
    }
}
