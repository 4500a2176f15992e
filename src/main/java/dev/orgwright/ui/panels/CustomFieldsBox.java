package dev.orgwright.ui.panels;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Edit;
import dev.orgwright.model.FieldDefinition;
import dev.orgwright.model.FieldType;
import dev.orgwright.model.Position;
import dev.orgwright.ui.fx.Texts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The inspector's rows for the chart's own fields: a text field for a text or a number, a date
 * picker that reads and writes yyyy-mm-dd, a box of choices. Private fields say so in their
 * caption. The controls are made again only when the chart's fields change.
 */
final class CustomFieldsBox extends VBox {

    private final Predicate<Optional<Edit>> apply;
    private List<FieldDefinition> built = List.of();
    private final List<Runnable> fillers = new ArrayList<>();
    private Position shown;
    private Chart chart;
    private boolean updating;
    private boolean otherShown;

    /** {@code apply} applies an edit if there is one and says whether the chart changed. */
    CustomFieldsBox(Predicate<Optional<Edit>> apply) {
        super(6);
        this.apply = apply;
        setId("inspector-custom-fields");
    }

    /** Shows {@code shown}'s values; {@code other}: another position than before, so typed text gives way. */
    void show(Chart chart, Position shown, boolean other) {
        this.chart = chart;
        this.shown = shown;
        this.otherShown = other;
        List<FieldDefinition> fields = chart == null ? List.of() : chart.fields();
        if (!fields.equals(built)) {
            build(fields);
        }
        updating = true;
        try {
            for (Runnable fill : fillers) {
                fill.run();
            }
        } finally {
            updating = false;
        }
        setVisible(!fields.isEmpty());
        setManaged(!fields.isEmpty());
    }

    private String value(FieldDefinition f) {
        return shown == null ? "" : CustomFieldInputs.text(shown.fieldValues().get(f.id()).orElse(null));
    }

    private void build(List<FieldDefinition> fields) {
        built = List.copyOf(fields);
        fillers.clear();
        List<Node> nodes = new ArrayList<>();
        for (FieldDefinition f : fields) {
            Label caption = new Label(CustomFieldInputs.caption(f));
            caption.getStyleClass().add("caption");
            caption.setWrapText(true);
            nodes.add(caption);
            nodes.add(switch (f.type()) {
                case CHOICE -> choiceBox(f);
                case DATE -> datePicker(f);
                default -> textField(f);
            });
        }
        getChildren().setAll(nodes);
    }

    private String controlId(FieldDefinition f) {
        return "inspector-field-" + f.id();
    }

    private Node textField(FieldDefinition f) {
        TextField t = new TextField();
        t.setId(controlId(f));
        Runnable commit = () -> {
            if (!updating && !apply.test(CustomFieldInputs.commit(shown, f, t.getText()))
                    && !CustomFieldInputs.accepts(f, t.getText())) {
                t.setText(value(f)); // refused: the field shows the value as it is
            }
        };
        t.setOnAction(e -> commit.run());
        t.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commit.run();
            }
        });
        fillers.add(() -> {
            // Text being typed stays until it is committed, unless another position is shown.
            if (otherShown || !t.isFocused()) {
                t.setText(value(f));
            }
        });
        return t;
    }

    private Node choiceBox(FieldDefinition f) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(controlId(f));
        box.setMaxWidth(Double.MAX_VALUE);
        box.getItems().setAll(CustomFieldInputs.choices(f));
        box.setOnAction(e -> {
            if (!updating && !apply.test(CustomFieldInputs.choose(shown, f, box.getValue()))) {
                fill(box, f);
            }
        });
        fillers.add(() -> fill(box, f));
        return box;
    }

    private void fill(ComboBox<String> box, FieldDefinition f) {
        boolean was = updating;
        updating = true;
        try {
            String v = value(f);
            box.setValue(v.isEmpty() ? CustomFieldInputs.NO_CHOICE : v);
        } finally {
            updating = was;
        }
    }

    private Node datePicker(FieldDefinition f) {
        DatePicker picker = new DatePicker();
        picker.setId(controlId(f));
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.setPromptText(Texts.t("panels.customFields.datePrompt"));
        // The document's form, whatever the locale: a date reads the same in every office.
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : d.toString();
            }

            @Override
            public LocalDate fromString(String s) {
                return s == null || !FieldDefinition.isDate(s.strip()) ? null : LocalDate.parse(s.strip());
            }
        });
        picker.valueProperty().addListener((o, was, now) -> {
            if (updating) {
                return;
            }
            boolean typedNoDate = now == null && !picker.getEditor().getText().isBlank();
            // A typed text that is not a date leaves the value alone instead of clearing it.
            if (typedNoDate || !apply.test(CustomFieldInputs.commit(shown, f, now == null ? "" : now.toString()))) {
                fillDate(picker, f);
            }
        });
        fillers.add(() -> fillDate(picker, f));
        return picker;
    }

    private void fillDate(DatePicker picker, FieldDefinition f) {
        boolean was = updating;
        updating = true;
        try {
            String v = value(f);
            picker.setValue(v.isEmpty() ? null : LocalDate.parse(v));
            picker.getEditor().setText(v);
        } finally {
            updating = was;
        }
    }
}
