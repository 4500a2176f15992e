package dev.orgwright.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.orgwright.model.Blank;
import dev.orgwright.model.Chart;
import dev.orgwright.model.ChartProblem;
import dev.orgwright.model.InvalidChartException;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Scenario;
import dev.orgwright.model.Scenarios;
import dev.orgwright.model.UnknownFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the {@code scenarios} of a document and rebuilds each from the chart it is based on
 * (decision 0014). Every fault is told with its place: an unknown or circular {@code basedOn},
 * two scenarios with one id, a removed position the base does not have, an order list that is
 * not the manager's reports, and every fault of the rebuilt chart (a missing manager, a cycle).
 */
final class ScenarioReader {

    /** One scenario as the file has it, with where its parts are, for messages. */
    private record Stored(String id, String name, String description, String basedOn, ScenarioDelta delta,
                          UnknownFields unknown, JsonLocation start, Map<PositionId, JsonLocation> starts,
                          Map<PositionId, JsonLocation> orderStarts) {
    }

    private final JsonParser p;
    private final DocumentFields fields;
    private final String source;
    private final List<Stored> stored = new ArrayList<>();

    ScenarioReader(JsonParser parser, DocumentFields fields, String source) {
        this.p = parser;
        this.fields = fields;
        this.source = source;
    }

