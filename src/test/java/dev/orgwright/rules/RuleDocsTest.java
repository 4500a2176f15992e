package dev.orgwright.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The table of rules in docs/format.md is the rules' own description of themselves. Run with
 * {@code -Dorgwright.writeDocs=true} to write the table after changing a rule.
 */
class RuleDocsTest {

    private static final Path FORMAT = Path.of("docs", "format.md");
    private static final String START = "<!-- rules:start -->\n";
    private static final String END = "<!-- rules:end -->";

    /** The table, one row a rule, in the order their findings are listed. */
    static String table() {
        RuleSet rules = RuleSet.defaults();
        List<String[]> rows = new ArrayList<>();
        rules.positionRules().forEach(r -> rows.add(new String[] {r.id(), r.defaultSeverity().id(), r.summary()}));
        rules.chartRules().forEach(r -> rows.add(new String[] {r.id(), r.defaultSeverity().id(), r.summary()}));
        StringBuilder out = new StringBuilder("| rule id | default severity | what it finds |\n|---|---|---|\n");
        for (String[] row : rows) {
            out.append("| `").append(row[0]).append("` | ").append(row[1]).append(" | ")
                    .append(row[2].replace("|", "\\|")).append(" |\n");
        }
        return out.toString();
    }

    @Test
    void theFormatDocumentListsEveryRuleAsTheRulesDescribeThemselves() throws IOException {
        String doc = Files.readString(FORMAT, StandardCharsets.UTF_8);
        int start = doc.indexOf(START);
        int end = doc.indexOf(END);
        assertTrue(start >= 0 && end > start, "docs/format.md has the rules' table markers");
        String expected = doc.substring(0, start + START.length()) + table() + doc.substring(end);
        if (Boolean.getBoolean("orgwright.writeDocs")) {
            Files.writeString(FORMAT, expected, StandardCharsets.UTF_8);
        }
        assertEquals(expected, doc, "docs/format.md's table of rules is out of date; run "
                + "mvn -o test -Dtest=RuleDocsTest -Dorgwright.writeDocs=true to write it (that run still reports the old table)");
    }
}
