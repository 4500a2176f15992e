package dev.orgwright.model;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks of a layer's text bundle against its sources, for the bundle tests of each layer: every
 * key in all four languages with the same placeholders, no key the sources do not use, and no
 * sentence left as a literal in the code.
 */
public final class TextBundleAudit {

    /** The languages every bundle has, English (the base file) first. */
    public static final List<String> SUFFIXES = List.of("", "_de", "_fr", "_es");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
    /** Two words of letters with a space between them: a sentence or a phrase for people. */
    private static final Pattern PROSE = Pattern.compile("\\p{L}{2,}[^\\n]*\\s[^\\n]*\\p{L}{2,}");

    private static final Pattern THROWN = Pattern.compile("new \\w*(?:Exception|Error)\\(");

    private TextBundleAudit() {
    }

    /** The bundle files of {@code folder} (e.g. src/main/resources/dev/orgwright/cli), by suffix. */
    public static Map<String, Properties> bundles(Path folder) {
        Map<String, Properties> out = new LinkedHashMap<>();
        for (String suffix : SUFFIXES) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(folder.resolve("messages" + suffix + ".properties"),
                    StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.put(suffix, p);
        }
        return out;
    }

    /** What is missing or differs: keys absent from a language, extra keys, other placeholders. */
    public static List<String> incompleteness(Map<String, Properties> bundles) {
        List<String> problems = new ArrayList<>();
        Properties english = bundles.get("");
        for (Map.Entry<String, Properties> e : bundles.entrySet()) {
            if (e.getKey().isEmpty()) {
                continue;
            }
            Properties other = e.getValue();
            for (String key : english.stringPropertyNames()) {
                if (!other.containsKey(key)) {
                    problems.add("messages" + e.getKey() + " lacks " + key);
                } else if (!placeholders(english.getProperty(key)).equals(placeholders(other.getProperty(key)))) {
                    problems.add("messages" + e.getKey() + " has other placeholders in " + key);
                } else if (other.getProperty(key).isBlank() != english.getProperty(key).isBlank()) {
                    problems.add("messages" + e.getKey() + " has an empty " + key);
                }
            }
            for (String key : other.stringPropertyNames()) {
                if (!english.containsKey(key)) {
                    problems.add("messages" + e.getKey() + " has " + key + ", which English does not");
                }
            }
        }
        return problems;
    }

    private static Set<String> placeholders(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Every string literal of the Java files under {@code sources}, by file. */
    public static Map<Path, List<String>> literals(Path sources) {
        Map<Path, List<String>> out = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                out.put(f, literalsOf(Files.readString(f, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The string literals of one source file, comments and character literals skipped. */
    public static List<String> literalsOf(String source) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = lineEnd(source, i);
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                out.add(source.substring(i + 3, end < 0 ? n : end));
                i = end < 0 ? n : end + 3;
            } else if (c == '"' || c == '\'') {
                StringBuilder text = new StringBuilder();
                int j = i + 1;
                while (j < n && source.charAt(j) != c) {
                    if (source.charAt(j) == '\\' && j + 1 < n) {
                        text.append(source.charAt(j + 1));
                        j += 2;
                    } else {
                        text.append(source.charAt(j++));
                    }
                }
                if (c == '"') {
                    out.add(text.toString());
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * {@code source} without the arguments of {@code new …Exception(…)} and {@code new …Error(…)}:
     * messages of refusals and failures, which the scans of a layer leave to their own review.
     */
    public static String withoutExceptionMessages(String source) {
        Matcher m = THROWN.matcher(source);
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (m.find(from)) {
            out.append(source, from, m.end());
            int depth = 1;
            int i = m.end();
            while (i < source.length() && depth > 0) {
                char c = source.charAt(i);
                if (c == '"' || c == '\'') {
                    int j = i + 1;
                    while (j < source.length() && source.charAt(j) != c) {
                        j += source.charAt(j) == '\\' ? 2 : 1;
                    }
                    i = j + 1;
                    continue;
                }
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                i++;
            }
            out.append(')');
            from = i;
        }
        return out.append(source, Math.min(from, source.length()), source.length()).toString();
    }

    private static int lineEnd(String s, int from) {
        int end = s.indexOf('\n', from);
        return end < 0 ? s.length() : end;
    }

    /** Whether a literal reads as words for people rather than a key, an id or a format. */
    public static boolean isProse(String literal) {
        return PROSE.matcher(literal).find();
    }

    /**
     * The keys of {@code english} that no literal names: a key is used when a literal is the key,
     * or a literal of two or more dots is the start of it (a key built as {@code "cli.severity." +
     * id}). Keys {@code picocli} reads itself are left to {@code usedByPicocli}.
     */
    public static List<String> unused(Properties english, Map<Path, List<String>> literals,
                                      java.util.function.Predicate<String> usedOtherwise) {
        Set<String> all = new TreeSet<>();
        literals.values().forEach(all::addAll);
        List<String> out = new ArrayList<>();
        for (String key : new TreeSet<>(english.stringPropertyNames())) {
            boolean used = all.contains(key) || usedOtherwise.test(key) || all.stream()
                    .anyMatch(l -> l.chars().filter(ch -> ch == '.').count() >= 2
                            && (key.startsWith(l.endsWith(".") ? l : l + ".")));
            if (!used) {
                out.add(key);
            }
        }
        return out;
    }
}
