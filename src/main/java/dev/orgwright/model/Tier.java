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
 * @param grades           the pay grades or bands whose positions belong in this tier ("SCS3",
 *                         "Band A"), so that an imported grade column gives each position its tier;
 *                         none blank, none twice (ignoring case)
 * @param unknownFields    fields of the document this version does not know
 */
public record Tier(String id, String name, int rank, List<String> typicalTitles,
                   List<Responsibility> responsibilities, List<String> grades, UnknownFields unknownFields) {

    /** Checks the id, name, rank and grades, and copies the lists. */
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
        grades = grades == null ? List.of() : List.copyOf(grades);
        String gradeProblem = gradesProblem(grades);
        if (gradeProblem != null) {
            throw new IllegalArgumentException("Tier '" + id + "': " + gradeProblem);
        }
        unknownFields = unknownFields == null ? UnknownFields.NONE : unknownFields;
    }

    /** A tier as it was before grades: it lists none. */
    public Tier(String id, String name, int rank, List<String> typicalTitles,
                List<Responsibility> responsibilities, UnknownFields unknownFields) {
        this(id, name, rank, typicalTitles, responsibilities, List.of(), unknownFields);
    }

    /** A tier with no grades and no unknown fields. */
    public static Tier of(String id, String name, int rank, List<String> typicalTitles,
                          List<Responsibility> responsibilities) {
        return new Tier(id, name, rank, typicalTitles, responsibilities, List.of(), UnknownFields.NONE);
    }

    /**
     * Why {@code grades} cannot be one tier's grades, as a sentence ("The grade 'SCS2' is listed
     * twice."), or {@code null} when they can.
     */
    public static String gradesProblem(List<String> grades) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String g : grades) {
            if (g == null || Blank.isBlank(g)) {
                return ModelTexts.t("model.tier.gradeBlank");
            }
            if (!seen.add(gradeKey(g))) {
                return ModelTexts.t("model.tier.gradeTwice", g.strip());
            }
        }
        return null;
    }

    /** A grade as it is compared: spaces around it and case do not count ("scs2 " is "SCS2"). */
    public static String gradeKey(String grade) {
        return Blank.strip(grade).toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether this tier lists {@code grade}, ignoring case and spaces around it. */
    public boolean holdsGrade(String grade) {
        String key = gradeKey(grade);
        return grades.stream().anyMatch(g -> gradeKey(g).equals(key));
    }

    /** The responsibility with this id, if the tier has it. */
    public Optional<Responsibility> responsibility(String responsibilityId) {
        return responsibilities.stream().filter(r -> r.id().equals(responsibilityId)).findFirst();
    }

    public Tier withName(String newName) {
        return new Tier(id, newName, rank, typicalTitles, responsibilities, grades, unknownFields);
    }

    public Tier withRank(int newRank) {
        return new Tier(id, name, newRank, typicalTitles, responsibilities, grades, unknownFields);
    }

    public Tier withTypicalTitles(List<String> titles) {
        return new Tier(id, name, rank, titles, responsibilities, grades, unknownFields);
    }

    public Tier withResponsibilities(List<Responsibility> newResponsibilities) {
        return new Tier(id, name, rank, typicalTitles, newResponsibilities, grades, unknownFields);
    }

    /** With the grades {@code newGrades}, which must be none blank and none twice. */
    public Tier withGrades(List<String> newGrades) {
        return new Tier(id, name, rank, typicalTitles, responsibilities, newGrades, unknownFields);
    }
}
