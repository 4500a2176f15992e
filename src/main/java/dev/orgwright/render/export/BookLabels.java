package dev.orgwright.render.export;

import java.util.Objects;

/**
 * The words a book export prints, in the reader's language: the caller (the command line, the
 * export dialog) takes them from its texts.
 *
 * @param continuesOn the marker on a folded card, with {@code {0}} for the page its team continues on ("→ p. {0}")
 * @param index       the heading of the index pages
 * @param part        a team spread over several pages, with {@code {0}} for the team's path, {@code {1}} for the
 *                    part and {@code {2}} for the number of parts ("{0} (part {1} of {2})")
 * @param page        the footer, with {@code {0}} for the page number and {@code {1}} for the number of pages
 */
public record BookLabels(String continuesOn, String index, String part, String page) {

    public BookLabels {
        Objects.requireNonNull(continuesOn, "continuesOn");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(page, "page");
    }

    String continuesOn(int page) {
        return continuesOn.replace("{0}", String.valueOf(page));
    }

    String part(String path, int number, int of) {
        return part.replace("{0}", path).replace("{1}", String.valueOf(number)).replace("{2}", String.valueOf(of));
    }

    String page(int number, int of) {
        return page.replace("{0}", String.valueOf(number)).replace("{1}", String.valueOf(of));
    }
}
