package dev.orgwright.render;

import java.util.List;

/**
 * The lines a card shows, broken to fit its width: the title, the holder and the duties. The
 * sizing of cards and the painter compute it the same way ({@link CardContent#text}), so a card
 * is exactly as tall as its lines need.
 *
 * @param title  the title's lines, at least one
 * @param holder the holder's lines; none when holders are not shown
 * @param duties the duties' lines, a duty's first line starting with its bullet
 */
public record CardText(List<String> title, List<String> holder, List<DutyLine> duties) {

    public CardText {
        title = List.copyOf(title);
        holder = List.copyOf(holder);
        duties = List.copyOf(duties);
        if (title.isEmpty()) {
            throw new IllegalArgumentException("A card has at least one title line.");
        }
    }

    /**
     * One line of the duties.
     *
     * @param text        the text of the line
     * @param continuation whether it carries on the duty of the line above, indented past the bullet
     */
    public record DutyLine(String text, boolean continuation) {
    }
}
