package dev.orgwright.ui.help;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One page of the help: a title and its blocks, read from a small subset of Markdown that any
 * translator can write: {@code # Title}, {@code ## Heading}, {@code - bullet}, and paragraphs
 * separated by blank lines.
 *
 * @param id     the file name without its ending ("getting-started")
 * @param title  the page's first {@code #} line
 * @param blocks the headings, paragraphs and bullets in order
 */
public record HelpPage(String id, String title, List<Block> blocks) {

    /** What a block is drawn as. */
    public enum Kind { HEADING, PARAGRAPH, BULLET }

    /** A heading, paragraph or bullet and its text. */
    public record Block(Kind kind, String text) {
    }

    public HelpPage {
        blocks = List.copyOf(blocks);
    }

    /** Reads the page {@code id} from its Markdown text. */
    public static HelpPage parse(String id, String markdown) {
        String title = id;
        List<Block> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String raw : markdown.split("\r?\n", -1)) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("- ")) {
                flush(paragraph, blocks);
            }
            if (line.startsWith("## ")) {
                blocks.add(new Block(Kind.HEADING, line.substring(3).strip()));
            } else if (line.startsWith("# ")) {
                title = line.substring(2).strip();
            } else if (line.startsWith("- ")) {
                blocks.add(new Block(Kind.BULLET, line.substring(2).strip()));
            } else if (!line.isEmpty()) {
                paragraph.append(paragraph.length() == 0 ? "" : " ").append(line);
            }
        }
        flush(paragraph, blocks);
        return new HelpPage(id, title, blocks);
    }

    private static void flush(StringBuilder paragraph, List<Block> blocks) {
        if (paragraph.length() > 0) {
            blocks.add(new Block(Kind.PARAGRAPH, paragraph.toString()));
            paragraph.setLength(0);
        }
    }

    /** Whether the title or any block holds every word of {@code query}, ignoring case. */
    public boolean matches(String query) {
        List<String> words = words(query);
        if (words.isEmpty()) {
            return true;
        }
        String all = (title + " " + String.join(" ", blocks.stream().map(Block::text).toList()))
                .toLowerCase(Locale.ROOT);
        return words.stream().allMatch(all::contains);
    }

    /** Whether {@code block} holds one of the words of {@code query}: it is marked on the page. */
    public static boolean blockMatches(Block block, String query) {
        String text = block.text().toLowerCase(Locale.ROOT);
        return words(query).stream().anyMatch(text::contains);
    }

    private static List<String> words(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return List.of(query.strip().toLowerCase(Locale.ROOT).split("\\s+"));
    }
}
