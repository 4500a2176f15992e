package dev.orgwright.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The mapping does not depend on how an HR system orders or names its columns: the same people
 * under shuffled columns, with the headers renamed to synonyms (or to names no list knows, such
 * as "Ref" and "Upline", which the values settle), and managers given by id, full name or
 * e-mail, give the same chart as the plain file.
 */
class ColumnOrderPropertiesTest {

    /** The roles of the generated file's columns, in the plain file's order. */
    private static final List<String> PLAIN = List.of("id", "manager id", "name", "title", "email", "department");
    /** Other names for each column of {@link #PLAIN}; the unknown ones are found from the values. */
    private static final List<List<String>> SYNONYMS = List.of(
            List.of("id", "Employee ID", "Position ID", "Post Unique Reference", "Worker ID", "Person Number",
                    "Employee Number", "Ref", "Staff Code"),
            List.of("manager id", "Reports To", "Supervisor", "Line Manager", "Reports to Senior Post", "parentId",
                    "Manager", "Upline", "Reports"),
            List.of("name", "Full Name", "Employee Name", "Holder", "Display Name"),
            List.of("title", "Job Title", "Position", "Role", "Designation"),
            List.of("email", "Email Address", "Work Email", "Contact E-mail", "E-mail"),
            List.of("department", "Dept", "Unit", "Division", "Department Name"));
    private static final List<String> FIRST = List.of("Ana", "Bo", "Kim", "Li", "Ed", "Ola", "Sam", "Jo");
    private static final List<String> TITLES = List.of("Chief Executive", "Head of Sales", "Accountant", "Clerk",
            "Engineer", "Director of Operations");
    private static final List<String> DEPARTMENTS = List.of("Board", "Sales", "Finance", "Operations");

    /**
     * One generated HR file.
     *
     * @param rows    the cells of each row, in {@link #PLAIN} order
     * @param headers the renamed header of each column, in {@link #PLAIN} order
     * @param order   the order the columns are written in: column k of the file is {@code order.get(k)}
     */
    record HrFile(List<List<String>> rows, List<String> headers, List<Integer> order) {

        String plain() {
            return text(PLAIN, List.of(0, 1, 2, 3, 4, 5));
        }

        String renamedAndShuffled() {
            return text(headers, order);
        }

        private String text(List<String> names, List<Integer> columns) {
            StringBuilder out = new StringBuilder();
            for (int k = 0; k < columns.size(); k++) {
                out.append(k == 0 ? "" : ",").append(names.get(columns.get(k)));
            }
            out.append('\n');
            for (List<String> row : rows) {
                for (int k = 0; k < columns.size(); k++) {
                    out.append(k == 0 ? "" : ",").append(row.get(columns.get(k)));
                }
                out.append('\n');
            }
            return out.toString();
        }
    }

    /** A row's manager: -1 for a top post (the first row always is), else an earlier row, named in one of three ways. */
    record Link(int manager, int how) {
    }

    @Provide
    Arbitrary<HrFile> files() {
        Arbitrary<Link> link = Combinators.combine(Arbitraries.integers().between(-1, 40),
                Arbitraries.integers().between(0, 2)).as(Link::new);
        Arbitrary<List<Link>> links = link.list().ofMinSize(2).ofMaxSize(30);
        Arbitrary<List<String>> headers = Combinators.combine(SYNONYMS.stream().map(Arbitraries::of).toList())
                .as(List::copyOf);
        Arbitrary<List<Integer>> order = Arbitraries.shuffle(0, 1, 2, 3, 4, 5);
        Arbitrary<List<Integer>> picks = Arbitraries.integers().between(0, 1000).list().ofSize(30);
        Arbitrary<Integer> idBase = Arbitraries.integers().between(1, 90_000);
        return Combinators.combine(links, headers, order, picks, idBase).as(ColumnOrderPropertiesTest::file);
    }

    private static HrFile file(List<Link> links, List<String> headers, List<Integer> order, List<Integer> picks,
                               int idBase) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            Link l = links.get(i);
            // The first row is the top post; the second always reports, so the file is never flat.
            int manager = i == 0 ? -1 : i == 1 ? 0 : l.manager() < 0 ? -1 : l.manager() % i;
            String ref = "";
            if (manager >= 0) {
                ref = switch (l.how()) {
                    case 0 -> id(idBase, manager);
                    case 1 -> name(manager, picks);
                    default -> email(manager);
                };
            }
            rows.add(List.of(id(idBase, i), ref, name(i, picks), TITLES.get(picks.get(i) % TITLES.size()),
                    email(i), DEPARTMENTS.get((picks.get(i) / 7) % DEPARTMENTS.size())));
        }
        return new HrFile(rows, headers, order);
    }

    private static String id(int base, int row) {
        return "E" + (base + row);
    }

    private static String name(int row, List<Integer> picks) {
        return FIRST.get(picks.get(row) % FIRST.size()) + " Surname" + row;
    }

    private static String email(int row) {
        return "person" + row + "@example.org";
    }

    private static ImportResult importDetected(String text) throws Exception {
        CsvTable table = Csv.read(text);
        return CsvImport.importTable(table, ColumnMapping.detect(table, ColumnMapping.Extras.NOTES),
                ImportOptions.titled("Property"));
    }

    /** What the chart says about each position, in file order: id, manager, holder, title, department. */
    private static List<List<String>> structure(Chart chart) {
        List<List<String>> out = new ArrayList<>();
        for (Position p : chart.inTreeOrder()) {
            out.add(List.of(p.id().value(), p.reportsTo() == null ? "" : p.reportsTo().value(), p.holder(), p.title(),
                    p.department()));
        }
        return out;
    }

    @Property(tries = 300)
    void shuffledAndRenamedColumnsGiveTheSameChart(@ForAll("files") HrFile file) throws Exception {
        ImportResult plain = importDetected(file.plain());
        ImportResult other = importDetected(file.renamedAndShuffled());

        assertEquals(List.of(), plain.problems(), file.plain());
        assertEquals(List.of(), other.problems(), file.renamedAndShuffled());
        assertEquals(structure(plain.chart()), structure(other.chart()), file.renamedAndShuffled());
        assertEquals(plain.chart().roots(), other.chart().roots());
        assertEquals(plain.figures(), other.figures());
    }
}
