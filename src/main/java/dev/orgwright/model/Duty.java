package dev.orgwright.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Something a position is expected to do, in the user's words ("Owns the yearly budget"),
 * optionally linked to a {@link Responsibility} of the tier catalog by its id. A linked duty
 * is checked against that responsibility; a free one is matched by its words.
 *
 * @param text             what the duty says; not blank
 * @param responsibilityId the id of the catalog responsibility it is linked to, or {@code null}
 * @param unknownFields    fields of the document this version does not know
 */
public record Duty(String text, String responsibilityId, UnknownFields unknownFields) {

    /** Checks the text and normalises an empty link to none. */
    public Duty {
        Objects.requireNonNull(text, "text");
        if (Blank.isBlank(text)) {
            throw new IllegalArgumentException("A duty needs some text.");
        }
        if (responsibilityId != null && Blank.isBlank(responsibilityId)) {
            responsibilityId = null;
        }
        unknownFields = unknownFields == null ? UnknownFields.NONE : unknownFields;
    }

    /** A free-text duty, not linked to the catalog. */
    public static Duty of(String text) {
        return new Duty(text, null, UnknownFields.NONE);
    }

    /** A duty linked to a responsibility of the catalog. */
    public static Duty linked(String text, String responsibilityId) {
        return new Duty(text, responsibilityId, UnknownFields.NONE);
    }

    /** The linked responsibility's id, when the duty is linked. */
    public Optional<String> responsibility() {
        return Optional.ofNullable(responsibilityId);
    }
}
