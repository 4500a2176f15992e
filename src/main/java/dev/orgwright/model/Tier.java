package dev.orgwright.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A level of management: Senior Management, Executive Management, or whatever a chart adds
 * (a Board above, Staff below). Tiers are ordered by rank, 1 being the highest; a position
 * should be managed by a position of its own tier or a higher one.
 *
 * @param id               unique within the chart, stable across renames ("senior")
 * @param name             shown to the user ("Senior Management")
 * @param rank             1 for the highest tier; unique within the chart
 * @param typicalTitles    titles that belong in this tier ("Chief Executive Officer", "CFO")
 * @param responsibilities what positions of this tier are there to do
 * @param unknownFields    fields of the document this version does not know
 */
public record Tier(String id, String name, int rank, List<String> typicalTitles,
                   List<Responsibility> responsibilities, UnknownFields unknownFields) {

    /** Checks the id, name and rank, and copies the lists. */
    public Tier {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (Blank.isBlank(id)) {
            throw new IllegalArgumentException("A tier id cannot be blank.");
        }
        if (rank < 1) {
            throw new IllegalArgumentException("A tier's rank starts at 1, not " + rank + ".");
        }
        typicalTitles = List.copyOf(typicalTitles);
        responsibilities = List.copyOf(responsibilities);
        unknownFields = unknownFields == null ? UnknownFields.NONE : unknownFields;
    }

    /** A tier with no unknown fields. */
    public static Tier of(String id, String name, int rank, List<String> typicalTitles,
                          List<Responsibility> responsibilities) {
        return new Tier(id, name, rank, typicalTitles, responsibilities, UnknownFields.NONE);
    }

    /** The responsibility with this id, if the tier has it. */
    public Optional<Responsibility> responsibility(String responsibilityId) {
        return responsibilities.stream().filter(r -> r.id().equals(responsibilityId)).findFirst();
    }

    public Tier withName(String newName) {
        return new Tier(id, newName, rank, typicalTitles, responsibilities, unknownFields);
    }

    public Tier withRank(int newRank) {
        return new Tier(id, name, newRank, typicalTitles, responsibilities, unknownFields);
    }

    public Tier withTypicalTitles(List<String> titles) {
        return new Tier(id, name, rank, titles, responsibilities, unknownFields);
    }

    public Tier withResponsibilities(List<Responsibility> newResponsibilities) {
        return new Tier(id, name, rank, typicalTitles, newResponsibilities, unknownFields);
    }
}
