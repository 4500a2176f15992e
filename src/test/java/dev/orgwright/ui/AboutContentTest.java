package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Help → About names every library the program ships, in step with pom.xml. */
class AboutContentTest {

    /** The dependencies of pom.xml that ship with the program (not test-only), with versions. */
    private static Map<String, String> shippedDependencies;

    @BeforeAll
    static void readPom() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        Element project = pom.getDocumentElement();
        Map<String, String> properties = new HashMap<>();
        Element props = child(project, "properties");
        for (Node n = props.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                properties.put(e.getTagName(), e.getTextContent().trim());
            }
        }
        shippedDependencies = new LinkedHashMap<>();
        NodeList dependencies = child(project, "dependencies").getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element d = (Element) dependencies.item(i);
            String scope = text(d, "scope").orElse("compile");
            if (scope.equals("test") || scope.equals("provided")) {
                continue;
            }
            shippedDependencies.put(text(d, "groupId").orElseThrow() + ":" + text(d, "artifactId").orElseThrow(),
                    resolve(text(d, "version").orElseThrow(), properties));
        }
    }

    @Test
    void everyShippedDependencyOfThePomIsListedWithItsVersion() {
        assertFalse(shippedDependencies.isEmpty(), "pom.xml was read");
        Map<String, String> listed = new HashMap<>();
        AboutContent.shippedLibraries().forEach(l -> listed.put(l.coordinates(), l.version()));
        shippedDependencies.forEach((coordinates, version) ->
                assertEquals(version, listed.get(coordinates), coordinates + " in libraries.tsv"));
    }

    @Test
    void everyListedLibraryIsADependencyOrIsBroughtByOne() {
        for (AboutContent.Library library : AboutContent.shippedLibraries()) {
            String origin = library.broughtBy().orElse(library.coordinates());
            assertTrue(shippedDependencies.containsKey(origin),
                    library.coordinates() + " is neither in pom.xml nor brought by a dependency of it");
            assertFalse(library.licence().isBlank(), library.coordinates() + " has a licence");
        }
    }

    @Test
    void theTextNamesVersionLicenceRuntimeAndEachLibraryWithItsLicence() {
        AboutContent about = AboutContent.of("Orgwright", "1.2.3");
        String text = about.asText();
        assertTrue(text.startsWith("Orgwright 1.2.3\n"), text);
        assertTrue(text.contains("Licensed under the Apache License 2.0."), text);
        assertTrue(text.contains("Java " + Runtime.version()), text);
        for (AboutContent.Library library : about.libraries()) {
            assertTrue(text.contains(library.name() + " " + library.version() + " — " + library.licence()),
                    library.name());
        }
    }

    @Test
    void aBrokenLineIsRefusedRatherThanShownHalf() {
        assertThrows(IllegalStateException.class, () -> AboutContent.parse(List.of("org.example:lib\t1.0")));
        assertEquals(List.of(), AboutContent.parse(List.of("# a comment", "")));
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        throw new IllegalStateException("pom.xml has no <" + name + ">");
    }

    private static Optional<String> text(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return Optional.of(e.getTextContent().trim());
            }
        }
        return Optional.empty();
    }

    private static String resolve(String value, Map<String, String> properties) {
        Matcher m = Pattern.compile("\\$\\{([^}]+)}").matcher(value);
        StringBuilder resolved = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(resolved, Matcher.quoteReplacement(properties.getOrDefault(m.group(1), m.group())));
        }
        return m.appendTail(resolved).toString();
    }
}
