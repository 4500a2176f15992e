package dev.orgwright.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The Info.plist the macOS build gives jpackage: the chart type is a UTI that conforms to
 * public.json with the two-part extension, the app opens it as its owner, and the versions are
 * jpackage's to fill in from the pom's version, like the other packages'.
 */
class MacInfoPlistTest {

    private static final Path PLIST = Path.of("packaging", "macos", "resources", "Info.plist");

    /** A plist dictionary as a map: strings, lists and maps. */
    private static Map<String, Object> dict(Element dict) {
        Map<String, Object> map = new LinkedHashMap<>();
        String key = null;
        for (Node n = dict.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                if (e.getTagName().equals("key")) {
                    key = e.getTextContent();
                } else {
                    map.put(key, value(e));
                }
            }
        }
        return map;
    }

    private static Object value(Element e) {
        return switch (e.getTagName()) {
            case "dict" -> dict(e);
            case "array" -> {
                List<Object> list = new ArrayList<>();
                for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element c) {
                        list.add(value(c));
                    }
                }
                yield list;
            }
            default -> e.getTextContent();
        };
    }

    @Test
    @SuppressWarnings("unchecked")
    void theChartTypeConformsToJsonAndTheVersionsComeFromThePom() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Element root = factory.newDocumentBuilder().parse(Files.newInputStream(PLIST)).getDocumentElement();
        Map<String, Object> plist = dict((Element) root.getElementsByTagName("dict").item(0));

        assertEquals("DEPLOY_BUNDLE_SHORT_VERSION", plist.get("CFBundleShortVersionString"));
        assertEquals("DEPLOY_BUNDLE_CFBUNDLE_VERSION", plist.get("CFBundleVersion"));
        Map<String, Object> type = ((List<Map<String, Object>>) plist.get("UTExportedTypeDeclarations")).get(0);
        assertEquals("dev.orgwright.chart", type.get("UTTypeIdentifier"));
        assertEquals(List.of("public.json"), type.get("UTTypeConformsTo"));
        Map<String, Object> tags = (Map<String, Object>) type.get("UTTypeTagSpecification");
        assertEquals(List.of("orgchart.json"), tags.get("public.filename-extension"));
        List<Map<String, Object>> documents = (List<Map<String, Object>>) plist.get("CFBundleDocumentTypes");
        assertTrue(documents.stream().anyMatch(d -> "Owner".equals(d.get("LSHandlerRank"))
                && List.of("dev.orgwright.chart").equals(d.get("LSItemContentTypes"))), documents.toString());
    }
}
