package dev.orgwright.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Something a position is expected to do, in the user's words ("Owns the yearly budget"),
 * optionally linked to a {@link Responsibility} of the tier catalog by its id. A linked duty
 * is checked against that responsibility; a free one is matched by its words. A link carries the
 * position's {@link RaciRole} in that responsibility, Responsible unless said otherwise.
 *
 * @param text             what the duty says; not blank
 * @param responsibilityId the id of the catalog responsibility it is linked to, or {@code null}
 * @param role             the role in the linked responsibility; {@code null} exactly when not linked
 * @param unknownFields    fields of the document this version does not know
 */
public record Duty(String text, String responsibilityId, RaciRole role, UnknownFields unknownFields) {

    /** Checks the text, normalises an empty link to none, and gives a link without a role R. */
    public Duty {
        Objects.requireNonNull(text, "text");
        if (Blank.isBlank(text)) {
            throw new IllegalArgumentException("A duty needs some text.");
        }
        if (responsibilityId != null && Blank.isBlank(responsibilityId)) {
            responsibilityId = null;
        }
        if (responsibilityId == null && role != null) {
            throw new IllegalArgumentException("A duty has a role only when it is linked to a responsibility.");
        }
        if (responsibilityId != null && role == null) {
            role = RaciRole.RESPONSIBLE;
        }
        unknownFields = unknownFields == null ? UnknownFields.NONE : unknownFields;
    }

    /** A duty with the default role: Responsible when linked, none when free. */
    public Duty(String text, String responsibilityId, UnknownFields unknownFields) {
        this(text, responsibilityId, null, unknownFields);
    }

    /** A free-text duty, not linked to the catalog. */
    public static Duty of(String text) {
        return new Duty(text, null, UnknownFields.NONE);
    }

    /** A duty linked to a responsibility of the catalog, as Responsible. */
    public static Duty linked(String text, String responsibilityId) {
        return new Duty(text, responsibilityId, UnknownFields.NONE);
    }

    /** A duty linked to a responsibility of the catalog with a role. */
    public static Duty linked(String text, String responsibilityId, RaciRole role) {
        return new Duty(text, responsibilityId, role, UnknownFields.NONE);
    }

    /** The linked responsibility's id, when the duty is linked. */
    public Optional<String> responsibility() {
        return Optional.ofNullable(responsibilityId);
    }

    /** The same duty with other words; its link and role stay. */
    public Duty withText(String newText) {
        return new Duty(newText, responsibilityId, role, unknownFields);
    }

    /** The same duty with another role in its responsibility. */
    public Duty withRole(RaciRole newRole) {
        return new Duty(text, responsibilityId, newRole, unknownFields);
    }

    /** Whether the duty makes its position accountable for its responsibility. */
    public boolean isAccountable() {
        return role == RaciRole.ACCOUNTABLE;
    }
}
