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
        fields.expect(JsonToken.START_ARRAY, () -> "The \"scenarios\" must be a list of scenarios");
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            index++;
            stored.add(scenario(index));
        }
    }

    private Stored scenario(int index) throws IOException, ChartFormatException {
        JsonLocation start = p.currentTokenLocation();
        String[] named = {null};
        java.util.function.Supplier<String> what = () -> named[0] == null ? "Scenario " + index
                : "The scenario '" + named[0] + "'";
        fields.expect(JsonToken.START_OBJECT, () -> what.get() + " must be an object with an \"id\" and a \"name\"");
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
                case "id" -> id = fields.nonBlank(() -> "The \"id\" of " + lower(what.get()));
                case "name" -> name = fields.nonBlank(() -> "The \"name\" of " + lower(what.get()));
                case "description" -> description = fields.optionalString(() -> "The \"description\" of " + lower(what.get()));
                case "basedOn" -> {
                    String text = fields.optionalString(() -> "The \"basedOn\" of " + lower(what.get()));
                    basedOn = Blank.isBlank(text) ? null : text;
                }
                case "positions" -> {
                    fields.expect(JsonToken.START_ARRAY, () -> "The \"positions\" of " + lower(what.get())
                            + " must be a list of positions");
                    positions = new ArrayList<>();
                    int n = 0;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        JsonLocation at = p.currentTokenLocation();
                        Position position = fields.position(++n);
                        if (starts.put(position.id(), at) != null) {
                            throw ChartReader.at(source, at, what.get() + " lists the position '" + position.id()
                                    + "' twice.");
                        }
                        positions.add(position);
                    }
                }
                case "removed" -> {
                    removed = fields.ids(() -> "The \"removed\" of " + lower(what.get()));
                }
                case "order" -> readOrder(what, order, orderStarts);
                default -> unknown.put(field, fields.anyValue());
            }
            named[0] = name != null ? name : id;
        }
        if (id == null) {
            throw ChartReader.at(source, start, what.get() + " has no \"id\"; every scenario needs one.");
        }
        if (name == null) {
            throw ChartReader.at(source, start, what.get() + " has no \"name\"; every scenario needs one.");
        }
        if (positions == null) {
            throw ChartReader.at(source, start, what.get() + " has no \"positions\" list; a scenario that changes"
                    + " nothing has \"positions\": [].");
        }
        return new Stored(id, name, description, basedOn, new ScenarioDelta(positions, removed, order),
                UnknownFields.of(unknown), start, starts, orderStarts);
    }

    private void readOrder(java.util.function.Supplier<String> what, Map<PositionId, List<PositionId>> order,
                           Map<PositionId, JsonLocation> orderStarts) throws IOException, ChartFormatException {
        fields.expect(JsonToken.START_ARRAY, () -> "The \"order\" of " + lower(what.get()) + " must be a list");
        while (p.nextToken() != JsonToken.END_ARRAY) {
            JsonLocation at = p.currentTokenLocation();
            fields.expect(JsonToken.START_OBJECT, () -> "Each entry of the \"order\" of " + lower(what.get())
                    + " must be an object with a \"manager\" and its \"reports\"");
            PositionId manager = null;
            List<PositionId> reports = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "manager" -> {
                        String text = fields.optionalString(() -> "The \"manager\" of an \"order\" entry");
                        manager = Blank.isBlank(text) ? null : PositionId.of(text);
                    }
                    case "reports" -> {
                        reports = fields.ids(() -> "The \"reports\" of an \"order\" entry of " + lower(what.get()));
                    }
                    default -> throw ChartReader.at(source, p.currentTokenLocation(), "An \"order\" entry of "
                            + lower(what.get()) + " has the key \"" + field + "\"; it holds only \"manager\" and"
                            + " \"reports\".");
                }
            }
            if (reports == null) {
                throw ChartReader.at(source, at, "An \"order\" entry of " + lower(what.get())
                        + " has no \"reports\" list.");
            }
            if (order.containsKey(manager)) {
                throw ChartReader.at(source, at, what.get() + " gives the order of the reports of "
                        + (manager == null ? "the top level" : "'" + manager + "'") + " twice.");
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
                throw ChartReader.at(source, s.start(), "Two scenarios have the id '" + s.id()
                        + "'; each scenario needs its own.");
            }
        }
        for (Stored s : stored) {
            if (s.basedOn() != null && !byId.containsKey(s.basedOn())) {
                throw ChartReader.at(source, s.start(), "The scenario '" + s.name() + "' is based on '"
                        + s.basedOn() + "', which is not a scenario of this chart; the scenarios are "
                        + String.join(", ", byId.keySet().stream().sorted().map(k -> "'" + k + "'").toList())
                        + ". Leave out \"basedOn\" for a scenario of the current state.");
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
                throw ChartReader.at(source, s.start(), "The scenario '" + s.name() + "' removes the position '" + id
                        + "', which " + baseName(s) + " does not have.");
            }
            if (s.starts().containsKey(id)) {
                throw ChartReader.at(source, s.starts().get(id), "The scenario '" + s.name() + "' both removes and"
                        + " lists the position '" + id + "'; keep one of them.");
            }
            if (!removed.add(id)) {
                throw ChartReader.at(source, s.start(), "The scenario '" + s.name() + "' removes the position '"
                        + id + "' twice.");
            }
        }
        for (Map.Entry<PositionId, List<PositionId>> e : delta.order().entrySet()) {
            List<PositionId> rule = delta.byRule(base, e.getKey());
            if (!new HashSet<>(rule).equals(new HashSet<>(e.getValue())) || rule.size() != e.getValue().size()) {
                throw ChartReader.at(source, s.orderStarts().get(e.getKey()), "The \"order\" of the reports of "
                        + (e.getKey() == null ? "the top level" : "'" + e.getKey() + "'") + " in the scenario '"
                        + s.name() + "' must list exactly the positions that report there: "
                        + (rule.isEmpty() ? "none" : "'" + String.join("', '", rule.stream().map(PositionId::value).toList()) + "'")
                        + ".");
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
        return "In the scenario '" + s.name() + "': " + message;
    }

    private static String baseName(Stored s) {
        return s.basedOn() == null ? "the current state" : "the scenario '" + s.basedOn() + "' it is based on";
    }

    private static String lower(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
