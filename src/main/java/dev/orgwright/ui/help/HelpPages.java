package dev.orgwright.ui.help;

import dev.orgwright.model.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The help, bundled with the program: {@code help/<language>/contents.txt} lists the pages in
 * order, each a Markdown file beside it. A language without its own page gets the English one,
 * so a page added in English is never missing.
 */
public final class HelpPages {

    private static final String BASE = "/dev/orgwright/ui/help/";

    private HelpPages() {
    }

    /** The pages in the order of the table of contents, in {@code language} where translated. */
    public static List<HelpPage> load(Locale language) {
        List<HelpPage> pages = new ArrayList<>();
        for (String line : read("en/contents.txt").split("\r?\n")) {
            String id = line.strip();
            if (!id.isEmpty() && !id.startsWith("#")) {
                pages.add(HelpPage.parse(id, page(language, id)));
            }
        }
        return pages;
    }

    /** The pages in the program's language now. */
    public static List<HelpPage> load() {
        return load(Messages.locale());
    }

    private static String page(Locale language, String id) {
        String own = language.getLanguage() + "/" + id + ".md";
        return HelpPages.class.getResource(BASE + own) != null ? read(own) : read("en/" + id + ".md");
    }

    private static String read(String path) {
        try (InputStream in = HelpPages.class.getResourceAsStream(BASE + path)) {
            if (in == null) {
                throw new IllegalStateException("The help page " + path + " is missing from the program.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
