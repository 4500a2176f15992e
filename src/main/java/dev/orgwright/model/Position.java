package dev.orgwright.model;

import java.util.List;
import java.util.Objects;

/**
 * A box of the org chart: a role, held by someone or vacant, in a tier, with duties and one
 * manager. Where a position sits among its siblings is kept by the {@link Chart}, not here.
 *
 * @param id            unique within the chart
 * @param title         the role ("Chief Financial Officer"); not blank
 * @param holder        who holds it; empty when the position is vacant
 * @param tierId        the id of its tier, or {@code null} when not decided yet
 * @param duties        what it is expected to do, in order
 * @param reportsTo     its manager, or {@code null} for a root
 * @param dottedLines   secondary (dotted-line) managers, in order, without repeats
 * @param department    the department it belongs to; may be empty
 * @param notes         free notes; may be empty
 * @param assistant     whether it is an assistant to its manager (drawn beside, not below)
 * @param unknownFields fields of the document this version does not know
 */
public record Position(PositionId id, String title, String holder, String tierId, List<Duty> duties,
                       PositionId reportsTo, List<PositionId> dottedLines, String department,
                       String notes, boolean assistant, UnknownFields unknownFields) {

    /** Checks the id and title, and normalises absent text to empty. */
    public Position {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        if (title.isBlank()) {
            throw new IllegalArgumentException("Position '" + id + "' needs a title.");
        }
        holder = holder == null ? "" : holder;
        tierId = tierId == null || tierId.isBlank() ? null : tierId;
        duties = List.copyOf(duties);
        dottedLines = List.copyOf(dottedLines);
        if (dottedLines.stream().distinct().count() != dottedLines.size()) {
            throw new IllegalArgumentException("Position '" + id + "' lists a dotted-line manager twice.");
        }
        department = department == null ? "" : department;
        notes = notes == null ? "" : notes;
        unknownFields = unknownFields == null ? UnknownFields.NONE : unknownFields;
    }

    /** A new position with only an id, a title and a tier; vacant, a root, no duties. */
    public static Position of(String id, String title, String tierId) {
        return new Position(PositionId.of(id), title, "", tierId, List.of(), null, List.of(), "", "", false,
                UnknownFields.NONE);
    }

    public boolean isVacant() {
        return holder.isBlank();
    }

    public boolean isRoot() {
        return reportsTo == null;
    }

    public Position withTitle(String v) {
        return new Position(id, v, holder, tierId, duties, reportsTo, dottedLines, department, notes, assistant, unknownFields);
    }

    public Position withHolder(String v) {
        return new Position(id, title, v, tierId, duties, reportsTo, dottedLines, department, notes, assistant, unknownFields);
    }

    public Position withTier(String v) {
        return new Position(id, title, holder, v, duties, reportsTo, dottedLines, department, notes, assistant, unknownFields);
    }

    public Position withDuties(List<Duty> v) {
        return new Position(id, title, holder, tierId, v, reportsTo, dottedLines, department, notes, assistant, unknownFields);
    }

    public Position withReportsTo(PositionId v) {
        return new Position(id, title, holder, tierId, duties, v, dottedLines, department, notes, assistant, unknownFields);
    }

    public Position withDottedLines(List<PositionId> v) {
        return new Position(id, title, holder, tierId, duties, reportsTo, v, department, notes, assistant, unknownFields);
    }

    public Position withDepartment(String v) {
        return new Position(id, title, holder, tierId, duties, reportsTo, dottedLines, v, notes, assistant, unknownFields);
    }

    public Position withNotes(String v) {
        return new Position(id, title, holder, tierId, duties, reportsTo, dottedLines, department, v, assistant, unknownFields);
    }

    public Position withAssistant(boolean v) {
        return new Position(id, title, holder, tierId, duties, reportsTo, dottedLines, department, notes, v, unknownFields);
    }

    public Position withUnknownFields(UnknownFields v) {
        return new Position(id, title, holder, tierId, duties, reportsTo, dottedLines, department, notes, assistant, v);
    }
}
