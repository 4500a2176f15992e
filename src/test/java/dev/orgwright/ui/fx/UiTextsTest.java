package dev.orgwright.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The window's texts: every language has every key, no key is left unused, the placeholders of a
 * translation are the English ones, and the {@code ui} code holds no user-facing literal.
 */
class UiTextsTest {

    private static final Path UI_SOURCES = Path.of("src/main/java/dev/orgwright/ui");

    /**
     * Keys the code builds from a prefix and a word instead of naming them whole: the status bar's
     * and the findings list's counts ({@code "status." + "positions" + ".one"}) and the names of
     * the languages in Preferences ({@code "preferences.language." + "de"}), the manager
     * archetypes by their key ({@code "analysis.archetype." + "coach"}) and the lines a card
     * template may hold ({@code "properties.card.line." + "title"}). Each prefix must itself appear
     * in the code.
     */
    private static final List<String> DYNAMIC_PREFIXES = List.of("status.", "panels.findingsFilter.",
            "preferences.language.", "analysis.archetype.", "properties.card.line.");

    /**
     * Lines that are never the window's text are skipped: comments, annotations, exception
     * messages for programmers, log records and the canvas's key names ({@code withCanvasKey}).
     * Literals that look like text but are not the window's: the product's name, which is not
     * translated; the line the start-up measurement prints for scripts; the message printed before
     * the language is known; the headless toolkit's property values; the canvas's key names.
     */
    private static final Set<String> ALLOWED = Set.of("Orgwright", "first frame after ", " ms",
            "Orgwright could not read its logging settings: ", "Monocle", "Headless");

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    /**
     * A literal handed straight to a control's text, title, prompt or tooltip is shown as it is,
     * so it is a text even in lower case ("down").
     */
    private static final Pattern SHOWN_AS_IS = Pattern.compile("(?:new (?:Label|Button|CheckBox|RadioButton|ToggleButton|Hyperlink|"
            + "Tooltip|MenuItem|Menu|CheckMenuItem|RadioMenuItem|Text|Tab|TitledPane)|\\.set(?:Text|Title|PromptText|HeaderText|"
            + "ContentText|AccessibleText|AccessibleHelp))\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    @Test
    void everyLanguageHasEveryKeyAndNoOther() throws IOException {
        Properties english = bundle("");
        assertTrue(english.size() > 500, "the English bundle holds the window's texts");
        for (Locale language : Messages.SUPPORTED.subList(1, Messages.SUPPORTED.size())) {
            Properties translated = bundle("_" + language.getLanguage());
            for (String key : english.stringPropertyNames()) {
                String text = translated.getProperty(key);
                assertTrue(text != null && !text.isBlank(), language + " lacks " + key);
            }
            Set<String> extra = new TreeSet<>(translated.stringPropertyNames());
            extra.removeAll(english.stringPropertyNames());
            assertEquals(Set.of(), extra, language + " has keys English lacks");
        }
    }

    @Test
    void everyTranslationUsesTheEnglishPlaceholders() throws IOException {
        Properties english = bundle("");
        for (Locale language : Messages.SUPPORTED.subList(1, Messages.SUPPORTED.size())) {
            Properties translated = bundle("_" + language.getLanguage());
            for (String key : english.stringPropertyNames()) {
                assertEquals(placeholders(english.getProperty(key)), placeholders(translated.getProperty(key, "")),
                        language + " " + key);
            }
        }
    }

    @Test
    void everyKeyIsUsedByTheWindow() throws IOException {
        String code = allSources();
        for (String prefix : DYNAMIC_PREFIXES) {
            assertTrue(code.contains("\"" + prefix), "the dynamic prefix " + prefix + " is used");
        }
        List<String> unused = new ArrayList<>();
        for (String key : new TreeSet<>(bundle("").stringPropertyNames())) {
            boolean dynamic = DYNAMIC_PREFIXES.stream().anyMatch(key::startsWith)
                    && (key.endsWith(".one") || key.endsWith(".many") || key.startsWith("preferences.language.")
                    || key.startsWith("analysis.archetype.") || key.startsWith("properties.card.line."));
            if (!code.contains("\"" + key + "\"") && !dynamic) {
                unused.add(key);
            }
        }
        assertEquals(List.of(), unused, "keys no code uses");
    }

    @Test
    void theWindowsCodeHoldsNoUserFacingLiteral() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(UI_SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    for (String literal : userFacingLiterals(line)) {
                        found.add(UI_SOURCES.relativize(file) + ":" + (i + 1) + " \"" + literal + "\"");
                    }
                }
            }
        }
        assertEquals(List.of(), found, "texts that belong in dev/orgwright/ui/messages.properties");
    }

    @Test
    void theScanFindsATextAndLetsIdsStylesAndKeysBe() {
        assertEquals(List.of("Save the chart"), userFacingLiterals("setTitle(\"Save the chart\");"));
        assertEquals(List.of("Cancel"), userFacingLiterals("new Button(\"Cancel\")"));
        assertEquals(List.of(), userFacingLiterals("b.setId(\"export-ok\"); b.getStyleClass().add(\"pane-heading\");"));
        assertEquals(List.of(), userFacingLiterals("x.setStyle(\"-fx-font-size: 14px\"); Texts.t(\"menu.file\");"));
        assertEquals(List.of(), userFacingLiterals("// \"A comment\" is not code"));
        assertEquals(List.of(), userFacingLiterals("a.withShortcuts(\"Shortcut+N\")"));
        assertEquals(List.of("Not saved"), userFacingLiterals("dialogs.showError(\"Not saved\", why);"));
        assertEquals(List.of("down"), userFacingLiterals("new HBox(6, rows, new Label(\"down\"));"));
        assertEquals(List.of("yyyy-mm-dd"), userFacingLiterals("picker.setPromptText(\"yyyy-mm-dd\");"));
        assertEquals(List.of(), userFacingLiterals("label.setText(\"\"); label.setText(\" · \");"));
    }

    @Test
    void aKeyNoBundleHasShowsItselfInsteadOfFailing() {
        assertEquals("!no.such.key!", Texts.t("no.such.key"));
        assertFalse(Texts.BUNDLE.has("no.such.key"));
    }

    /** The literals of one line of code that read as text for a person. */
    static List<String> userFacingLiterals(String line) {
        String code = line.strip();
        if (code.startsWith("//") || code.startsWith("*") || code.startsWith("/*") || code.startsWith("@")
                || code.matches(".*new \\w*(Exception|Error)\\(.*") || code.contains("requireNonNull(") || code.contains("withCanvasKey(")
                || code.contains("LOG.")) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        Matcher m = LITERAL.matcher(line);
        while (m.find()) {
            String s = m.group(1);
            if (looksLikeText(s) && !ALLOWED.contains(s)) {
                out.add(s);
            }
        }
        Matcher shown = SHOWN_AS_IS.matcher(line);
        while (shown.find()) {
            String s = shown.group(1);
            if (s.matches(".*[A-Za-z]{2,}.*") && !out.contains(s) && !ALLOWED.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * Words for a person: a capitalised word or words separated by spaces. Ids, style classes and
     * keys are lower case without spaces, styles start with "-fx-", shortcuts with a modifier.
     */
    private static boolean looksLikeText(String s) {
        if (!s.matches(".*[A-Za-z]{2,}.*") || s.contains("-fx-") || s.matches("[a-z0-9_.:/\\-]*")
                || s.matches("[a-z]+(\\.[A-Za-z0-9\\-]+)+") || s.matches("(Shortcut|Ctrl|Shift|Alt|Meta)\\+.*")
                || s.matches("\\*\\.[a-z]+") || s.matches("#?%.*") || s.matches("[a-z]+/[a-z+.\\-]+")) {
            return false;
        }
        return s.matches(".*[A-Za-z]{2,} +[A-Za-z]{2,}.*") || Character.isUpperCase(s.charAt(0))
                || s.matches("[ (,·:]+.*[A-Za-z]{2,}.*");
    }

    private static Set<String> placeholders(String text) {
        return PLACEHOLDER.matcher(text).results().map(r -> r.group()).collect(Collectors.toSet());
    }

    private static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = UiTextsTest.class.getResourceAsStream("/dev/orgwright/ui/messages" + suffix + ".properties");
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }

    private static String allSources() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(UI_SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
            }
        }
        return all.toString();
    }
}
