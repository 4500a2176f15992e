package dev.orgwright.render.export;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Duty;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Templates;
import dev.orgwright.render.TextWrap;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks on the lines an output drew for the texts of its cards: each line starts and ends
 * between two words (a cut line ends with "…"), and the lines of one text, read in order, give
 * the text whole or its beginning up to the "…". Shared by the tests of every output, each of
 * which reads its lines back in its own way.
 */
public final class CardTextLines {

    /** How a card draws each duty: after a bullet. */
    public static final String BULLET = "• ";

    private CardTextLines() {
    }

    /**
     * A chart whose title, holder and duties are too long for a card, in words each shorter
     * than a card's line and without hyphens (a hyphen may end a line too), so that every line
     * break falls on a space.
     */
    public static Chart longTexts() throws Exception {
        return Chart.builder().title("Long texts").tiers(Templates.leadershipTeam())
                .add(Position.of("ceo", "Chief Executive Officer and Chair of the Executive Committee of the Group and"
                                + " of its Subsidiaries in Europe, the Americas, Africa and Asia", Templates.SENIOR)
                        .withHolder("Maximiliana Alexandrovna Featherstonehaugh Smythe")
                        .withDuties(List.of(Duty.of("Sets the strategy of the whole organisation together with the"
                                        + " board and answers for its results to the shareholders every quarter"),
                                Duty.of("Chairs the executive committee"))))
                .add(Position.of("coo", "Chief Operating Officer", Templates.SENIOR).withHolder("Lena")
                        .withReportsTo(PositionId.of("ceo"))
                        .withDuties(List.of(Duty.of("Runs the daily operations of every plant, warehouse and distribution"
                                + " centre across all regions and reports on them to the board every week"))))
                .add(Position.of("cpo", "Head of Procurement, Supplier Relations, Contract Management and Purchasing"
                                + " Policy for the Northern and Southern Regions", Templates.EXECUTIVE)
                        .withHolder("Bartholomew Montgomery").withReportsTo(PositionId.of("coo"))
                        .withDuties(List.of(Duty.of("Negotiates the framework agreements with the largest suppliers"
                                + " of raw materials, packaging, transport and energy"))))
                .build();
    }

    /** The texts the cards of {@code chart} draw: titles, holders, and duties after their bullet. */
    public static List<String> cardTexts(Chart chart) {
        List<String> texts = new ArrayList<>();
        for (Position p : chart.inTreeOrder()) {
            texts.add(p.title());
            if (!p.isVacant()) {
                texts.add(p.holder());
            }
            for (Duty d : p.duties()) {
                texts.add(BULLET + d.text());
            }
        }
        return texts;
    }

    /** Whether {@code line} is a piece of {@code text} that starts and ends between words, or starts so and ends in "…". */
    static boolean isWholeWordPiece(String line, String text) {
        boolean cut = line.endsWith(TextWrap.ELLIPSIS);
        String piece = cut ? line.substring(0, line.length() - TextWrap.ELLIPSIS.length()).stripTrailing() : line;
        if (piece.isEmpty()) {
            return cut;
        }
        for (int at = text.indexOf(piece); at >= 0; at = text.indexOf(piece, at + 1)) {
            int end = at + piece.length();
            boolean starts = at == 0 || text.charAt(at - 1) == ' ';
            boolean ends = cut || end == text.length() || text.charAt(end) == ' ';
            if (starts && ends) {
                return true;
            }
        }
        return false;
    }

    /**
     * Asserts that every line in {@code lines} (in drawing order) is a whole-word piece of one of
     * {@code texts} or one of {@code otherTexts} (the page's texts outside the cards), and that
     * each of {@code texts} is drawn as consecutive lines that give it whole or end with "…".
     * Returns the lines that end with "…".
     */
    public static List<String> assertWrappedOnWords(List<String> lines, List<String> texts, List<String> otherTexts,
                                                    String where) {
        List<String> cut = new ArrayList<>();
        for (String line : lines) {
            if (otherTexts.contains(line)) {
                continue;
            }
            assertTrue(texts.stream().anyMatch(t -> isWholeWordPiece(line, t)),
                    "\"" + line + "\" is a piece of a card's text between words in " + where);
            if (line.endsWith(TextWrap.ELLIPSIS)) {
                cut.add(line);
            }
        }
        for (String text : texts) {
            assertDrawnInOrder(lines, text, where);
        }
        return cut;
    }

    /** Asserts that {@code text} is drawn as consecutive lines that give it whole, or its beginning and "…". */
    private static void assertDrawnInOrder(List<String> lines, String text, String where) {
        for (int first = 0; first < lines.size(); first++) {
            String line = lines.get(first);
            if (line.isEmpty() || !isWholeWordPiece(line, text) || !text.startsWith(stem(line))) {
                continue;
            }
            String rest = text;
            for (int i = first; i < lines.size(); i++) {
                String l = lines.get(i);
                String piece = stem(l);
                if (!rest.startsWith(piece)) {
                    break;
                }
                rest = rest.substring(piece.length()).stripLeading();
                if (l.endsWith(TextWrap.ELLIPSIS)) {
                    assertTrue(!rest.isEmpty(), "\"" + text + "\" is cut only when some of it is left out, in " + where);
                    return;
                }
                if (rest.isEmpty()) {
                    return;
                }
            }
        }
        fail("\"" + text + "\" is drawn in consecutive lines, whole or ending with \"…\", in " + where + ": " + lines);
    }

    /** A line without its "…". */
    private static String stem(String line) {
        return line.endsWith(TextWrap.ELLIPSIS)
                ? line.substring(0, line.length() - TextWrap.ELLIPSIS.length()).stripTrailing() : line;
    }
}