    /** Reads the list the parser is at. */
    void read() throws IOException, ChartFormatException {
        fields.expect(JsonToken.START_ARRAY, () -> IoTexts.t("io.scenario.list"));
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            index++;
            stored.add(scenario(index));
        }
    }

    private Stored scenario(int index) throws IOException, ChartFormatException {
        JsonLocation start = p.currentTokenLocation();
        String[] named = {null};
        java.util.function.Supplier<String> what = () -> named[0] == null
                ? IoTexts.t("io.scenario.numbered", String.valueOf(index)) : IoTexts.t("io.scenario.named", named[0]);
        fields.expect(JsonToken.START_OBJECT, () -> IoTexts.t("io.scenario.object", what.get()));
        String id = null;
        String name = null;
        String description = "";
        String basedOn = null;
        List<Position> positions = null;
        Map<PositionId, JsonLocation> starts = new HashMap<>();
        List<PositionId> removed = List.of();
        Map<PositionId, List<PositionId>> order = new LinkedHashMap<>();
        Map<PositionId, JsonLocation> orderStarts = new HashMap<>();
        Map<String, Object> unknown = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "id" -> id = fields.nonBlank(() -> DocumentFields.field("id", what.get()));
                case "name" -> name = fields.nonBlank(() -> DocumentFields.field("name", what.get()));
                case "description" -> description = fields.optionalString(
                        () -> DocumentFields.field("description", what.get()));
                case "basedOn" -> {
                    String text = fields.optionalString(() -> DocumentFields.field("basedOn", what.get()));
                    basedOn = Blank.isBlank(text) ? null : text;
                }
                case "positions" -> {
                    fields.expect(JsonToken.START_ARRAY, () -> IoTexts.t("io.scenario.positions",
                            DocumentFields.field("positions", what.get())));
                    positions = new ArrayList<>();
                    int n = 0;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        JsonLocation at = p.currentTokenLocation();
                        Position position = fields.position(++n);
                        if (starts.put(position.id(), at) != null) {
                            throw ChartReader.at(source, at, IoTexts.t("io.scenario.positionTwice", what.get(),
                                    position.id().value()));
                        }
                        positions.add(position);
                    }
                }
                case "removed" -> {
                    removed = fields.ids(() -> DocumentFields.field("removed", what.get()));
                }
                case "order" -> readOrder(what, order, orderStarts);
                default -> unknown.put(field, fields.anyValue());
            }
            named[0] = name != null ? name : id;
        }
        if (id == null) {
            throw ChartReader.at(source, start, IoTexts.t("io.scenario.noId", what.get()));
        }
        if (name == null) {
            throw ChartReader.at(source, start, IoTexts.t("io.scenario.noName", what.get()));
        }
        if (positions == null) {
            throw ChartReader.at(source, start, IoTexts.t("io.scenario.noPositions", what.get()));
        }
        return new Stored(id, name, description, basedOn, new ScenarioDelta(positions, removed, order),
                UnknownFields.of(unknown), start, starts, orderStarts);
    }

    private void readOrder(java.util.function.Supplier<String> what, Map<PositionId, List<PositionId>> order,
                           Map<PositionId, JsonLocation> orderStarts) throws IOException, ChartFormatException {
        fields.expect(JsonToken.START_ARRAY, () -> IoTexts.t("io.doc.list", DocumentFields.field("order", what.get())));
        while (p.nextToken() != JsonToken.END_ARRAY) {
            JsonLocation at = p.currentTokenLocation();
            fields.expect(JsonToken.START_OBJECT, () -> IoTexts.t("io.scenario.order.entry", lower(what.get())));
            PositionId manager = null;
            List<PositionId> reports = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "manager" -> {
                        String text = fields.optionalString(() -> IoTexts.t("io.scenario.order.manager"));
                        manager = Blank.isBlank(text) ? null : PositionId.of(text);
                    }
                    case "reports" -> {
                        reports = fields.ids(() -> IoTexts.t("io.scenario.order.reports", lower(what.get())));
                    }
                    default -> throw ChartReader.at(source, p.currentTokenLocation(),
                            IoTexts.t("io.scenario.order.unknownKey", lower(what.get()), field));
                }
            }
            if (reports == null) {
                throw ChartReader.at(source, at, IoTexts.t("io.scenario.order.noReports", lower(what.get())));
            }
            if (order.containsKey(manager)) {
                throw ChartReader.at(source, at, manager == null
                        ? IoTexts.t("io.scenario.order.twice.top", what.get())
                        : IoTexts.t("io.scenario.order.twice", what.get(), manager.value()));
            }
            order.put(manager, reports);
            orderStarts.put(manager, at);
        }
    }

    /** {@code current} with its scenarios, each rebuilt on its base; the current state is read already. */
    Chart attach(Chart current) throws ChartFormatException {
        if (stored.isEmpty()) {
            return current;
        }
        Map<String, Stored> byId = new HashMap<>();
        for (Stored s : stored) {
            if (byId.put(s.id(), s) != null) {
                throw ChartReader.at(source, s.start(), IoTexts.t("io.scenario.sameId", s.id()));
            }
        }
        for (Stored s : stored) {
            if (s.basedOn() != null && !byId.containsKey(s.basedOn())) {
                throw ChartReader.at(source, s.start(), IoTexts.t("io.scenario.unknownBase", s.name(), s.basedOn(),
                        String.join(", ", byId.keySet().stream().sorted().map(k -> "'" + k + "'").toList())));
            }
        }
        List<Scenario> bare = new ArrayList<>();
        for (Stored s : stored) {
            bare.add(Scenario.of(s.id(), s.name(), "", s.basedOn(), Chart.empty("", List.of())));
        }
        Optional<List<String>> cycle = Scenarios.cycle(bare);
        if (cycle.isPresent()) {
            throw ChartReader.at(source, byId.get(cycle.get().get(0)).start(), Scenarios.describeCycle(cycle.get()));
        }
        Map<String, Chart> built = new HashMap<>();
        for (Stored s : stored) {
            build(s, byId, built, current);
        }
        List<Scenario> scenarios = new ArrayList<>();
        for (Stored s : stored) {
            scenarios.add(new Scenario(s.id(), s.name(), s.description(), s.basedOn(), built.get(s.id()), s.unknown()));
        }
        return current.withScenarios(scenarios);
    }

    /** Builds {@code s} after its base; bases form no circle (checked), so this ends. */
    private Chart build(Stored s, Map<String, Stored> byId, Map<String, Chart> built, Chart current)
            throws ChartFormatException {
        Chart done = built.get(s.id());
        if (done != null) {
            return done;
        }
        Chart base = s.basedOn() == null ? current : build(byId.get(s.basedOn()), byId, built, current);
        Chart chart = rebuild(s, base, current);
        built.put(s.id(), chart);
        return chart;
    }

    private Chart rebuild(Stored s, Chart base, Chart current) throws ChartFormatException {
        ScenarioDelta delta = s.delta();
        Set<PositionId> removed = new HashSet<>();
        for (PositionId id : delta.removed()) {
            if (!base.contains(id)) {
                throw ChartReader.at(source, s.start(), s.basedOn() == null
                        ? IoTexts.t("io.scenario.removesMissing.current", s.name(), id.value())
                        : IoTexts.t("io.scenario.removesMissing", s.name(), id.value(), s.basedOn()));
            }
            if (s.starts().containsKey(id)) {
                throw ChartReader.at(source, s.starts().get(id), IoTexts.t("io.scenario.removesAndLists", s.name(),
                        id.value()));
            }
            if (!removed.add(id)) {
                throw ChartReader.at(source, s.start(), IoTexts.t("io.scenario.removesTwice", s.name(), id.value()));
            }
        }
        for (Map.Entry<PositionId, List<PositionId>> e : delta.order().entrySet()) {
            List<PositionId> rule = delta.byRule(base, e.getKey());
            if (!new HashSet<>(rule).equals(new HashSet<>(e.getValue())) || rule.size() != e.getValue().size()) {
                String listed = rule.isEmpty() ? IoTexts.t("io.scenario.order.none")
                        : "'" + String.join("', '", rule.stream().map(PositionId::value).toList()) + "'";
                throw ChartReader.at(source, s.orderStarts().get(e.getKey()), e.getKey() == null
                        ? IoTexts.t("io.scenario.order.notReports.top", s.name(), listed)
                        : IoTexts.t("io.scenario.order.notReports", e.getKey().value(), s.name(), listed));
            }
        }
        if (base.tiers().equals(current.tiers()) && base.fields().equals(current.fields())) {
            ScenarioDelta.Lookup lookup = delta.lookup(base);
            Optional<Chart> quick = base.patched(delta.removed(), delta.positions(), delta.order().keySet(),
                    m -> delta.reportsOf(lookup, m));
            if (quick.isPresent()) {
                return quick.get();
            }
        }
        try {
            return Chart.builder()
                    .title(current.title())
                    .tiers(current.tiers())
                    .settings(current.settings())
                    .fields(current.fields())
                    .addAll(delta.apply(base))
                    .build();
        } catch (InvalidChartException e) {
            List<String> all = new ArrayList<>();
            for (ChartProblem problem : e.problems()) {
                JsonLocation where = problem.position().map(s.starts()::get).orElse(s.start());
                all.add(ChartReader.at(source, where, inScenario(s, problem.message())).getMessage());
            }
            ChartProblem first = e.problems().get(0);
            JsonLocation where = first.position().map(s.starts()::get).orElse(s.start());
            throw new ChartFormatException(source, where.getLineNr(), where.getColumnNr(),
                    inScenario(s, first.message()), all);
        }
    }

    private static String inScenario(Stored s, String message) {
        return IoTexts.t("io.scenario.in", s.name(), message);
    }

    /** "Scenario 2" or "The scenario 'x'" inside a sentence, as {@link DocumentFields#lowerFirst} has it. */
    private static String lower(String text) {
        return DocumentFields.lowerFirst(text);
    }
}
