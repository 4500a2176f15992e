package dev.orgwright.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orgwright.layout.LayoutTree;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a bare tree of boxes, {@code {"nodes":[{"id":"p1","parent":null,"w":160,"h":60},...]}},
 * for {@code orgwright layout --boxes}: sibling order is the order of the list, and a parent may
 * come after its children. An optional {@code "tier"} (a rank, 1 = highest) places the box on its
 * tier's band with {@code --rows by-tier}. Every problem is reported with the file, the line and the node, and
 * nothing is laid out unless the whole file is sound.
 */
final class BoxesFile {

    /** How many problems are listed before the rest are only counted. */
    static final int MAX_PROBLEMS = 20;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NODE_SHAPE = "{\"id\":\"p1\",\"parent\":null,\"w\":160,\"h\":60}";
    private static final String SHAPE = "{\"nodes\":[" + NODE_SHAPE + ",...]}";

    /** A file that cannot be laid out, with one sentence per problem. */
    static final class BadBoxesException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient List<String> problems;

        BadBoxesException(List<String> problems) {
            super(problems.get(0));
            this.problems = List.copyOf(problems);
        }

        List<String> problems() {
            return problems;
        }
    }

    /** The boxes read: their ids by index, and the tree. */
    record Boxes(String[] ids, LayoutTree tree) {
    }

    private record Node(String id, String parent, double w, double h, int tier, String line) {
    }

    private final Path file;
    private final String name;
    private final Set<String> collapsed;
    private final List<String> problems = new ArrayList<>();

    private BoxesFile(Path file, Set<String> collapsed) {
        this.file = file;
        this.name = String.valueOf(file.getFileName());
        this.collapsed = collapsed;
    }

    static Boxes read(Path file) throws BadBoxesException {
        return read(file, Set.of());
    }

    /** Reads the boxes; the reports of the boxes whose ids are in {@code collapsed} are to be left out. */
    static Boxes read(Path file, Set<String> collapsed) throws BadBoxesException {
        return new BoxesFile(file, collapsed).read();
    }

    private Boxes read() throws BadBoxesException {
        List<Node> nodes = parse();
        Map<String, Integer> index = new HashMap<>(Math.max(16, nodes.size() * 2));
        for (int i = 0; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            Integer earlier = index.putIfAbsent(n.id(), i);
            if (earlier != null) {
                problem(n.line(), CliTexts.t("cli.boxes.repeatsId", String.valueOf(i + 1), n.id(),
                        String.valueOf(earlier + 1), nodes.get(earlier).line()));
            }
        }
        int[] parent = new int[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            Integer p = n.parent() == null ? Integer.valueOf(-1) : index.get(n.parent());
            if (p == null) {
                problem(n.line(), CliTexts.t("cli.boxes.unknownParent", n.id(), n.parent()));
                p = -1;
            }
            parent[i] = p;
        }
        for (String id : collapsed) {
            if (!index.containsKey(id)) {
                problems.add(name + ": " + CliTexts.t("cli.boxes.unknownCollapse", id));
            }
        }
        stopIfProblems();
        findCycle(nodes, parent);
        stopIfProblems();
        LayoutTree.Builder builder = LayoutTree.builder(nodes.size());
        String[] ids = new String[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            builder.add(parent[i], n.w(), n.h(), n.tier(), collapsed.contains(n.id()));
            ids[i] = n.id();
        }
        return new Boxes(ids, builder.build());
    }

    private List<Node> parse() throws BadBoxesException {
        List<Node> nodes = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); JsonParser p = JSON.getFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                fail(p.currentTokenLocation(), CliTexts.t("cli.boxes.notAnObject", SHAPE));
            }
            boolean sawNodes = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (!"nodes".equals(field)) {
                    p.skipChildren();
                    continue;
                }
                if (value != JsonToken.START_ARRAY) {
                    fail(p.currentTokenLocation(), CliTexts.t("cli.boxes.nodesNotAList", SHAPE));
                }
                sawNodes = true;
                int number = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    JsonLocation at = p.currentTokenLocation();
                    String line = at(at);
                    JsonNode node = p.readValueAsTree();
                    Node read = node(node, ++number, line);
                    if (read != null) {
                        nodes.add(read);
                    }
                }
            }
            if (!sawNodes) {
                fail(null, CliTexts.t("cli.boxes.noNodes", SHAPE));
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            fail(at, CliTexts.t("cli.boxes.badJson", e.getOriginalMessage().lines().findFirst().orElse("")));
        } catch (NoSuchFileException e) {
            throw new BadBoxesException(List.of(CliTexts.t("cli.boxes.noFile", file)));
        } catch (IOException e) {
            throw new BadBoxesException(List.of(CliTexts.t("cli.boxes.unreadable", file, e.getMessage())));
        }
        stopIfProblems();
        return nodes;
    }

    /** One node, or null (with the problems noted) if it is not usable. */
    private Node node(JsonNode node, int number, String line) {
        String what = CliTexts.t("cli.boxes.node", String.valueOf(number));
        if (!node.isObject()) {
            problem(line, CliTexts.t("cli.boxes.nodeNotObject", what, NODE_SHAPE));
            return null;
        }
        JsonNode id = node.get("id");
        if (id == null || !id.isTextual() || id.asText().isEmpty()) {
            problem(line, CliTexts.t(id == null ? "cli.boxes.noId" : "cli.boxes.badId", what, String.valueOf(number)));
            return null;
        }
        what = CliTexts.t("cli.boxes.node.named", String.valueOf(number), id.asText());
        JsonNode parent = node.get("parent");
        boolean sound = true;
        if (parent == null || !(parent.isNull() || parent.isTextual())) {
            problem(line, CliTexts.t(parent == null ? "cli.boxes.noParent" : "cli.boxes.badParent", what));
            sound = false;
        }
        double w = size(node, "w", what, line);
        double h = size(node, "h", what, line);
        JsonNode tier = node.get("tier");
        if (tier != null && !tier.isNull() && !(tier.canConvertToInt() && tier.isIntegralNumber() && tier.asInt() >= 1)) {
            problem(line, CliTexts.t("cli.boxes.badTier", what, tier.toString()));
            sound = false;
        }
        if (!sound || Double.isNaN(w) || Double.isNaN(h)) {
            return null;
        }
        int rank = tier == null || tier.isNull() ? 0 : tier.asInt();
        return new Node(id.asText(), parent.isNull() ? null : parent.asText(), w, h, rank, line);
    }

    private double size(JsonNode node, String field, String what, String line) {
        JsonNode value = node.get(field);
        boolean width = "w".equals(field);
        if (value == null) {
            problem(line, CliTexts.t(width ? "cli.boxes.noWidth" : "cli.boxes.noHeight", what));
        } else if (!value.isNumber() || !(value.asDouble() > 0) || Double.isInfinite(value.asDouble())) {
            problem(line, CliTexts.t(width ? "cli.boxes.badWidth" : "cli.boxes.badHeight", what, value.toString()));
        } else {
            return value.asDouble();
        }
        return Double.NaN;
    }

    /** Each node has one parent, so following parents from any node either reaches a root or loops. */
    private void findCycle(List<Node> nodes, int[] parent) {
        int n = parent.length;
        int[] walk = new int[n]; // 0: not seen; k + 1: seen on the walk from node k
        boolean[] settled = new boolean[n];
        for (int start = 0; start < n; start++) {
            int b = start;
            while (b >= 0 && !settled[b] && walk[b] == 0) {
                walk[b] = start + 1;
                b = parent[b];
            }
            if (b >= 0 && !settled[b] && walk[b] == start + 1) {
                reportCycle(nodes, parent, b);
                return;
            }
            for (int c = start; c >= 0 && !settled[c]; c = parent[c]) {
                settled[c] = true;
            }
        }
    }

    private void reportCycle(List<Node> nodes, int[] parent, int onCycle) {
        List<String> names = new ArrayList<>();
        int b = onCycle;
        do {
            names.add("\"" + nodes.get(b).id() + "\"");
            b = parent[b];
        } while (b != onCycle && names.size() < 10);
        String path = String.join(" → ", names) + (b == onCycle ? " → \"" + nodes.get(onCycle).id() + "\"" : " → ...");
        problem(nodes.get(onCycle).line(), CliTexts.t("cli.boxes.cycle", path));
    }

    private void problem(String where, String what) {
        problems.add(name + ", " + where + ": " + what);
    }

    private void fail(JsonLocation at, String what) throws BadBoxesException {
        String where = at == null || at.getLineNr() < 1 ? "" : ", " + at(at);
        problems.add(name + where + ": " + what);
        stopIfProblems();
    }

    /** "line 3, column 5" in the user's language. */
    private static String at(JsonLocation at) {
        return CliTexts.t("cli.boxes.at", String.valueOf(at.getLineNr()), String.valueOf(at.getColumnNr()));
    }

    private void stopIfProblems() throws BadBoxesException {
        if (problems.isEmpty()) {
            return;
        }
        List<String> shown = new ArrayList<>(problems.subList(0, Math.min(MAX_PROBLEMS, problems.size())));
        if (problems.size() > MAX_PROBLEMS) {
            shown.add(name + ": " + CliTexts.t("cli.boxes.more", problems.size() - MAX_PROBLEMS));
        }
        throw new BadBoxesException(shown);
    }
}
