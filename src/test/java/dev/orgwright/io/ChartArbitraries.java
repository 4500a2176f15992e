package dev.orgwright.io;

import dev.orgwright.model.Blank;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Duty;
import dev.orgwright.model.FieldDefinition;
import dev.orgwright.model.FieldType;
import dev.orgwright.model.FieldValues;
import dev.orgwright.model.InvalidChartException;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.PositionStatus;
import dev.orgwright.model.Responsibility;
import dev.orgwright.model.Settings;
import dev.orgwright.model.Tier;
import dev.orgwright.model.UnknownFields;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Arbitrary valid charts for properties: random forests, 1–4 tiers with catalogs, unicode text
 * with quotes, backslashes, control characters and emoji, linked and free duties, dotted lines,
 * settings with and without a currency, FTE, costs, statuses and photos, saved views, and unknown fields of
 * nested plain values at every level of the document.
 */
final class ChartArbitraries {

    /** Pieces of text that tend to break writers: escapes, controls, surrogate pairs, a ZWJ sequence. */
    private static final List<String> PIECES = List.of("a", "Z", "q", "7", " ", "  ", "\"", "\\", "/", "\n", "\r\n",
            "\t", "\u0000", "\u001f", "\u007f", "é", "ß", "Ω", "中文", "日本", "😀", "👩‍💼", "\u2028", "\uFEFF", "<&>",
            "Head of ", "Chief ", "Officer", "null", "{}", "[\"x\"]", "'");

    private static final Set<String> CHART_KEYS = Set.of("format", "version", "title", "tiers", "positions", "settings",
            "fields", "theme", "card", "photos");
    private static final Set<String> TIER_KEYS = Set.of("id", "name", "rank", "typicalTitles", "responsibilities",
            "grades");
    private static final Set<String> RESPONSIBILITY_KEYS = Set.of("id", "text", "keywords");
    private static final Set<String> POSITION_KEYS = Set.of("id", "title", "holder", "tier", "reportsTo",
            "department", "notes", "assistant", "duties", "dottedLines", "fte", "cost", "status", "photo",
            "fields", "holderDisclosed", "archetype");
    private static final Set<String> DUTY_KEYS = Set.of("text", "responsibility");
    private static final Set<String> FIELD_KEYS = Set.of("id", "name", "type", "private", "choices");

    // Built once: jqwik keeps generators per arbitrary, and building them per position is slow.
    private static final Arbitrary<String> TEXT =
            Arbitraries.of(PIECES).list().ofMaxSize(8).map(parts -> String.join("", parts));
    private static final Arbitrary<String> NON_BLANK_TEXT = TEXT.filter(s -> !Blank.isBlank(s));
    private static final Arbitrary<Map<String, Object>> SETTINGS = plainMap(2, Set.of("theme", "card", "photos"), 3);

    /** No template (half the charts), or lines drawn from every kind in any order, with or without photos. */
    private static final Arbitrary<dev.orgwright.model.CardTemplate> CARD_TEMPLATES = Combinators.combine(
                    Arbitraries.of("title", "holder", "department", "rollup", "field:field-0", "field:location",
                            "field:x_1").list().uniqueElements().ofMaxSize(6),
                    Arbitraries.of(true, false))
            .as(dev.orgwright.model.CardTemplate::new).injectNull(0.5);
    /** A view, every part optional: words of this version, folded ids that need not be in the chart. */
    private static final Arbitrary<dev.orgwright.model.SavedView> VIEW = Combinators.combine(
                    Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(8).injectNull(0.5),
                    Arbitraries.integers().between(1, 1000).injectNull(0.5),
                    Arbitraries.of(dev.orgwright.model.Views.ROWS).injectNull(0.4),
                    Arbitraries.of(dev.orgwright.model.Views.LAYOUTS).injectNull(0.4),
                    Arbitraries.of(dev.orgwright.model.Views.ORIENTATIONS).injectNull(0.4),
                    Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(6).list().uniqueElements()
                            .ofMaxSize(3),
                    Arbitraries.of(dev.orgwright.model.Views.HIDEABLE).list().uniqueElements().ofMaxSize(3))
            .as((root, depth, rows, layout, orientation, collapsed, hide) -> new dev.orgwright.model.SavedView(null,
                    root, depth, rows, layout, orientation, collapsed, hide));
    /** Named views (names unique, as a document's must be) and, now and then, the view the window showed. */
    private static final Arbitrary<java.util.function.UnaryOperator<Chart>> VIEWS = Combinators.combine(
                    VIEW.list().ofMaxSize(3), VIEW.injectNull(0.6))
            .as((named, shown) -> chart -> {
                Chart out = chart;
                for (int i = 0; i < named.size(); i++) {
                    out = dev.orgwright.model.Views.save("view", named.get(i).named("View " + i)).apply(out);
                }
                return shown == null ? out : out.withSettings(dev.orgwright.model.Views.withCurrent(out.settings(), shown));
            });
    private static final Map<Set<String>, Arbitrary<UnknownFields>> UNKNOWN = new java.util.concurrent.ConcurrentHashMap<>();

