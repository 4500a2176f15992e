package dev.orgwright.io.csv;

import dev.orgwright.model.PositionStatus;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words HR files put where a name or a status would be. A holder cell can say that nobody
 * holds the post ({@code Vacant}, {@code TBC}), that someone does but the name is withheld
 * ({@code N/D}, {@code Redacted}), or that the post is going ({@code Eliminated}); a status
 * cell says {@code planned} or {@code closing} in one of several words. Case, spaces, dots,
 * slashes and stray quotes do not matter: {@code 'Eliminated'}, {@code N/D'}, {@code ND} and
 * {@code "Vacant"} are all read.
 */
public final class Placeholders {

    /** What the CSV export writes for a holder who is not disclosed; the import reads it back. */
    public static final String NOT_DISCLOSED = "Not disclosed";

    /** What a holder cell says when it is not a name. */
    public enum Holder {
        /** Nobody holds the post. */
        VACANT,
        /** Someone holds it; the name is not disclosed. */
        NOT_DISCLOSED,
        /** The post is being removed ({@code closing}); nobody holds it. */
        CLOSING
    }

    private static final Map<String, Holder> HOLDER_WORDS = Map.ofEntries(
            Map.entry("vacant", Holder.VACANT), Map.entry("vacancy", Holder.VACANT), Map.entry("tbc", Holder.VACANT),
            Map.entry("tbd", Holder.VACANT), Map.entry("toberecruited", Holder.VACANT),
            Map.entry("vacantpost", Holder.VACANT),
            Map.entry("nd", Holder.NOT_DISCLOSED), Map.entry("notdisclosed", Holder.NOT_DISCLOSED),
            Map.entry("withheld", Holder.NOT_DISCLOSED), Map.entry("redacted", Holder.NOT_DISCLOSED),
            Map.entry("eliminated", Holder.CLOSING), Map.entry("postdeleted", Holder.CLOSING),
            Map.entry("notinpost", Holder.CLOSING));

    private static final Map<String, PositionStatus> STATUS_WORDS = Map.ofEntries(
            Map.entry("planned", PositionStatus.PLANNED), Map.entry("plan", PositionStatus.PLANNED),
            Map.entry("proposed", PositionStatus.PLANNED), Map.entry("new", PositionStatus.PLANNED),
            Map.entry("newpost", PositionStatus.PLANNED), Map.entry("tobecreated", PositionStatus.PLANNED),
            Map.entry("future", PositionStatus.PLANNED),
            Map.entry("closing", PositionStatus.CLOSING), Map.entry("closed", PositionStatus.CLOSING),
            Map.entry("eliminated", PositionStatus.CLOSING), Map.entry("postdeleted", PositionStatus.CLOSING),
            Map.entry("deleted", PositionStatus.CLOSING), Map.entry("toberemoved", PositionStatus.CLOSING),
            Map.entry("redundant", PositionStatus.CLOSING), Map.entry("abolished", PositionStatus.CLOSING),
            Map.entry("notinpost", PositionStatus.CLOSING));

    /** Status cells that say the position simply exists. */
    private static final Set<String> NO_STATUS = Set.of("", "active", "current", "existing", "filled", "open",
            "vacant", "none", "na");

    private Placeholders() {
    }

    /** What {@code cell} says in the holder column, when it is a placeholder rather than a name. */
    public static Optional<Holder> holder(String cell) {
        return Optional.ofNullable(HOLDER_WORDS.get(key(cell)));
    }

    /** The status {@code cell} names in a status column ("Planned", "closed", "Eliminated"), if it names one. */
    public static Optional<PositionStatus> status(String cell) {
        return Optional.ofNullable(STATUS_WORDS.get(key(cell)));
    }

    /** Whether {@code cell}, in a status column, says that the position simply exists ("Active", "", "n/a"). */
    public static boolean saysNoStatus(String cell) {
        return NO_STATUS.contains(key(cell));
    }

    /** Letters and digits only, in lower case: "N/D'", "n.d." and " ND " are one key. */
    static String key(String cell) {
        if (isLettersAndDigits(cell)) {
            return cell.toLowerCase(Locale.ROOT); // most cells: nothing to leave out
        }
        StringBuilder out = new StringBuilder(cell.length());
        for (int i = 0; i < cell.length(); i++) {
            char ch = cell.charAt(i);
            if (Character.isLetterOrDigit(ch)) {
                out.append(ch);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean isLettersAndDigits(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            if (!Character.isLetterOrDigit(cell.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
