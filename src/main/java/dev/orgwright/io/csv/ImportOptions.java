package dev.orgwright.io.csv;

import dev.orgwright.model.FieldDefinition;
import dev.orgwright.model.Templates;
import dev.orgwright.model.Tier;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the imported chart is made with besides the file.
 *
 * @param title   the chart's title (the file name, usually)
 * @param tiers   the chart's tiers, used for the tier column and to read tiers from titles
 * @param privacy whether a column kept as a field is private, by 0-based column, where the user
 *                decided; the other columns are private when their names or values look personal
 *                ({@link PersonalData})
 * @param fields  fields the chart already knows (those of a chart exported to CSV, imported
 *                again): a column named as one of them takes its type, choices and privacy
 *                instead of having them inferred
 */
public record ImportOptions(String title, List<Tier> tiers, Map<Integer, Boolean> privacy,
                            List<FieldDefinition> fields) {

    /** Checks the title and copies the tiers, the privacy choices and the fields. */
    public ImportOptions {
        Objects.requireNonNull(title, "title");
        tiers = List.copyOf(tiers);
        privacy = Map.copyOf(privacy);
        fields = List.copyOf(fields);
    }

    /** Options where the privacy and type of every column is read from the file. */
    public ImportOptions(String title, List<Tier> tiers) {
        this(title, tiers, Map.of(), List.of());
    }

    /** A chart called {@code title} with the default template's tiers. */
    public static ImportOptions titled(String title) {
        return new ImportOptions(title, Templates.leadershipTeam());
    }

    /** These options with the user's privacy choices, by 0-based column. */
    public ImportOptions withPrivacy(Map<Integer, Boolean> choices) {
        return new ImportOptions(title, tiers, choices, fields);
    }

    /** These options with fields already known by name. */
    public ImportOptions withFields(List<FieldDefinition> known) {
        return new ImportOptions(title, tiers, privacy, known);
    }
}
