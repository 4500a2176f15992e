package dev.orgwright.io.csv;

/**
 * What a column of an imported file means for the chart. Every role but {@link #EXTRA_NOTE} and
 * {@link #IGNORED} belongs to at most one column.
 */
public enum ColumnRole {
    /** The position's id; without an id column, ids are made from the row numbers. */
    ID("id"),
    /** The manager: an id, or the full name of a person when no id matches. */
    MANAGER("manager"),
    /** The holder's full name. */
    FULL_NAME("holder's full name"),
    /** The holder's first name, put before the last name. */
    FIRST_NAME("holder's first name"),
    /** The holder's last name. */
    LAST_NAME("holder's last name"),
    /** The job title. */
    TITLE("title"),
    DEPARTMENT("department"),
    /** A tier, by its id or its name. */
    TIER("tier"),
    /** Duties, several in one cell separated by ';' or '|'. */
    DUTIES("duties"),
    /** The position's notes, taken as written. */
    NOTES("notes"),
    /** Another column, kept in the notes as "Header: value". */
    EXTRA_NOTE("kept in notes"),
    /** Another column, not imported. */
    IGNORED("ignored");

    private final String label;

    ColumnRole(String label) {
        this.label = label;
    }

    /** How the role is shown to a user ("manager", "kept in notes"). */
    public String label() {
        return label;
    }

    /** Whether at most one column may have this role. */
    public boolean isUnique() {
        return this != EXTRA_NOTE && this != IGNORED;
    }
}
