package dev.orgwright.ui.panels;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Duty;
import dev.orgwright.model.Edit;
import dev.orgwright.model.Edits;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Responsibility;
import dev.orgwright.model.Tier;
import dev.orgwright.ui.editor.ChartWindowModel;
import dev.orgwright.ui.editor.WindowChange.Aspect;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.cell.TextFieldListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The selected position's fields, editable: title, holder, tier, department, assistant, notes,
 * duties (add, edit in place, remove, reorder, link to a responsibility) and dotted lines. A
 * text field commits on Enter or when it loses focus; every commit is one undoable edit.
 */
public final class InspectorPane extends ScrollPane {

    private static final String NO_TIER = "No tier";
    private static final String NO_LINK = "Not linked";

    private final ChartWindowModel model;
    private final Label heading = new Label("Nothing selected");
    private final TextField title = field("inspector-title");
    private final TextField holder = field("inspector-holder");
    private final ComboBox<String> tier = new ComboBox<>();
    private final TextField department = field("inspector-department");
    private final CheckBox assistant = new CheckBox("Assistant to the manager");
    private final TextArea notes = new TextArea();
    private final ListView<Duty> duties = new ListView<>();
    private final ComboBox<String> link = new ComboBox<>();
    private final Label dotted = new Label();
    private final VBox form;
    private PositionId shown;
    private boolean updating;

    public InspectorPane(ChartWindowModel model) {
        this.model = model;
        setId("inspector");
        getStyleClass().add("inspector");
        setFitToWidth(true);
        setPrefWidth(320);
        heading.getStyleClass().add("pane-heading");
        tier.setId("inspector-tier");
        tier.setMaxWidth(Double.MAX_VALUE);
        notes.setId("inspector-notes");
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        assistant.setId("inspector-assistant");
        duties.setId("inspector-duties");
        duties.setPrefHeight(170);
        duties.setEditable(true);
        duties.setCellFactory(v -> dutyCell());
        duties.setOnEditCommit(e -> {
            if (e.getNewValue() != null) {
                String text = e.getNewValue().text();
                Duty old = duties.getItems().get(e.getIndex());
                edit(id -> Edits.replaceDuty(id, e.getIndex(), new Duty(text, old.responsibilityId(), old.unknownFields())));
            }
        });
        link.setId("inspector-duty-link");
        link.setMaxWidth(Double.MAX_VALUE);
        link.setPromptText("Link the selected duty to a responsibility");
        // Type a few letters of a responsibility (its id or its words) to pick it from the catalog.
        link.setEditable(true);
        org.controlsfx.control.textfield.TextFields.bindAutoCompletion(link.getEditor(),
                request -> link.getItems().stream()
                        .filter(s -> !request.getUserText().isBlank()
                                && s.toLowerCase(java.util.Locale.ROOT).contains(
                                        request.getUserText().strip().toLowerCase(java.util.Locale.ROOT)))
                        .toList());
        duties.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> showLink());

        commitOn(title, t -> t.isBlank() ? null : (id -> Edits.setTitle(id, t)));
        commitOn(holder, t -> id -> Edits.setHolder(id, t));
        commitOn(department, t -> id -> Edits.setDepartment(id, t));
        commitOn(notes, t -> id -> Edits.setNotes(id, t));
        tier.setOnAction(e -> {
            if (!updating && tier.getValue() != null) {
                String tierId = tierIdByName(tier.getValue());
                edit(id -> Edits.setTier(id, tierId));
            }
        });
        assistant.setOnAction(e -> {
            if (!updating) {
                edit(id -> Edits.setAssistant(id, assistant.isSelected()));
            }
        });
        link.setOnAction(e -> {
            int i = duties.getSelectionModel().getSelectedIndex();
            if (!updating && i >= 0 && link.getValue() != null) {
                Duty d = duties.getItems().get(i);
                String typed = link.getValue().strip();
                String responsibility = typed.isEmpty() || NO_LINK.equals(typed) ? null : typed.split(" — ")[0].strip();
                if (responsibility != null && link.getItems().stream().noneMatch(x -> x.startsWith(typed.split(" — ")[0].strip() + " — "))) {
                    showLink(); // not a responsibility of the catalog: the field shows the link as it was
                    return;
                }
                if (!Objects.equals(responsibility, d.responsibilityId())) {
                    edit(id -> Edits.replaceDuty(id, i, new Duty(d.text(), responsibility, d.unknownFields())));
                }
            }
        });

        Button add = new Button("Add duty");
        add.setId("inspector-add-duty");
        add.setOnAction(e -> edit(id -> Edits.addDuty(id, Duty.of("New duty"), -1)));
        Button remove = new Button("Remove");
        remove.setOnAction(e -> {
            int i = duties.getSelectionModel().getSelectedIndex();
            if (i >= 0) {
                edit(id -> Edits.removeDuty(id, i));
            }
        });
        Button up = new Button("↑");
        up.setOnAction(e -> moveDuty(-1));
        Button down = new Button("↓");
        down.setOnAction(e -> moveDuty(1));
        HBox dutyButtons = new HBox(6, add, remove, up, down);

