package dev.orgwright.render.export;

/** Escaping for XML text and attributes, and dropping what XML 1.0 cannot carry at all. */
final class Xml {

    private Xml() {
    }

    static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        if (c == 0xFFFE || c == 0xFFFF) {
                            out.append('\uFFFD');
                        } else {
                            out.append(c);
                        }
                    } else {
                        out.append('\uFFFD'); // control characters are not allowed in XML 1.0
                    }
                }
            }
        }
    }

    /** Whether {@code id} can follow "position-" in an XML id (letters, digits, '-', '_', '.'). */
    static boolean isName(String id) {
        if (id.isEmpty()) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
                    || c == '.')) {
                return false;
            }
        }
        return true;
    }
}
