package dev.orgwright.ui.panels;

import dev.orgwright.model.Blank;
import dev.orgwright.model.Duty;
import dev.orgwright.model.Edit;
import dev.orgwright.ui.editor.ChartWindowModel;
import dev.orgwright.ui.fx.Texts;
import dev.orgwright.ui.editor.WindowChange.Aspect;
import dev.orgwright.ui.fx.Texts;
import dev.orgwright.ui.panels.InspectorModel.Field;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.cell.TextFieldListCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The selected position's fields, editable: title, holder, tier, department, assistant, FTE,
 * annual cost (marked private), status, the chart's own fields (private ones marked), notes, duties (add, edit in place, remove, reorder, link to a responsibility, choose the role in it) and dotted lines. A
 * text field commits on Enter or when it loses focus; every commit is one undoable edit. What
 * is shown and what an input turns into are the {@link InspectorModel}'s.
 */
public final class InspectorPane extends ScrollPane {

    private final ChartWindowModel model;
    private final InspectorModel inspector = new InspectorModel();
    private final Label heading = new Label(InspectorModel.NOTHING_SELECTED);
    private final Map<Field, TextInputControl> fields = Map.of(
            Field.TITLE, field("inspector-title"), Field.HOLDER, field("inspector-holder"),
            Field.DEPARTMENT, field("inspector-department"), Field.NOTES, new TextArea(),
            Field.FTE, field("inspector-fte"), Field.COST, field("inspector-cost"));
    private final ComboBox<String> status = new ComboBox<>();
    private final Label costCaption = caption(Texts.t("panels.inspectorPane.annualCost"));
    private final Label statusCaption = caption(Texts.t("panels.inspectorPane.status"));
    private final ChoiceBox<String> archetype = new ChoiceBox<>();
    private final Label archetypeCaption = caption(Texts.t("analysis.inspector.archetype"));
    private final ComboBox<String> tier = new ComboBox<>();
    private final CheckBox assistant = new CheckBox(Texts.t("panels.inspectorPane.assistantToTheManager"));
    private final CheckBox undisclosed = new CheckBox(Texts.t("panels.inspectorPane.holderNotDisclosed"));
    private final ListView<Duty> duties = new ListView<>();
    private final ComboBox<String> link = new ComboBox<>();
    private final ChoiceBox<String> role = new ChoiceBox<>();
    private final Label dotted = new Label();
    private final CustomFieldsBox customFields = new CustomFieldsBox(this::apply);
    private final VBox form;
    /** Set while the controls are filled from the model, so that filling them is not taken for input. */
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
        TextArea notes = (TextArea) fields.get(Field.NOTES);
        notes.setId("inspector-notes");
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        assistant.setId("inspector-assistant");
        undisclosed.setId("inspector-holder-undisclosed");
        undisclosed.setOnAction(e -> {
            if (!updating) {
                apply(inspector.setHolderUndisclosed(undisclosed.isSelected()));
            }
        });
        status.setId("inspector-status");
        status.setMaxWidth(Double.MAX_VALUE);
        status.getItems().setAll(InspectorModel.statusChoices());
        status.setOnAction(e -> {
            if (!updating) {
                apply(inspector.chooseStatus(status.getValue()));
            }
        });
        archetype.setId("inspector-archetype");
        archetype.setMaxWidth(Double.MAX_VALUE);
        archetype.getItems().setAll(InspectorModel.archetypeChoices());
        archetype.setOnAction(e -> {
            if (!updating) {
                apply(inspector.chooseArchetype(archetype.getValue()));
            }
        });
        archetypeCaption.setTooltip(new javafx.scene.control.Tooltip(Texts.t("analysis.inspector.archetype.tip")));
        duties.setId("inspector-duties");
        duties.setPrefHeight(170);
        duties.setEditable(true);
        duties.setCellFactory(v -> dutyCell());
        duties.setOnEditCommit(e -> {
            if (e.getNewValue() != null) {
                apply(inspector.editDuty(e.getIndex(), e.getNewValue().text()));
            }
        });
        link.setId("inspector-duty-link");
        link.setMaxWidth(Double.MAX_VALUE);
        link.setPromptText(Texts.t("panels.inspectorPane.linkTheSelectedDuty"));
        // Type a few letters of a responsibility (its id or its words) to pick it from the catalog.
        link.setEditable(true);
        org.controlsfx.control.textfield.TextFields.bindAutoCompletion(link.getEditor(),
                request -> inspector.linkSuggestions(request.getUserText()));
        duties.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> showLink());
        role.setId("inspector-duty-role");
        role.getItems().setAll(InspectorModel.roleChoices());
        role.setTooltip(new javafx.scene.control.Tooltip(
                Texts.t("panels.inspectorPane.thePositionSRole")));
        role.setOnAction(e -> {
            int i = duties.getSelectionModel().getSelectedIndex();
            if (!updating && role.getValue() != null && apply(inspector.setDutyRole(i, role.getValue()))) {
                duties.getSelectionModel().select(i);
            }
        });

        fields.forEach(this::commitOn);
        tier.setOnAction(e -> {
            if (!updating) {
                apply(inspector.chooseTier(tier.getValue()));
            }
        });
        assistant.setOnAction(e -> {
            if (!updating) {
                apply(inspector.setAssistant(assistant.isSelected()));
            }
        });
        link.setOnAction(e -> {
            if (!updating && link.getValue() != null
                    && !apply(inspector.linkDuty(duties.getSelectionModel().getSelectedIndex(), link.getValue()))) {
                showLink(); // refused or unchanged: the field shows the link as it is
            }
        });

        Button add = new Button(Texts.t("panels.inspectorPane.addDuty"));
        add.setId("inspector-add-duty");
        add.setOnAction(e -> apply(inspector.addDuty()));
        Button remove = new Button(Texts.t("panels.inspectorPane.remove"));
        remove.setOnAction(e -> apply(inspector.removeDuty(duties.getSelectionModel().getSelectedIndex())));
        Button up = new Button("↑");
        up.setOnAction(e -> moveDuty(-1));
        Button down = new Button("↓");
        down.setOnAction(e -> moveDuty(1));
        // A flow, not a row: in a narrow inspector the buttons wrap instead of losing their labels.
        FlowPane dutyButtons = new FlowPane(6, 6, add, remove, up, down);

        form = new VBox(6,
                caption(Texts.t("panels.inspectorPane.title")), fields.get(Field.TITLE), caption(Texts.t("panels.inspectorPane.holderEmptyVacant")), fields.get(Field.HOLDER), undisclosed,
                caption(Texts.t("panels.inspectorPane.tier")), tier, caption(Texts.t("panels.inspectorPane.department")), fields.get(Field.DEPARTMENT), assistant,
                caption(Texts.t("panels.inspectorPane.fte")), fields.get(Field.FTE), costCaption, fields.get(Field.COST),
                statusCaption, status, archetypeCaption, archetype, customFields,
                caption(Texts.t("panels.inspectorPane.dutiesDoubleClickTo")), duties, dutyButtons, link,
                new HBox(6, caption(Texts.t("panels.inspectorPane.role")), role),
                caption(Texts.t("panels.inspectorPane.dottedLinesTo")), dotted, caption(Texts.t("panels.inspectorPane.notes")), notes);
        costCaption.setTooltip(new javafx.scene.control.Tooltip(
                Texts.t("panels.inspectorPane.privateTheCostIs")));
        statusCaption.setTooltip(new javafx.scene.control.Tooltip(
                Texts.t("panels.inspectorPane.plannedAPositionTo")));
        form.setPadding(new Insets(10));
        // Until a position is selected, or the window has shown its chart, only the heading is in
        // the scene: the form's two dozen controls then cost the first frame no styling or layout.
        VBox headingOnly = new VBox(heading);
        headingOnly.setPadding(new Insets(10));
        setContent(headingOnly);
        model.listen(EnumSet.of(Aspect.CHART, Aspect.SELECTION), change -> refresh());
        refresh();
    }

    /**
     * Puts the whole form in the pane (once; later calls do nothing). Until then the pane shows
     * only its heading, so that the window's first frame does not wait for the form's controls;
     * the window calls this once its chart is on the screen, and selecting a position does too.
     */
    public void showWholeForm() {
        if (getContent() != form) {
            form.getChildren().add(0, heading);
            setContent(form);
        }
    }

    /** Whether the whole form is in the pane (see {@link #showWholeForm()}). */
    public boolean showsWholeForm() {
        return getContent() == form;
    }

    private void refresh() {
        boolean other = inspector.show(model.chart(), model.selection());
        if (inspector.shown().isPresent()) {
            showWholeForm();
        }
        form.setDisable(inspector.shown().isEmpty());
        updating = true;
        try {
            heading.setText(inspector.heading());
            // A field being typed in keeps its text until committed, unless another position is shown.
            fields.forEach((f, control) -> {
                if (other || !control.isFocused()) {
                    control.setText(inspector.value(f));
                }
            });
            setIfChanged(tier.getItems(), inspector.tierChoices());
            tier.setValue(inspector.tierChoice());
            assistant.setSelected(inspector.isAssistant());
            undisclosed.setSelected(inspector.isHolderUndisclosed());
            fields.get(Field.HOLDER).setPromptText(inspector.holderPrompt());
            status.setValue(inspector.statusChoice());
            archetype.setValue(inspector.archetypeChoice());
            costCaption.setText(inspector.costCaption());
            customFields.show(model.chart(), inspector.shown().map(model.chart()::position).orElse(null), other);
            int keep = duties.getSelectionModel().getSelectedIndex();
            if (setIfChanged(duties.getItems(), inspector.duties())
                    && !other && keep >= 0 && keep < duties.getItems().size()) {
                duties.getSelectionModel().select(keep);
            }
            setIfChanged(link.getItems(), inspector.linkChoices());
            dotted.setText(inspector.dottedLines());
            showLink();
        } finally {
            updating = false;
        }
    }

    private static <T> boolean setIfChanged(ObservableList<T> items, List<T> now) {
        if (items.equals(now)) {
            return false;
        }
        items.setAll(now);
        return true;
    }

    private void showLink() {
        boolean was = updating;
        updating = true;
        try {
            int i = duties.getSelectionModel().getSelectedIndex();
            link.setDisable(i < 0);
            link.setValue(inspector.linkChoice(i));
            String r = inspector.roleChoice(i);
            role.setDisable(r == null);
            role.setValue(r);
        } finally {
            updating = was;
        }
    }

    private void moveDuty(int step) {
        int i = duties.getSelectionModel().getSelectedIndex();
        if (apply(inspector.moveDuty(i, step))) {
            duties.getSelectionModel().select(i + step);
        }
    }

    /** Applies the edit an input made, if it made one; returns whether the chart changed. */
    private boolean apply(Optional<Edit> edit) {
        return edit.isPresent() && model.applyOrExplain(edit.get());
    }

    /** Commits the control's text on Enter (text fields) or when focus leaves it; a refused text is put back. */
    private void commitOn(Field f, TextInputControl control) {
        Runnable commit = () -> {
            if (!updating && !apply(inspector.commit(f, control.getText()))
                    && !InspectorModel.accepts(f, control.getText())) {
                control.setText(inspector.value(f));
            }
        };
        if (control instanceof TextField t) {
            t.setOnAction(e -> commit.run());
        }
        control.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commit.run();
            }
        });
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
        return new TextFieldListCell<>(new StringConverter<>() {
            @Override
            public String toString(Duty d) {
                return inspector.dutyLabel(d);
            }

            @Override
            public Duty fromString(String s) {
                return s == null || Blank.isBlank(s) ? null : Duty.of(s); // the model reads the text; a blank one changes nothing
            }
        });
    }
}