    private ChartArbitraries() {
    }

    static Arbitrary<String> text() {
        return TEXT;
    }

    static Arbitrary<String> nonBlankText() {
        return NON_BLANK_TEXT;
    }

    /** A JSON-like plain value as the reader gives it back (BigDecimal only with a fraction or exponent). */
    static Arbitrary<Object> plainValue(int depth) {
        Arbitrary<Object> scalar = Arbitraries.oneOf(
                Arbitraries.integers().map(Object.class::cast),
                Arbitraries.longs().filter(l -> l != (int) (long) l).map(Object.class::cast),
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(19), BigInteger.TEN.pow(60))
                        .flatMap(b -> Arbitraries.of(b, b.negate())).map(Object.class::cast),
                Combinators.combine(Arbitraries.bigIntegers().between(BigInteger.TEN.pow(30).negate(),
                                BigInteger.TEN.pow(30)), Arbitraries.integers().between(-20, 20))
                        .as(BigDecimal::new).map(Object.class::cast),
                text().map(Object.class::cast),
                Arbitraries.of(true, false).map(Object.class::cast),
                Arbitraries.just(null));
        if (depth <= 0) {
            return scalar;
        }
        Arbitrary<Object> list = plainValue(depth - 1).list().ofMaxSize(3).map(Object.class::cast);
        Arbitrary<Object> map = plainMap(depth - 1, Set.of(), 3).map(Object.class::cast);
        return Arbitraries.frequencyOf(Tuple.of(6, scalar), Tuple.of(1, list), Tuple.of(1, map));
    }

    static Arbitrary<Map<String, Object>> plainMap(int depth, Set<String> reservedKeys, int maxSize) {
        // Entries as a list, not Arbitraries.maps(): its unique keys make jqwik compare the nested
        // value arbitraries for every entry, which dominates the run time.
        return Combinators.combine(text().filter(k -> !reservedKeys.contains(k)), plainValue(depth)).as(Tuple::of)
                .list().ofMaxSize(maxSize).map(entries -> {
                    Map<String, Object> map = new LinkedHashMap<>();
                    entries.forEach(e -> map.put(e.get1(), e.get2()));
                    return map;
                });
    }

    static Arbitrary<UnknownFields> unknownFields(Set<String> knownKeys) {
        return UNKNOWN.computeIfAbsent(knownKeys, keys -> Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(UnknownFields.NONE)),
                Tuple.of(1, plainMap(2, keys, 3).map(UnknownFields::of))));
    }

    // ---- charts ----
    // Built from independent random parts mapped onto one another (never flatMap): jqwik compares
    // arbitraries for every new one it sees, and a chart-dependent arbitrary per position is slow.

    private record RawResponsibility(String text, List<String> keywords, UnknownFields unknown) {
    }

    private record RawTier(String id, String name, List<String> titles, List<RawResponsibility> catalog,
                           UnknownFields unknown, List<String> grades) {
    }

    private record RawDuty(String text, int link, UnknownFields unknown) {
    }

    private record RawPosition(String id, int manager, int tier, Tuple.Tuple4<String, String, String, String> texts,
                               List<RawDuty> duties, List<Integer> dotted, boolean assistant,
                               Tuple.Tuple2<RawFacts, UnknownFields> rest) {
    }

    private static final Arbitrary<RawTier> RAW_TIER = Combinators.combine(NON_BLANK_TEXT, NON_BLANK_TEXT,
                    TEXT.list().ofMaxSize(3),
                    Combinators.combine(TEXT, TEXT.list().ofMaxSize(3), unknownFields(RESPONSIBILITY_KEYS))
                            .as(RawResponsibility::new).list().ofMaxSize(3),
                    unknownFields(TIER_KEYS), NON_BLANK_TEXT.list().ofMaxSize(3))
            .as(RawTier::new);

    /** FTE, cost, status and photo of a position: often the defaults, as in real charts. */
    private record RawFacts(BigDecimal fte, BigDecimal cost, PositionStatus status, String photo,
                            List<RawValue> values, dev.orgwright.model.ManagerArchetype archetype) {
    }

    /** A value of one of the chart's own fields: which field, and material for a value of its type. */
    private record RawValue(int field, String text, BigDecimal number, int day) {
    }

    private static final Arbitrary<RawValue> RAW_VALUE = Combinators.combine(
                    Arbitraries.integers().between(0, 1000),
                    TEXT,
                    Arbitraries.frequencyOf(
                            Tuple.of(1, Arbitraries.of("0", "-1", "12", "10.50", "999999999999999.999999").map(BigDecimal::new)),
                            Tuple.of(2, Arbitraries.bigDecimals().between(new BigDecimal("-999999999999999"),
                                    new BigDecimal("999999999999999")).ofScale(FieldDefinition.MAX_NUMBER_DECIMALS))),
                    Arbitraries.integers().between(-700_000, 2_900_000))
            .as(RawValue::new);

    /** A field the chart defines: the id is made unique when the chart is built. */
    private record RawField(String name, FieldType type, boolean isPrivate, List<String> choices,
                            UnknownFields unknown) {
    }

    private static final Arbitrary<RawField> RAW_FIELD = Combinators.combine(
                    NON_BLANK_TEXT, Arbitraries.of(FieldType.class), Arbitraries.of(true, false),
                    NON_BLANK_TEXT.list().ofMinSize(1).ofMaxSize(4).map(l -> l.stream().distinct().toList()),
                    unknownFields(FIELD_KEYS))
            .as(RawField::new);

    private static final Arbitrary<RawFacts> RAW_FACTS = Combinators.combine(
                    Arbitraries.frequencyOf(
                            Tuple.of(3, Arbitraries.just(Position.DEFAULT_FTE)),
                            Tuple.of(1, Arbitraries.of("0.5", "1.0", "2", "0.3333", "1000", "0.0001").map(BigDecimal::new)),
                            Tuple.of(2, Arbitraries.bigDecimals().between(new BigDecimal("0.0001"), Position.MAX_FTE)
                                    .ofScale(Position.MAX_FTE_DECIMALS))),
                    Arbitraries.frequencyOf(
                            Tuple.of(2, Arbitraries.<BigDecimal>just(null)),
                            Tuple.of(1, Arbitraries.of("0", "85000", "85000.50", "999999999999.999").map(BigDecimal::new)),
                            Tuple.of(2, Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("999999999999.999"))
                                    .ofScale(Position.MAX_COST_DECIMALS))),
                    Arbitraries.of(PositionStatus.class).injectNull(0.5),
                    Arbitraries.frequencyOf(
                            Tuple.of(3, Arbitraries.just("")),
                            Tuple.of(1, Arbitraries.of("photos/ceo.jpg", "data:image/png;base64,iVBORw0KGgo=")),
                            Tuple.of(1, TEXT)),
                    RAW_VALUE.list().ofMaxSize(3),
                    Arbitraries.of(dev.orgwright.model.ManagerArchetype.class).injectNull(0.6))
            .as(RawFacts::new);

    private static final Arbitrary<RawPosition> RAW_POSITION = Combinators.combine(
                    NON_BLANK_TEXT,
                    Arbitraries.integers().between(-1, 1000),
                    Arbitraries.integers().between(-1, 1000),
                    Combinators.combine(NON_BLANK_TEXT, TEXT, TEXT, TEXT).as(Tuple::of),
                    Combinators.combine(NON_BLANK_TEXT, Arbitraries.integers().between(-1, 1000),
                            unknownFields(DUTY_KEYS)).as(RawDuty::new).list().ofMaxSize(3),
                    Arbitraries.integers().between(0, 1000).list().ofMaxSize(2),
                    Arbitraries.of(true, false),
                    Combinators.combine(RAW_FACTS, unknownFields(POSITION_KEYS)).as(Tuple::of))
            .as(RawPosition::new);

    private static final Arbitrary<String> CURRENCY =
            Arbitraries.strings().withCharRange('A', 'Z').ofLength(3).injectNull(0.6);

    static Arbitrary<Chart> charts() {
        return charts(30);
    }

    static Arbitrary<Chart> charts(int maxPositions) {
        return Combinators.combine(RAW_TIER.list().ofMinSize(1).ofMaxSize(4),
                        Arbitraries.integers().between(1, 50).list().uniqueElements().ofSize(4),
                        RAW_POSITION.list().ofMaxSize(maxPositions),
                        NON_BLANK_TEXT, SETTINGS, CURRENCY, unknownFields(CHART_KEYS), RAW_FIELD.list().ofMaxSize(4))
                .as(ChartArbitraries::build)
                .flatMap(chart -> CARD_TEMPLATES.map(t -> t == null ? chart
                        : dev.orgwright.model.CardTemplate.edit(t).apply(chart)))
                .flatMap(chart -> VIEWS.map(views -> views.apply(chart)))
                .withoutEdgeCases();
    }

    private static Chart build(List<RawTier> rawTiers, List<Integer> ranks, List<RawPosition> rawPositions,
                               String title, Map<String, Object> settings, String currency, UnknownFields unknown,
                               List<RawField> rawFields) {
        List<FieldDefinition> fields = new ArrayList<>();
        for (int f = 0; f < rawFields.size(); f++) {
            RawField raw = rawFields.get(f);
            fields.add(new FieldDefinition("field-" + f, raw.name(), raw.type(), raw.isPrivate(),
                    raw.type() == FieldType.CHOICE ? raw.choices() : List.of(), raw.unknown()));
        }
        // Ids get a numeric suffix: random text, yet unique.
        List<Tier> tiers = new ArrayList<>();
        List<String> responsibilityIds = new ArrayList<>();
        for (int t = 0; t < rawTiers.size(); t++) {
            RawTier raw = rawTiers.get(t);
            List<Responsibility> catalog = new ArrayList<>();
            for (RawResponsibility r : raw.catalog()) {
                String id = raw.id() + "/" + responsibilityIds.size();
                responsibilityIds.add(id);
                catalog.add(new Responsibility(id, r.text(), r.keywords(), r.unknown()));
            }
            // Grades get a suffix too: a grade belongs to one tier, and none twice (ignoring case).
            List<String> grades = new ArrayList<>();
            for (int g = 0; g < raw.grades().size(); g++) {
                grades.add(raw.grades().get(g) + "#" + t + "." + g);
            }
            tiers.add(new Tier(raw.id() + "#" + t, raw.name(), ranks.get(t), raw.titles(), catalog, grades,
                    raw.unknown()));
        }
        List<PositionId> ids = new ArrayList<>();
        for (int i = 0; i < rawPositions.size(); i++) {
            ids.add(PositionId.of(rawPositions.get(i).id() + "#" + i));
        }
        List<Position> positions = new ArrayList<>();
        for (int i = 0; i < rawPositions.size(); i++) {
            RawPosition raw = rawPositions.get(i);
            // Each position reports to none or to an earlier one, so there is never a cycle.
            PositionId manager = i == 0 || raw.manager() < 0 || raw.manager() % 6 == 0 ? null : ids.get(raw.manager() % i);
            String tier = raw.tier() < 0 ? null : tiers.get(raw.tier() % tiers.size()).id();
            List<Duty> duties = new ArrayList<>();
            for (RawDuty d : raw.duties()) {
                String link = d.link() < 0 || responsibilityIds.isEmpty() ? null
                        : responsibilityIds.get(d.link() % responsibilityIds.size());
                // The link's role follows from the link's number, so every role appears in the charts.
                dev.orgwright.model.RaciRole role = link == null ? null
                        : dev.orgwright.model.RaciRole.values()[d.link() % dev.orgwright.model.RaciRole.values().length];
                duties.add(new Duty(d.text(), link, role, d.unknown()));
            }
            List<PositionId> dotted = new ArrayList<>();
            for (int choice : raw.dotted()) {
                PositionId target = ids.get(choice % ids.size());
                if (!target.equals(ids.get(i)) && !dotted.contains(target)) {
                    dotted.add(target);
                }
            }
            var texts = raw.texts();
            RawFacts facts = raw.rest().get1();
            // Some positions without a holder's name are filled by someone not disclosed, as in organograms.
            boolean undisclosed = Blank.isBlank(texts.get2()) && Math.floorMod(raw.manager(), 4) == 1;
            positions.add(new Position(ids.get(i), texts.get1(), undisclosed ? "" : texts.get2(), !undisclosed, tier,
                    duties, manager, dotted, texts.get3(), texts.get4(), raw.assistant(), facts.fte(), facts.cost(),
                    facts.status(), facts.photo(), values(facts.values(), fields), raw.rest().get2(),
                    facts.archetype()));
        }
        try {
            return Chart.builder().title(title).tiers(tiers).fields(fields).addAll(positions)
                    .settings(currency == null ? Settings.of(settings) : Settings.of(settings).with(Settings.CURRENCY, currency))
                    .unknownFields(unknown).build();
        } catch (InvalidChartException e) {
            throw new AssertionError("the generator made an invalid chart: " + e.getMessage(), e);
        }
    }

    private static FieldValues values(List<RawValue> raw, List<FieldDefinition> fields) {
        FieldValues out = FieldValues.NONE;
        if (fields.isEmpty()) {
            return out;
        }
        for (RawValue v : raw) {
            FieldDefinition f = fields.get(v.field() % fields.size());
            Object value = switch (f.type()) {
                case TEXT -> v.text();
                case NUMBER -> v.number();
                case DATE -> java.time.LocalDate.ofEpochDay(v.day()).toString();
                case CHOICE -> f.choices().get(v.field() % f.choices().size());
            };
            out = out.with(f.id(), value);
        }
        return out;
    }
}
