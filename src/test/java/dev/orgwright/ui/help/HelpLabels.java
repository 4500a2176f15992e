package dev.orgwright.ui.help;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The labels a help page names, checked against the window's texts in the page's language. The
 * pages name a menu command by its path, {@code Menu → Command} (a submenu adds a step:
 * {@code View → Text Size → Larger Text}), and a button or other label in the language's
 * quotation marks ("Close", „Schließen“, « Fermer », «Cerrar»). A path starts at a menu of the
 * menu bar and each step is a menu text of the bundle; a quotation is a text of the bundle. A
 * menu text's closing "…" is left out in the pages. Where a step ends is read as the longest menu
 * text that starts there and ends at a word's end, so a misspelt or invented step matches none.
 */
final class HelpLabels {

    /** The keys of the menu bar's menus: the first step of every path. */
    private static final List<String> MENU_BAR = List.of("menu.file", "menu.edit", "menu.chart", "menu.scenario",
            "menu.view", "menu.help");

    /** Any key of a menu text: {@code menu.save}, {@code help.menu.tour}, {@code a11y.menu.move}, {@code views.menu}. */
    private static final Pattern MENU_KEY = Pattern.compile("(^|.*\\.)menu(\\..*)?");

    /** Quotations: German „…“, English “…” and "…", French « … » and Spanish «…». */
    private static final List<Pattern> QUOTES = List.of(Pattern.compile("„([^“”„]+)[“”]"),
            Pattern.compile("“([^”“]+)”"), Pattern.compile("\"([^\"]+)\""),
            Pattern.compile("«[\\s\\u00A0\\u202F]*([^»]+?)[\\s\\u00A0\\u202F]*»"));

    private static final String ARROW = "→";

    /**
     * What a page names.
     *
     * @param paths  how many menu paths
     * @param quoted how many quoted labels outside the paths
     * @param wrong  each path step or quotation that is not a text of the window, saying which and where
     */
    record Found(int paths, int quoted, List<String> wrong) {
    }

    private HelpLabels() {
    }

    /** Checks the title and every block of {@code page} against {@code bundle}. */
    static Found check(HelpPage page, Properties bundle) {
        Set<String> bar = MENU_BAR.stream().map(bundle::getProperty).map(HelpLabels::normal)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> menus = texts(bundle, key -> MENU_KEY.matcher(key).matches() && !key.contains("tooltip"));
        Set<String> all = texts(bundle, key -> true);
        int paths = 0;
        int quoted = 0;
        List<String> wrong = new ArrayList<>();
        List<String> texts = Stream.concat(Stream.of(page.title()), page.blocks().stream().map(HelpPage.Block::text))
                .toList();
        for (String text : texts) {
            StringBuilder rest = new StringBuilder(text);
            int chainEnd = -1;
            for (int arrow = text.indexOf(ARROW); arrow >= 0; arrow = text.indexOf(ARROW, arrow + 1)) {
                int leftEnd = text.substring(0, arrow).stripTrailing().length();
                int start;
                if (leftEnd == chainEnd) {
                    start = -1; // the step before is the command of the arrow before: checked there
                } else {
                    paths++;
                    Optional<String> menu = endingAt(text, leftEnd, bar);
                    if (menu.isEmpty()) {
                        wrong.add("no menu of the menu bar before → in: " + text);
                        continue;
                    }
                    start = leftEnd - menu.get().length();
                    blank(rest, start, leftEnd);
                }
                int from = arrow + 1;
                while (from < text.length() && Character.isWhitespace(text.charAt(from))) {
                    from++;
                }
                Optional<String> command = startingAt(text, from, menus);
                if (command.isEmpty()) {
                    wrong.add("no menu command of the window after → at \"" + excerpt(text, from) + "\" in: " + text);
                    chainEnd = -1;
                    continue;
                }
                chainEnd = from + command.get().length();
                blank(rest, arrow, chainEnd);
            }
            for (Pattern quote : QUOTES) {
                Matcher m = quote.matcher(rest);
                while (m.find()) {
                    quoted++;
                    String label = normal(m.group(1));
                    if (!all.contains(label)) {
                        wrong.add("the quoted label \"" + label + "\" is no text of the window, in: " + text);
                    }
                    blank(rest, m.start(), m.end());
                }
            }
        }
        return new Found(paths, quoted, List.copyOf(wrong));
    }

    private static Set<String> texts(Properties bundle, java.util.function.Predicate<String> keys) {
        return bundle.stringPropertyNames().stream().filter(keys).map(bundle::getProperty)
                .filter(v -> !v.contains("{")).map(HelpLabels::normal).filter(v -> !v.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** A label as the pages write it: without the closing "…" of a command that opens a dialog. */
    private static String normal(String label) {
        String s = label.strip();
        if (s.endsWith("…")) {
            s = s.substring(0, s.length() - 1);
        } else if (s.endsWith("...")) {
            s = s.substring(0, s.length() - 3);
        }
        return s.strip();
    }

    /** The longest of {@code labels} that ends at {@code end} of {@code text} and starts a word. */
    private static Optional<String> endingAt(String text, int end, Set<String> labels) {
        String before = text.substring(0, end);
        return labels.stream().filter(before::endsWith)
                .filter(l -> end - l.length() == 0 || !Character.isLetterOrDigit(text.charAt(end - l.length() - 1)))
                .max(Comparator.comparingInt(String::length));
    }

    /** The longest of {@code labels} that starts at {@code start} of {@code text} and ends a word. */
    private static Optional<String> startingAt(String text, int start, Set<String> labels) {
        return labels.stream().filter(l -> text.startsWith(l, start))
                .filter(l -> start + l.length() == text.length() || !Character.isLetterOrDigit(text.charAt(start + l.length())))
                .max(Comparator.comparingInt(String::length));
    }

    private static void blank(StringBuilder text, int from, int to) {
        for (int i = from; i < to; i++) {
            text.setCharAt(i, ' ');
        }
    }

    private static String excerpt(String text, int from) {
        return text.substring(from, Math.min(text.length(), from + 30));
    }
}
