package dev.orgwright.ui.panels;

import dev.orgwright.model.CardTemplate;
import dev.orgwright.model.Chart;
import dev.orgwright.model.CustomFieldEdits;
import dev.orgwright.model.Edit;
import dev.orgwright.model.Edits;
import dev.orgwright.model.FieldDefinition;
import dev.orgwright.model.FieldType;
import dev.orgwright.model.Settings;
import dev.orgwright.model.UnknownFields;
import dev.orgwright.ui.fx.Texts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The draft behind Chart → Properties: the chart's title, its currency, its own fields and its
 * card template (the lines of a card in order, and the photo), as
 * the user changes them before pressing OK. Nothing reaches the chart until {@link #edit} turns
 * the changes into one undoable edit; Cancel just drops the draft. Kept apart from the window so
 * that what the dialog does to a chart is tested without one.
 */
public final class ChartPropertiesForm {

    /** One field of the draft: a field the chart has (with its id) or one being added. */
    public static final class FieldRow {
        /** The id of the field in the chart, or {@code null} for a field being added. */
        private final String existingId;
        private final UnknownFields unknownFields;
        final StringProperty name = new SimpleStringProperty(this, "name", "");
        final ObjectProperty<FieldType> type = new SimpleObjectProperty<>(this, "type", FieldType.TEXT);
        final BooleanProperty isPrivate = new SimpleBooleanProperty(this, "private", false);
        final StringProperty choices = new SimpleStringProperty(this, "choices", "");

        private FieldRow(String existingId, UnknownFields unknownFields) {
            this.existingId = existingId;
            this.unknownFields = unknownFields;
        }

        static FieldRow of(FieldDefinition f) {
            FieldRow row = new FieldRow(f.id(), f.unknownFields());
            row.name.set(f.name());
            row.type.set(f.type());
            row.isPrivate.set(f.isPrivate());
            row.choices.set(String.join(", ", f.choices()));
            return row;
        }

        public StringProperty nameProperty() {
            return name;
        }

        public ObjectProperty<FieldType> typeProperty() {
            return type;
        }

        public BooleanProperty privateProperty() {
            return isPrivate;
        }

        public StringProperty choicesProperty() {
            return choices;
        }

        /** The id the field has in the chart, or {@code null} while it is being added. */
        public String existingId() {
            return existingId;
        }

        List<String> choiceList() {
            return type.get() != FieldType.CHOICE ? List.of() : Arrays.stream(choices.get().split(","))
                    .map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        }
    }

    private final Chart original;
    private final StringProperty title = new SimpleStringProperty(this, "title");
    private final StringProperty currency = new SimpleStringProperty(this, "currency");
    private final ObservableList<FieldRow> fields = FXCollections.observableArrayList(row ->
            new javafx.beans.Observable[] {row.name, row.type, row.isPrivate, row.choices});

    private final ObservableList<String> cardLines = FXCollections.observableArrayList();
    private final BooleanProperty cardPhoto = new SimpleBooleanProperty(this, "cardPhoto");

    /** A draft holding {@code chart}'s properties as they are. */
    public ChartPropertiesForm(Chart chart) {
        this.original = chart;
        title.set(chart.title());
        currency.set(chart.settings().currency().orElse(""));
        for (FieldDefinition f : chart.fields()) {
            fields.add(FieldRow.of(f));
        }
        CardTemplate template = CardTemplate.of(chart.settings());
        cardLines.setAll(template.lines());
        cardPhoto.set(template.photo());
    }

    /** The lines of the cards, from the top, as the draft has them. */
    public ObservableList<String> cardLines() {
        return cardLines;
    }

    /** Whether cards draw the positions' photos. */
    public BooleanProperty cardPhotoProperty() {
        return cardPhoto;
    }

    /**
     * The lines a card could show that it does not yet: title, holder, department, roll-up and
     * each of the chart's fields (a field being added can be shown once it is saved).
     */
    public List<String> addableLines() {
        List<String> out = new ArrayList<>();
        for (String line : List.of(CardTemplate.TITLE, CardTemplate.HOLDER, CardTemplate.DEPARTMENT, CardTemplate.ROLLUP)) {
            if (!cardLines.contains(line)) {
                out.add(line);
            }
        }
        for (FieldRow r : fields) {
            if (r.existingId != null && !cardLines.contains(CardTemplate.FIELD + r.existingId)) {
                out.add(CardTemplate.FIELD + r.existingId);
            }
        }
        return out;
    }

    /** Adds {@code line} at the bottom of the card, unless the card shows it already. */
    public void addCardLine(String line) {
        if (CardTemplate.isLine(line) && !cardLines.contains(line)) {
            cardLines.add(line);
        }
    }

    /** Removes {@code line} from the card. */
    public void removeCardLine(String line) {
        cardLines.remove(line);
    }

    /** Moves a line of the card one place up ({@code -1}) or down ({@code 1}). */
    public void moveCardLine(String line, int step) {
        int from = cardLines.indexOf(line);
        int to = from + step;
        if (from >= 0 && to >= 0 && to < cardLines.size()) {
            cardLines.remove(from);
            cardLines.add(to, line);
        }
    }

    /** The name of a card line as the dialog lists it: "Title", or a field's name. */
    public String cardLineName(String line) {
        if (line.startsWith(CardTemplate.FIELD)) {
            String id = CardTemplate.fieldOf(line);
            String name = fields.stream().filter(r -> id.equals(r.existingId)).map(r -> r.name.get()).findFirst().orElse(id);
            return dev.orgwright.ui.fx.Texts.t("properties.card.line.field", name);
        }
        return dev.orgwright.ui.fx.Texts.t("properties.card.line." + line);
    }

    /** The template the draft would give the chart; lines of fields the draft removes are dropped. */
    public CardTemplate cardTemplate() {
        Set<String> kept = new HashSet<>();
        for (FieldRow r : fields) {
            if (r.existingId != null) {
                kept.add(r.existingId);
            }
        }
        List<String> lines = cardLines.stream()
                .filter(l -> !l.startsWith(CardTemplate.FIELD) || kept.contains(CardTemplate.fieldOf(l))).toList();
        return new CardTemplate(lines, cardPhoto.get());
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty currencyProperty() {
        return currency;
    }

    /** The fields, in the order the chart will have them; observable, row changes included. */
    public ObservableList<FieldRow> fields() {
        return fields;
    }

    /** Adds a text field named "Field N" (the first free N) at the end, and returns it. */
    public FieldRow addField() {
        Set<String> names = new HashSet<>();
        for (FieldRow r : fields) {
            names.add(r.name.get().strip());
        }
        int n = fields.size() + 1;
        while (names.contains(Texts.t("panels.chartPropertiesForm.field", n))) {
            n++;
        }
        FieldRow row = new FieldRow(null, UnknownFields.NONE);
        row.name.set(Texts.t("panels.chartPropertiesForm.field", n));
        fields.add(row);
        return row;
    }

    /** Removes a field from the draft; its values go when the draft is applied. */
    public void removeField(FieldRow row) {
        fields.remove(row);
    }

    /** Moves a field one place up ({@code -1}) or down ({@code 1}) in the order. */
    public void moveField(FieldRow row, int step) {
        int from = fields.indexOf(row);
        int to = from + step;
        if (from >= 0 && to >= 0 && to < fields.size()) {
            fields.remove(from);
            fields.add(to, row);
        }
    }

    /** What stops the draft from being applied, in a sentence; empty when it can be. */
    public Optional<String> problem() {
        String code = currency.get().strip();
        if (!code.isEmpty() && !Settings.isCurrencyCode(code.toUpperCase(Locale.ROOT))) {
            return Optional.of(Texts.t("panels.chartPropertiesForm.isNotACurrency", code));
        }
        if (cardLines.size() > CardTemplate.MAX_LINES) {
            return Optional.of(dev.orgwright.ui.fx.Texts.t("properties.card.tooMany", CardTemplate.MAX_LINES));
        }
        Set<String> names = new HashSet<>();
        for (FieldRow r : fields) {
            String name = r.name.get().strip();
            if (name.isEmpty()) {
                return Optional.of(Texts.t("panels.chartPropertiesForm.fieldNeedsAName", (fields.indexOf(r) + 1)));
            }
            if (!names.add(name.toLowerCase(Locale.ROOT))) {
                return Optional.of(Texts.t("panels.chartPropertiesForm.twoFieldsAreCalled", name));
            }
            if (r.type.get() == FieldType.CHOICE && r.choiceList().isEmpty()) {
                return Optional.of(Texts.t("panels.chartPropertiesForm.theChoiceFieldNeeds", name));
            }
        }
        return Optional.empty();
    }

    /** The fields the draft would give the chart; new fields get ids made from their names. */
    public List<FieldDefinition> definitions() {
        Set<String> taken = new HashSet<>();
        for (FieldRow r : fields) {
            if (r.existingId != null) {
                taken.add(r.existingId);
            }
        }
        List<FieldDefinition> out = new ArrayList<>();
        for (FieldRow r : fields) {
            String id = r.existingId;
            if (id == null) {
                id = TierEditor.freeId(idFor(r.name.get()), List.copyOf(taken));
                taken.add(id);
            }
            out.add(new FieldDefinition(id, r.name.get().strip(), r.type.get(), r.isPrivate.get(), r.choiceList(),
                    r.unknownFields));
        }
        return out;
    }

    /** "Start date" gives the id "start-date"; a name with no letter or digit of ASCII gives "field". */
    static String idFor(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return s.isEmpty() ? "field" : s;
    }

    /**
     * The changes of the draft as one edit of {@code chart}; empty when nothing changed. The
     * draft must have no {@linkplain #problem() problem}.
     */
    public Optional<Edit> edit() {
        if (problem().isPresent()) {
            throw new IllegalStateException(problem().get());
        }
        List<Edit> edits = new ArrayList<>();
        String newTitle = title.get().strip();
        if (!newTitle.equals(original.title())) {
            edits.add(Edits.setChartTitle(newTitle));
        }
        String code = currency.get().strip().toUpperCase(Locale.ROOT);
        if (!code.equals(original.settings().currency().orElse(""))) {
            edits.add(Edits.setCurrency(code.isEmpty() ? null : code));
        }
        List<FieldDefinition> defined = definitions();
        if (!defined.equals(original.fields())) {
            edits.add(CustomFieldEdits.replaceAll(defined));
        }
        CardTemplate template = cardTemplate();
        if (!template.equals(CardTemplate.of(original.settings()))) {
            edits.add(CardTemplate.edit(template));
        }
        if (edits.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(edits.size() == 1 ? edits.get(0) : Edits.sequence(Texts.t("panels.chartPropertiesForm.changeTheChartS"), edits));
    }
}
