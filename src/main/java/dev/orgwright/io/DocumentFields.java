package dev.orgwright.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.orgwright.model.Blank;
import dev.orgwright.model.Duty;
import dev.orgwright.model.RaciRole;
import dev.orgwright.model.FieldDefinition;
import dev.orgwright.model.FieldValues;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.ManagerArchetype;
import dev.orgwright.model.PositionStatus;
import dev.orgwright.model.Responsibility;
import dev.orgwright.model.Tier;
import dev.orgwright.model.UnknownFields;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reads the parts of a chart document from a streaming parser positioned on their first token,
 * with a message for each wrong type or missing field that names the field and the part.
 */
final class DocumentFields {

    private final JsonParser p;
    private final String source;
    private int freeValues;
    private final CustomFieldReader custom;

    DocumentFields(JsonParser parser, String source) {
        this.p = parser;
        this.source = source;
        this.custom = new CustomFieldReader(parser, source, this);
    }

    /** The chart's own fields. */
    List<FieldDefinition> fieldDefinitions() throws IOException, ChartFormatException {
        return custom.definitions();
    }

    // ---- tiers ----

    List<Tier> tiers() throws IOException, ChartFormatException {
        expect(JsonToken.START_ARRAY, () -> IoTexts.t("io.doc.tiers.list"));
        List<Tier> out = new ArrayList<>();
        Map<String, Tier> byId = new HashMap<>();
        Map<Integer, Tier> byRank = new HashMap<>();
        Map<String, Tier> responsibilityOwners = new HashMap<>();
        Map<String, Tier> gradeOwners = new HashMap<>();
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            JsonLocation start = p.currentTokenLocation();
            Tier t = tier(++index);
            // The chart builder checks these too, but only here can the message say where.
            if (byId.putIfAbsent(t.id(), t) != null) {
                throw ChartReader.at(source, start, IoTexts.t("io.doc.tiers.sameId", t.id()));
            }
            Tier sameRank = byRank.putIfAbsent(t.rank(), t);
            if (sameRank != null) {
                throw ChartReader.at(source, start, IoTexts.t("io.doc.tiers.sameRank",
                        sameRank.name(), t.name(), String.valueOf(t.rank())));
            }
            for (String g : t.grades()) {
                Tier holder = gradeOwners.putIfAbsent(Tier.gradeKey(g), t);
                if (holder != null) {
                    throw ChartReader.at(source, start, IoTexts.t("io.doc.tiers.sameGrade",
                            g.strip(), holder.name(), t.name()));
                }
            }
            for (Responsibility r : t.responsibilities()) {
                Tier owner = responsibilityOwners.putIfAbsent(r.id(), t);
                if (owner != null) {
                    throw ChartReader.at(source, start, owner == t
                            ? IoTexts.t("io.doc.tiers.sameResponsibility.one", r.id(), t.name())
                            : IoTexts.t("io.doc.tiers.sameResponsibility.two", r.id(), owner.name(), t.name()));
                }
            }
            out.add(t);
        }
        return out;
    }

    private Tier tier(int index) throws IOException, ChartFormatException {
        String[] named = {null};
        Supplier<String> what = () -> named[0] == null ? IoTexts.t("io.doc.tier.numbered", String.valueOf(index))
                : IoTexts.t("io.doc.tier.named", named[0]);
        JsonLocation start = p.currentTokenLocation();
        expect(JsonToken.START_OBJECT, () -> IoTexts.t("io.doc.tier.object", what.get()));
        String id = null;
        String name = null;
        Integer rank = null;
        List<String> titles = List.of();
        List<Responsibility> responsibilities = List.of();
        List<String> grades = List.of();
        JsonLocation gradesAt = null;
        Map<String, Object> unknown = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "id" -> id = nonBlank(() -> field("id", what.get()));
                case "name" -> name = nonBlank(() -> field("name", what.get()));
                case "rank" -> rank = integer(() -> field("rank", what.get()), 1);
                case "typicalTitles" -> titles = strings(() -> field("typicalTitles", what.get()));
                case "responsibilities" -> responsibilities = responsibilities(what);
                case "grades" -> {
                    gradesAt = p.currentTokenLocation();
                    grades = strings(() -> field("grades", what.get()));
                }
                default -> unknown.put(field, anyValue());
            }
            named[0] = id;
        }
        require(id, start, () -> IoTexts.t("io.doc.tier.noId", what.get()));
        require(name, start, () -> IoTexts.t("io.doc.tier.noName", what.get()));
        require(rank, start, () -> IoTexts.t("io.doc.tier.noRank", what.get()));
        String gradeProblem = Tier.gradesProblem(grades);
        if (gradeProblem != null) {
            throw ChartReader.at(source, gradesAt, IoTexts.t("io.doc.tier.badGrades", lowerFirst(what.get()),
                    lowerFirst(gradeProblem)));
        }
        return new Tier(id, name, rank, titles, responsibilities, grades, UnknownFields.of(unknown));
    }

    private List<Responsibility> responsibilities(Supplier<String> tier) throws IOException, ChartFormatException {
        expect(JsonToken.START_ARRAY, () -> IoTexts.t("io.doc.list", field("responsibilities", tier.get())));
        List<Responsibility> out = new ArrayList<>();
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            int number = ++index;
            Supplier<String> what = () -> IoTexts.t("io.doc.responsibility.numbered", String.valueOf(number),
                    lowerFirst(tier.get()));
            JsonLocation start = p.currentTokenLocation();
            expect(JsonToken.START_OBJECT, () -> IoTexts.t("io.doc.responsibility.object", what.get()));
            String id = null;
            String text = null;
            List<String> keywords = List.of();
            Map<String, Object> unknown = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "id" -> id = nonBlank(() -> field("id", what.get()));
                    case "text" -> text = string(() -> field("text", what.get()));
                    case "keywords" -> keywords = strings(() -> field("keywords", what.get()));
                    default -> unknown.put(field, anyValue());
                }
            }
            require(id, start, () -> IoTexts.t("io.doc.noId", what.get()));
            require(text, start, () -> IoTexts.t("io.doc.noText", what.get()));
            out.add(new Responsibility(id, text, keywords, UnknownFields.of(unknown)));
        }
        return out;
    }

    // ---- positions ----

    Position position(int index) throws IOException, ChartFormatException {
        String[] named = {null};
        Supplier<String> what = () -> named[0] == null ? IoTexts.t("io.doc.position.numbered", String.valueOf(index))
                : IoTexts.t("io.doc.position.named", named[0]);
        JsonLocation start = p.currentTokenLocation();
        expect(JsonToken.START_OBJECT, () -> IoTexts.t("io.doc.position.object", what.get()));
        String id = null;
        String title = null;
        String holder = "";
        boolean holderDisclosed = true;
        String tier = null;
        String reportsTo = null;
        String department = "";
        String notes = "";
        boolean assistant = false;
        BigDecimal fte = null;
        BigDecimal cost = null;
        PositionStatus status = null;
        ManagerArchetype archetype = null;
        String photo = "";
        FieldValues fieldValues = FieldValues.NONE;
        List<Duty> duties = List.of();
        List<String> dotted = List.of();
        Map<String, Object> unknown = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "id" -> id = nonBlank(() -> field("id", what.get()));
                case "title" -> title = string(() -> field("title", what.get()));
                case "holder" -> holder = optionalString(() -> field("holder", what.get()));
                case "holderDisclosed" -> holderDisclosed = bool(() -> field("holderDisclosed", what.get()));
                case "tier" -> tier = optionalString(() -> field("tier", what.get()));
                case "reportsTo" -> reportsTo = optionalString(() -> field("reportsTo", what.get()));
                case "department" -> department = optionalString(() -> field("department", what.get()));
                case "notes" -> notes = optionalString(() -> field("notes", what.get()));
                case "assistant" -> assistant = bool(() -> field("assistant", what.get()));
                case "fte" -> fte = fte(() -> field("fte", what.get()));
                case "cost" -> cost = cost(() -> field("cost", what.get()));
                case "status" -> status = status(() -> field("status", what.get()));
                case "archetype" -> archetype = archetype(() -> field("archetype", what.get()));
                case "photo" -> photo = optionalString(() -> field("photo", what.get()));
                case "duties" -> duties = duties(what);
                case "dottedLines" -> dotted = strings(() -> field("dottedLines", what.get()));
                case "fields" -> fieldValues = custom.values(what);
                default -> unknown.put(field, anyValue());
            }
            named[0] = id;
        }
        require(id, start, () -> IoTexts.t("io.doc.position.noId", what.get()));
        if (title == null) {
            throw ChartReader.at(source, start, IoTexts.t("io.doc.position.noTitle", what.get()));
        }
        if (Blank.isBlank(title)) {
            throw ChartReader.at(source, start, IoTexts.t("io.doc.position.emptyTitle", field("title", what.get())));
        }
        if (!holderDisclosed && holder != null && !Blank.isBlank(holder)) {
            throw ChartReader.at(source, start, IoTexts.t("io.doc.position.holderUndisclosed", what.get(), holder));
        }
        List<PositionId> dottedIds = new ArrayList<>(dotted.size());
        for (String target : dotted) {
            if (Blank.isBlank(target)) {
                throw ChartReader.at(source, start, IoTexts.t("io.doc.position.blankDotted", what.get()));
            }
            PositionId targetId = PositionId.of(target);
            if (dottedIds.contains(targetId)) {
                throw ChartReader.at(source, start, IoTexts.t("io.doc.position.dottedTwice", what.get(), target));
            }
            dottedIds.add(targetId);
        }
        PositionId manager = reportsTo == null || Blank.isBlank(reportsTo) ? null : PositionId.of(reportsTo);
        return new Position(PositionId.of(id), title, holder, holderDisclosed, tier, duties, manager, dottedIds,
                department, notes,
                assistant, fte, cost, status, photo, fieldValues, UnknownFields.of(unknown), archetype);
    }

    private List<Duty> duties(Supplier<String> position) throws IOException, ChartFormatException {
        expect(JsonToken.START_ARRAY, () -> IoTexts.t("io.doc.list", field("duties", position.get())));
        List<Duty> out = new ArrayList<>();
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            int number = ++index;
            Supplier<String> what = () -> IoTexts.t("io.doc.duty.numbered", String.valueOf(number),
                    lowerFirst(position.get()));
            JsonLocation start = p.currentTokenLocation();
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                String text = p.getText();
                if (Blank.isBlank(text)) {
                    throw ChartReader.at(source, start, IoTexts.t("io.doc.duty.empty", what.get()));
                }
                out.add(Duty.of(text));
                continue;
            }
            expect(JsonToken.START_OBJECT, () -> IoTexts.t("io.doc.duty.object", what.get()));
            String text = null;
            String responsibility = null;
            String role = null;
            JsonLocation roleAt = null;
            Map<String, Object> unknown = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "text" -> text = string(() -> field("text", what.get()));
                    case "responsibility" -> responsibility = optionalString(() -> field("responsibility", what.get()));
                    case "role" -> {
                        roleAt = p.currentTokenLocation();
                        role = optionalString(() -> field("role", what.get()));
                    }
                    default -> unknown.put(field, anyValue());
                }
            }
            if (text == null || Blank.isBlank(text)) {
                throw ChartReader.at(source, start, IoTexts.t("io.doc.noText", what.get()));
            }
            out.add(new Duty(text, responsibility, role(role, roleAt, responsibility, what), UnknownFields.of(unknown)));
        }
        return out;
    }

    /** A duty's role: R, A, C or I, and only beside a link; none written means R for a link. */
    private RaciRole role(String letter, JsonLocation at, String responsibility, Supplier<String> what)
            throws ChartFormatException {
        if (letter == null || letter.isEmpty()) {
            return null;
        }
        if (responsibility == null || Blank.isBlank(responsibility)) {
            throw ChartReader.at(source, at, IoTexts.t("io.doc.duty.roleWithout", what.get()));
        }
        for (RaciRole r : RaciRole.values()) {
            if (r.letter().equals(letter)) {
                return r;
            }
        }
        throw ChartReader.at(source, at, IoTexts.t("io.doc.duty.badRole", what.get(), letter));
    }

    // ---- values ----

    void expect(JsonToken token, Supplier<String> requirement) throws ChartFormatException {
        if (p.currentToken() != token) {
            throw ChartReader.at(source, p.currentTokenLocation(), IoTexts.t("io.doc.not", requirement.get(), describe(p.currentToken())));
        }
    }

    String string(Supplier<String> what) throws IOException, ChartFormatException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw ChartReader.at(source, p.currentTokenLocation(), IoTexts.t("io.doc.text", what.get(), describe(p.currentToken())));
        }
        return p.getText();
    }

    String nonBlank(Supplier<String> what) throws IOException, ChartFormatException {
        String value = string(what);
        if (Blank.isBlank(value)) {
            throw ChartReader.at(source, p.currentTokenLocation(), IoTexts.t("io.doc.empty", what.get()));
        }
        return value;
    }

    /** A text that may be null; null becomes empty. */
    String optionalString(Supplier<String> what) throws IOException, ChartFormatException {
        return p.currentToken() == JsonToken.VALUE_NULL ? "" : string(what);
    }

    boolean bool(Supplier<String> what) throws ChartFormatException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
            throw ChartReader.at(source, p.currentTokenLocation(), IoTexts.t("io.doc.bool", what.get(), describe(t)));
        }
        return t == JsonToken.VALUE_TRUE;
    }

    int integer(Supplier<String> what, int min) throws IOException, ChartFormatException {
        if (p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
            // 1.0 and 1e0 are whole numbers, as JSON Schema's "integer" says; 1.5 is not.
            BigDecimal value = p.getDecimalValue();
            if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
                throw ChartReader.at(source, p.currentTokenLocation(), IoTexts.t("io.doc.whole", what.get(), describe(p.currentToken())));
            }
            return inRange(what, min, value);
        }
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw ChartReader.at(source, p.currentTokenLocation(), IoTexts.t("io.doc.whole", what.get(), describe(p.currentToken())));
        }
        if (p.getNumberType() != JsonParser.NumberType.INT || p.getIntValue() < min) {
            throw ChartReader.at(source, p.currentTokenLocation(), IoTexts.t("io.doc.range", what.get(),
                    String.valueOf(min), String.valueOf(Integer.MAX_VALUE), p.getText()));
        }
        return p.getIntValue();
    }

    private int inRange(Supplier<String> what, int min, BigDecimal value) throws IOException, ChartFormatException {
        if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            throw ChartReader.at(source, p.currentTokenLocation(), IoTexts.t("io.doc.range", what.get(),
                    String.valueOf(min), String.valueOf(Integer.MAX_VALUE), p.getText()));
        }
        return value.intValueExact();
    }

    /** A number, exactly as written; a whole number and a decimal are both numbers here. */
    BigDecimal decimal(Supplier<String> what) throws IOException, ChartFormatException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            throw ChartReader.at(source, p.currentTokenLocation(), IoTexts.t("io.doc.number", what.get(), describe(t)));
        }
        return p.getDecimalValue();
    }

    /** An FTE, or {@code null} (the default) for {@code null}. */
    private BigDecimal fte(Supplier<String> what) throws IOException, ChartFormatException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        BigDecimal value = decimal(what);
        String problem = Position.fteProblem(what.get(), value);
        if (problem != null) {
            throw ChartReader.at(source, p.currentTokenLocation(), problem);
        }
        return value;
    }

    /** A cost, or {@code null} (none) for {@code null}. */
    private BigDecimal cost(Supplier<String> what) throws IOException, ChartFormatException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        BigDecimal value = decimal(what);
        String problem = Position.costProblem(what.get(), value);
        if (problem != null) {
            throw ChartReader.at(source, p.currentTokenLocation(), problem);
        }
        return value;
    }

    /** A status, or {@code null} (none) for {@code null} or an empty text. */
    private PositionStatus status(Supplier<String> what) throws IOException, ChartFormatException {
        String key = optionalString(what);
        if (key.isEmpty()) {
            return null;
        }
        return PositionStatus.ofKey(key).orElseThrow(() -> ChartReader.at(source, p.currentTokenLocation(),
                IoTexts.t("io.doc.status", what.get(), key)));
    }

    /** A manager archetype, or {@code null} (none) for {@code null} or an empty text. */
    private ManagerArchetype archetype(Supplier<String> what) throws IOException, ChartFormatException {
        String key = optionalString(what);
        if (key.isEmpty()) {
            return null;
        }
        return ManagerArchetype.ofKey(key).orElseThrow(() -> ChartReader.at(source, p.currentTokenLocation(),
                IoTexts.t("io.doc.archetype", what.get(), key)));
    }

    List<String> strings(Supplier<String> what) throws IOException, ChartFormatException {
        expect(JsonToken.START_ARRAY, () -> IoTexts.t("io.doc.texts", what.get()));
        List<String> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            out.add(string(() -> IoTexts.t("io.doc.eachEntry", lowerFirst(what.get()))));
        }
        return out;
    }

    /** A list of position ids: texts, none of them empty (the message names the entry by its number). */
    List<PositionId> ids(Supplier<String> what) throws IOException, ChartFormatException {
        expect(JsonToken.START_ARRAY, () -> IoTexts.t("io.doc.ids", what.get()));
        List<PositionId> out = new ArrayList<>();
        int n = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            int entry = ++n;
            out.add(PositionId.of(nonBlank(() -> IoTexts.t("io.doc.entry", String.valueOf(entry), lowerFirst(what.get())))));
        }
        return out;
    }

    Map<String, Object> object(Supplier<String> what) throws IOException, ChartFormatException {
        expect(JsonToken.START_OBJECT, () -> IoTexts.t("io.doc.object", what.get()));
        @SuppressWarnings("unchecked")
        Map<String, Object> value = (Map<String, Object>) anyValue();
        return value;
    }

    /**
     * Any JSON value, as plain Java values (objects as {@link LinkedHashMap}, lists as
     * {@link ArrayList}, whole numbers as Integer, Long or BigInteger, others as BigDecimal), for
     * fields this version does not know. Such values are kept in memory with the chart, so all
     * of them together may hold at most {@link ChartJson#MAX_FREE_VALUES} values: a file of a
     * few hundred megabytes of numbers is refused instead of filling the memory.
     */
    Object anyValue() throws IOException, ChartFormatException {
        if (++freeValues > ChartJson.MAX_FREE_VALUES) {
            throw ChartReader.at(source, p.currentTokenLocation(), IoTexts.t("io.doc.tooManyValues",
                    ChartJson.MAX_FREE_VALUES));
        }
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, Object> out = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    p.nextToken();
                    out.put(key, anyValue());
                }
                return out;
            }
            case START_ARRAY -> {
                List<Object> out = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    out.add(anyValue());
                }
                return out;
            }
            case VALUE_STRING -> {
                return p.getText();
            }
            case VALUE_NUMBER_INT -> {
                return p.getNumberValue();
            }
            case VALUE_NUMBER_FLOAT -> {
                return p.getDecimalValue();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return p.getBooleanValue();
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> throw ChartReader.at(source, p.currentTokenLocation(),
                    IoTexts.t("io.doc.notAValue", describe(t)));
        }
    }

    /** "The "field" of position 'x'", to begin a sentence. */
    static String field(String name, String owner) {
        return IoTexts.t("io.doc.field", name, lowerFirst(owner));
    }

    /**
     * "Position 'CFO-1'" to "position 'CFO-1'": only the first letter, never the id in it. German
     * writes its nouns with a capital inside a sentence too, so there the text stays as it is.
     */
    static String lowerFirst(String owner) {
        if (owner.isEmpty() || "de".equals(dev.orgwright.model.Messages.locale().getLanguage())) {
            return owner;
        }
        return Character.toLowerCase(owner.charAt(0)) + owner.substring(1);
    }

    private void require(Object value, JsonLocation start, Supplier<String> message) throws ChartFormatException {
        if (value == null) {
            throw ChartReader.at(source, start, message.get());
        }
    }

    private static String describe(JsonToken t) {
        if (t == null) {
            return IoTexts.t("io.doc.token.end");
        }
        return switch (t) {
            case START_OBJECT -> IoTexts.t("io.doc.token.object");
            case START_ARRAY -> IoTexts.t("io.doc.token.list");
            case VALUE_STRING -> IoTexts.t("io.doc.token.text");
            case VALUE_NUMBER_INT -> IoTexts.t("io.doc.token.number");
            case VALUE_NUMBER_FLOAT -> IoTexts.t("io.doc.token.decimal");
            case VALUE_TRUE, VALUE_FALSE -> IoTexts.t("io.doc.token.boolean");
            case VALUE_NULL -> "null";
            default -> t.asString() == null ? t.name() : t.asString();
        };
    }
}
