package dev.orgwright.io.csv;

import dev.orgwright.model.Templates;
import dev.orgwright.model.Tier;
import java.util.List;
import java.util.Objects;

/**
 * What the imported chart is made with besides the file.
 *
 * @param title the chart's title (the file name, usually)
 * @param tiers the chart's tiers, used for the tier column and to read tiers from titles
 */
public record ImportOptions(String title, List<Tier> tiers) {

    /** Checks the title and copies the tiers. */
    public ImportOptions {
        Objects.requireNonNull(title, "title");
        tiers = List.copyOf(tiers);
    }

    /** A chart called {@code title} with the default template's tiers. */
    public static ImportOptions titled(String title) {
        return new ImportOptions(title, Templates.leadershipTeam());
    }
}
