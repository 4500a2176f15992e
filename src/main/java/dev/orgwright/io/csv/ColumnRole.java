package dev.orgwright.io.csv;

import java.util.Locale;
import java.util.Optional;

/**
 * What a column of an imported file means for the chart. Every role but {@link #EXTRA_NOTE},
 * {@link #CUSTOM_FIELD} and {@link #IGNORED} belongs to at most one column.
 */
public enum ColumnRole {
    /** The position's id; without an id column, ids are made from the row numbers. */
    ID("id"),
    /** The manager: an id, or the full name of a person when no id matches. */
    MANAGER("manager"),
    /** The holder's full name. */
    FULL_NAME("name"),
    /** The holder's first name, put before the last name. */
    FIRST_NAME("first-name"),
    /** The holder's last name. */
    LAST_NAME("last-name"),
    /** The job title. */
    TITLE("title"),
    DEPARTMENT("department"),
    /** A tier, by its id or its name. */
    TIER("tier"),
    /** Duties, several in one cell separated by ';' or '|'. */
    DUTIES("duties"),
    /** The position's notes, taken as written. */
    NOTES("notes"),
    /** The full-time equivalent the position stands for: 1 for one full-time role, 12.5 for a pool. */
    FTE("fte"),
    /** The pay grade or band ("SCS2", "Band B1"); a tier that lists the grade gives the tier. */
    GRADE("grade"),
    /** A salary-like amount that fills the position's cost; private. */
    COST("cost"),
    /** The bottom of a pay band or payscale; with {@link #PAY_CEILING} it gives the cost at the midpoint. */
    PAY_FLOOR("pay-floor"),
    /** The top of a pay band or payscale. */
    PAY_CEILING("pay-ceiling"),
    /** The holder's e-mail: used to find managers named by e-mail, kept as a private field. */
    EMAIL("email"),
    /** The position's status (planned, closing). */
    STATUS("status"),
    /** A photo: a local file path or a file name. */
    PHOTO("photo"),
    /** Another column, kept as a custom field of the chart with its type inferred. */
    CUSTOM_FIELD("field"),
    /** Another column, kept in the notes as "Header: value". */
    EXTRA_NOTE("extra"),
    /** Another column, not imported. */
    IGNORED("ignore");

    private final String key;

    ColumnRole(String key) {
        this.key = key;
    }

    /**
     * The role's name on the command line ({@code --map manager=COLUMN}): lower case, words joined
     * by '-', stable across versions so that scripts keep working.
     */
    public String key() {
        return key;
    }

    /** The role whose {@link #key()} is {@code key}, in any case. */
    public static Optional<ColumnRole> byKey(String key) {
        String wanted = key.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (ColumnRole role : values()) {
            if (role.key.equals(wanted)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /** How the role is shown to a user ("manager", "kept in notes"). */
    public String label() {
        return dev.orgwright.io.IoTexts.t("io.role." + key);
    }

    /** Whether at most one column may have this role. */
    public boolean isUnique() {
        return this != EXTRA_NOTE && this != IGNORED && this != CUSTOM_FIELD;
    }
}
