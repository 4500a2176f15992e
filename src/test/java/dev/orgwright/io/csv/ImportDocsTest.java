package dev.orgwright.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** docs/import.md lists exactly the header names and role keys the import knows. */
class ImportDocsTest {

    @Test
    void theTableOfNamesIsTheImportsOwn() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("docs/import.md"));
        for (ColumnRole role : ColumnRole.values()) {
            String row = lines.stream().filter(l -> l.contains("| `" + role.key() + "` |")).findFirst()
                    .orElseThrow(() -> new AssertionError("docs/import.md has no row for the key " + role.key()));
            List<String> known = ColumnMapping.knownNames(role);
            if (known.isEmpty()) {
                continue;
            }
            String names = row.substring(row.indexOf("` |") + 3, row.lastIndexOf('|'));
            Set<String> documented = new HashSet<>();
            for (String name : names.replaceAll("\\([^)]*first name\\)", "").split(",")) {
                documented.add(ColumnMapping.normalise(name));
            }
            assertEquals(new HashSet<>(known), documented, "the names of " + role.key());
        }
        assertTrue(Arrays.stream(ColumnRole.values()).allMatch(r -> ColumnRole.byKey(r.key()).isPresent()));
    }
}