        form = new VBox(6, heading,
                caption("Title"), title, caption("Holder (empty: vacant)"), holder, caption("Tier"), tier,
                caption("Department"), department, assistant, caption("Duties (double-click to edit)"), duties,
                dutyButtons, link, caption("Dotted lines to"), dotted, caption("Notes"), notes);
        form.setPadding(new Insets(10));
        setContent(form);
        model.listen(EnumSet.of(Aspect.CHART, Aspect.SELECTION), change -> refresh());
        refresh();
    }

    private void refresh() {
        Optional<PositionId> selected = model.selection();
        form.setDisable(selected.isEmpty());
        updating = true;
        try {
            if (selected.isEmpty()) {
                heading.setText("Nothing selected");
                shown = null;
                clear();
                return;
            }
            Chart chart = model.chart();
            Position p = chart.position(selected.get());
            boolean other = !selected.get().equals(shown);
            shown = selected.get();
            heading.setText(p.title());
            setIfNotEditing(title, p.title(), other);
            setIfNotEditing(holder, p.holder(), other);
            setIfNotEditing(department, p.department(), other);
            setIfNotEditing(notes, p.notes(), other);
            List<String> tierNames = new ArrayList<>();
            tierNames.add(NO_TIER);
            chart.tiers().forEach(t -> tierNames.add(t.name()));
            if (!tier.getItems().equals(tierNames)) {
                tier.getItems().setAll(tierNames);
            }
            tier.setValue(p.tierId() == null ? NO_TIER : chart.tier(p.tierId()).map(Tier::name).orElse(NO_TIER));
            assistant.setSelected(p.assistant());
            int keep = duties.getSelectionModel().getSelectedIndex();
            if (!duties.getItems().equals(p.duties())) {
                duties.getItems().setAll(p.duties());
                if (!other && keep >= 0 && keep < p.duties().size()) {
                    duties.getSelectionModel().select(keep);
                }
            }
            List<String> links = new ArrayList<>();
            links.add(NO_LINK);
            for (Tier t : chart.tiers()) {
                for (Responsibility r : t.responsibilities()) {
                    links.add(r.id() + " — " + r.text());
                }
            }
            if (!link.getItems().equals(links)) {
                link.getItems().setAll(links);
            }
            dotted.setText(p.dottedLines().isEmpty() ? "None (drag a card with Alt onto another to add one)"
                    : String.join(", ", p.dottedLines().stream()
                            .map(id -> chart.find(id).map(Position::title).orElse(id.value())).toList()));
            showLink();
        } finally {
            updating = false;
        }
    }

    private void showLink() {
        boolean was = updating;
        updating = true;
        try {
            int i = duties.getSelectionModel().getSelectedIndex();
            link.setDisable(i < 0);
            if (i >= 0 && i < duties.getItems().size()) {
                String r = duties.getItems().get(i).responsibilityId();
                link.setValue(r == null ? NO_LINK : link.getItems().stream().filter(s -> s.startsWith(r + " — "))
                        .findFirst().orElse(NO_LINK));
            } else {
                link.setValue(null);
            }
        } finally {
            updating = was;
        }
    }

    private void clear() {
        for (TextInputControl c : List.of(title, holder, department, notes)) {
            c.setText("");
        }
        duties.getItems().clear();
        dotted.setText("");
        assistant.setSelected(false);
        tier.setValue(null);
        link.setValue(null);
    }

    private void moveDuty(int step) {
        int i = duties.getSelectionModel().getSelectedIndex();
        int to = i + step;
        if (i >= 0 && to >= 0 && to < duties.getItems().size()) {
            edit(id -> Edits.moveDuty(id, i, to));
            duties.getSelectionModel().select(to);
        }
    }

    private void edit(Function<PositionId, Edit> edit) {
        model.selection().ifPresent(id -> model.applyOrExplain(edit.apply(id)));
    }

    private String tierIdByName(String name) {
        return model.chart().tiers().stream().filter(t -> t.name().equals(name)).map(Tier::id).findFirst().orElse(null);
    }

    /** Commits the control's text as an edit on Enter (text fields) or when focus leaves it. */
    private void commitOn(TextInputControl control, Function<String, Function<PositionId, Edit>> edit) {
        Runnable commit = () -> {
            if (updating || model.selection().isEmpty()) {
                return;
            }
            Position p = model.chart().position(model.selection().get());
            String now = control.getText() == null ? "" : control.getText().strip();
            String before = control == title ? p.title() : control == holder ? p.holder()
                    : control == department ? p.department() : p.notes();
            if (!now.equals(before)) {
                Function<PositionId, Edit> e = edit.apply(now);
                if (e != null) {
                    edit(e);
                } else {
                    control.setText(before);
                }
            }
        };
        if (control instanceof TextField f) {
            f.setOnAction(e -> commit.run());
        }
        control.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commit.run();
            }
        });
    }

    private static void setIfNotEditing(TextInputControl c, String value, boolean force) {
        if (force || !c.isFocused()) {
            c.setText(value);
        }
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        return f;
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("caption");
        return l;
    }

    private ListCell<Duty> dutyCell() {
        TextFieldListCell<Duty> cell = new TextFieldListCell<>(new StringConverter<>() {
            @Override
            public String toString(Duty d) {
                return d == null ? "" : d.text() + (d.responsibilityId() == null ? "" : "  ⟶ " + d.responsibilityId());
            }

            @Override
            public Duty fromString(String s) {
                String text = s.contains("  ⟶ ") ? s.substring(0, s.indexOf("  ⟶ ")) : s;
                return text.isBlank() ? null : Duty.of(text.strip()); // a blank edit changes nothing
            }
        });
        return cell;
    }
}
