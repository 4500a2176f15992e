package dev.orgwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.ChartFiles;
import dev.orgwright.model.Chart;
import dev.orgwright.model.FieldDefinition;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import --private COLUMN} and {@code --public COLUMN} decide a column's privacy on the command line. */
class ImportPrivacyOptionsTest {

    @TempDir
    Path dir;

    private Path csv() throws Exception {
        Path csv = dir.resolve("staff.csv");
        Files.writeString(csv, "id,manager,name,title,Office,Mobile\n1,,Ana Diaz,CEO,Leeds,07700 900123\n"
                + "2,1,Bo Ek,CFO,Leeds,07700 900456\n3,1,Cy Lo,COO,York,07700 900789\n");
        return csv;
    }

    private static FieldDefinition field(Chart chart, String name) {
        return chart.fields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theUserDecidesWhichColumnsArePrivate() throws Exception {
        Path out = dir.resolve("staff.orgchart.json");
        CliRun plain = CliRun.of("import", csv().toString(), "--out", out.toString());
        assertEquals(0, plain.exitCode(), plain.out() + plain.err());
        Chart chart = ChartFiles.load(out);
        assertTrue(field(chart, "Mobile").isPrivate(), "a phone column is private by its name");
        assertFalse(field(chart, "Office").isPrivate());

        CliRun chosen = CliRun.of("import", csv().toString(), "--out", out.toString(), "--private", "Office",
                "--public", "6");
        assertEquals(0, chosen.exitCode(), chosen.out() + chosen.err());
        chart = ChartFiles.load(out);
        assertTrue(field(chart, "Office").isPrivate());
        assertFalse(field(chart, "Mobile").isPrivate(), "column 6 made public by its number");
    }

    @Test
    void anUnknownColumnOrBothChoicesAreRefused() throws Exception {
        Path out = dir.resolve("x.orgchart.json");
        CliRun unknown = CliRun.of("import", csv().toString(), "--out", out.toString(), "--private", "Salary");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("--private: ") && unknown.err().contains("has no column 'Salary'"),
                unknown.err());
        CliRun both = CliRun.of("import", csv().toString(), "--out", out.toString(), "--private", "Office",
                "--public", "Office");
        assertEquals(2, both.exitCode());
        assertTrue(both.err().contains("'Office' is given both --private and --public; give one."), both.err());
        assertFalse(Files.exists(out));
    }
}
