package dev.orgwright.model.diff;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Edit;
import dev.orgwright.model.PositionId;
import java.util.Objects;
import java.util.Optional;

/**
 * One difference between two charts, in words and as an edit. The changes of a
 * {@link ChartDiff} are listed in an order in which their edits can be applied one after the
 * other to the old chart, which then becomes the new one exactly.
 */
public final class Change {

    private final ChangeKind kind;
    private final PositionId position;
    private final String title;
    private final String before;
    private final String after;
    private final PositionId related;
    private final String description;
    private final Edit edit;
    /** What the change hides (private values and the sentence naming them); null when it hides nothing. */
    private final Change shown;

    Change(ChangeKind kind, PositionId position, String title, String before, String after, PositionId related,
           String description, Edit edit) {
        this(kind, position, title, before, after, related, description, edit, null);
    }

    /**
     * A change whose private values are left out of {@code before}, {@code after} and
     * {@code description}; {@code shown} is the same change with them, for {@link #withPrivateValues()}.
     */
    Change(ChangeKind kind, PositionId position, String title, String before, String after, PositionId related,
           String description, Edit edit, Change shown) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.position = position;
        this.title = title == null ? "" : title;
        this.before = before == null ? "" : before;
        this.after = after == null ? "" : after;
        this.related = related;
        this.description = Objects.requireNonNull(description, "description");
        this.edit = Objects.requireNonNull(edit, "edit");
        this.shown = shown;
    }

    /** Whether the change leaves out private values (a cost, a private field's value) that the user may ask to see. */
    public boolean hidesPrivateValues() {
        return shown != null;
    }

    /**
     * The same change with its private values in {@link #before()}, {@link #after()} and the
     * description ("The cost of 'CTO' is now 130000 GBP (was 120000 GBP)."), for a user who asked
     * for private data; itself when it hides nothing. The edit is the same.
     */
    public Change withPrivateValues() {
        return shown == null ? this : shown;
    }

    public ChangeKind kind() {
        return kind;
    }

    /** The position it is about (its id in the new chart, or the old one for a removal); empty for the chart itself. */
    public Optional<PositionId> position() {
        return Optional.ofNullable(position);
    }

    /** The position's title (the new one; the old one for a removal), or the chart's title. */
    public String title() {
        return title;
    }

    /** What it was, in words ("CTO" for a move from under the CTO); empty when it did not exist. */
    public String before() {
        return before;
    }

    /** What it is now, in words; empty when it no longer exists. */
    public String after() {
        return after;
    }

    /**
     * The other position involved: the old manager of a moved position, the position a duty
     * came from, the dotted-line manager of an added or removed dotted line.
     */
    public Optional<PositionId> related() {
        return Optional.ofNullable(related);
    }

    /** One sentence: "'Head of IT' moved from under 'CTO' to under 'CFO'." */
    public String description() {
        return description;
    }

    /** The edit that makes this change, in its place in the list. */
    public Edit edit() {
        return edit;
    }

    /** Applies the change to {@code chart}, which must be the old chart with every earlier change applied. */
    public Chart applyTo(Chart chart) {
        return edit.apply(chart);
    }

    /**
     * For debugging and test failures: the English kind ({@link ChangeKind#label()}) and the
     * description. Never shown to people, who read {@link #description()} and
     * {@link ChangeKind#text()}.
     */
    @Override
    public String toString() {
        return kind.label() + ": " + description;
    }
}
