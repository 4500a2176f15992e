package dev.orgwright.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.orgwright.model.TextBundleAudit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The rules' texts: complete in English, German, French and Spanish, every key used, and no
 * finding, explanation or fix written as a literal in the code.
 */
class RuleTextsTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/orgwright/rules");
    private static final Path BUNDLES = Path.of("src/main/resources/dev/orgwright/rules");

    /**
     * Literals that are not texts for people, with why. {@code DutyCues} holds the English words
     * the duty reader looks for (data about English duties, not texts shown), {@code ForeignCues}
     * the German, French and Spanish ones; a rule's
     * {@code summary()} is its description in docs/format.md, which is written in English
     * (RuleDocsTest writes the table), and is cut from the sources before the scan.
     */
    private static final List<String> NOT_TEXTS = List.of("DutyCues.java", "ForeignCues.java");
    private static final Pattern SUMMARY = Pattern.compile(
            "public String summary\\(\\) \\{.*?\\n    }", Pattern.DOTALL);

    @Test
    void everyKeyIsInEveryLanguageWithTheSamePlaceholders() {
        assertEquals(List.of(), TextBundleAudit.incompleteness(TextBundleAudit.bundles(BUNDLES)));
    }

    @Test
    void everyKeyIsUsedByTheRules() {
        Properties english = TextBundleAudit.bundles(BUNDLES).get("");
        assertEquals(List.of(), TextBundleAudit.unused(english, TextBundleAudit.literals(SOURCES), k -> false));
    }

    @Test
    void noFindingTextIsLeftAsALiteral() throws Exception {
        List<String> left = new ArrayList<>();
        for (Map.Entry<Path, List<String>> e : TextBundleAudit.literals(SOURCES).entrySet()) {
            if (NOT_TEXTS.contains(e.getKey().getFileName().toString())) {
                continue;
            }
            String code = SUMMARY.matcher(java.nio.file.Files.readString(e.getKey())).replaceAll("");
            for (String literal : TextBundleAudit.literalsOf(code)) {
                if (TextBundleAudit.isProse(literal)) {
                    left.add(e.getKey().getFileName() + ": \"" + literal + "\"");
                }
            }
        }
        assertEquals(List.of(), left, "texts for people belong in dev/orgwright/rules/messages*.properties");
    }

    @Test
    void theScanSeesALiteralSentenceAndNotAKey() {
        List<String> literals = TextBundleAudit.literalsOf(
                "class X { String a = \"has no duties yet.\"; // \"a comment\"\n String b = \"rules.no-duties.message\"; }");
        assertEquals(List.of("has no duties yet.", "rules.no-duties.message"), literals);
        assertEquals(List.of(true, false), literals.stream().map(TextBundleAudit::isProse).toList());
    }
}
