package dev.orgwright.ui.editor;

import static dev.orgwright.ui.fx.Texts.t;

import dev.orgwright.model.Blank;
import dev.orgwright.model.SavedView;
import dev.orgwright.model.Views;
import dev.orgwright.ui.fx.Dialogs;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The commands of View → Views, without a toolkit: show a view saved in the chart, save the view
 * shown under a name, delete a saved view (decision 0025). Saving and deleting are edits of the
 * chart through the one command path, so they are undone like any other; showing a view is not.
 */
public final class ViewCommands {

    private final ChartWindowModel model;
    private final Dialogs dialogs;

    public ViewCommands(ChartWindowModel model, Dialogs dialogs) {
        this.model = Objects.requireNonNull(model, "model");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
    }

    /** The chart's saved views, in order. */
    public List<SavedView> views() {
        return Views.all(model.chart().settings());
    }

    /** Whether the window shows the saved view {@code name} as it was saved. */
    public boolean isShown(String name) {
        return model.currentViewName().filter(name::equalsIgnoreCase).isPresent();
    }

    /** Shows the saved view {@code name}; nothing happens for a name the chart no longer has. */
    public void show(String name) {
        Views.find(model.chart().settings(), name).ifPresent(model::showView);
    }

    /**
     * Asks for a name and saves the view shown under it, as one undoable edit; a view of the same
     * name (ignoring case) is replaced after the user agrees. Returns whether it was saved.
     */
    public boolean saveCurrentAs() {
        String suggested = model.currentViewName().orElse(t("views.save.suggested", views().size() + 1));
        Optional<String> asked = dialogs.askText(t("views.save.headline"), t("views.save.prompt"), suggested);
        if (asked.isEmpty()) {
            return false;
        }
        String name = asked.get().strip();
        if (Blank.isBlank(name) || name.length() > Views.MAX_NAME) {
            dialogs.showError(t("views.save.headline"), t("views.save.badName", Views.MAX_NAME));
            return false;
        }
        Optional<SavedView> existing = Views.find(model.chart().settings(), name);
        if (existing.isPresent() && !existing.get().name().equals(model.currentViewName().orElse(null))
                && dialogs.choose(t("views.save.headline"), t("views.save.replace", existing.get().name()),
                t("views.save.replaceAnswer"), t("views.cancel")) != 0) {
            return false;
        }
        String saved = existing.map(SavedView::name).orElse(name);
        SavedView view = model.currentView().named(saved);
        if (!model.applyOrExplain(Views.save(t("views.edit.save", saved), view))) {
            return false;
        }
        model.showView(view);
        return true;
    }

    /** Asks which saved view to delete, and deletes it as one undoable edit. Returns whether one was deleted. */
    public boolean delete() {
        List<SavedView> all = views();
        if (all.isEmpty()) {
            return false;
        }
        List<String> answers = new ArrayList<>();
        all.forEach(v -> answers.add(v.name()));
        answers.add(t("views.cancel"));
        int chosen = dialogs.choose(t("views.delete.headline"), t("views.delete.prompt"), answers.toArray(String[]::new));
        if (chosen < 0 || chosen >= all.size()) {
            return false;
        }
        String name = all.get(chosen).name();
        return model.applyOrExplain(Views.delete(t("views.edit.delete", name), name));
    }
}
