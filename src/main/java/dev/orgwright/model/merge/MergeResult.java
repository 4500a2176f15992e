package dev.orgwright.model.merge;

import dev.orgwright.model.Chart;
import dev.orgwright.model.diff.ChartDiff;
import java.util.List;

/**
 * What a three-way merge gives: the merged chart, whole and valid, and the conflicts, each
 * settled as OURS has it. With the comparison's change lists, the merge can be read as edits:
 * OURS' changes applied to BASE give OURS, and the changes taken from THEIRS, applied to OURS,
 * give the merged chart.
 */
public final class MergeResult {

    private final Chart base;
    private final Chart ours;
    private final Chart theirs;
    private final Chart merged;
    private final List<Conflict> conflicts;

    MergeResult(Chart base, Chart ours, Chart theirs, Chart merged, List<Conflict> conflicts) {
        this.base = base;
        this.ours = ours;
        this.theirs = theirs;
        this.merged = merged;
        this.conflicts = List.copyOf(conflicts);
    }

    /** The merged chart: both sides' changes, and OURS' values where they conflict. */
    public Chart chart() {
        return merged;
    }

    /** The conflicts, one per field or place the sides changed differently; empty for a clean merge. */
    public List<Conflict> conflicts() {
        return conflicts;
    }

    public boolean isClean() {
        return conflicts.isEmpty();
    }

    /** What OURS changed, as edits that turn BASE into OURS. */
    public ChartDiff oursChanges() {
        return ChartDiff.compare(base, ours);
    }

    /** What THEIRS changed, as edits that turn BASE into THEIRS. */
    public ChartDiff theirsChanges() {
        return ChartDiff.compare(base, theirs);
    }

    /** What the merge takes from THEIRS, as edits that turn OURS into the merged chart. */
    public ChartDiff takenFromTheirs() {
        return ChartDiff.compare(ours, merged);
    }
}
