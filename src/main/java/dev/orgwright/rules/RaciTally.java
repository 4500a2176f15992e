package dev.orgwright.rules;

import dev.orgwright.model.PositionId;
import dev.orgwright.model.RaciRole;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.pcollections.HashTreePSet;
import org.pcollections.PSet;

/**
 * Who is accountable and who is responsible for each responsibility, gathered while positions are
 * checked and brought up to date for the positions an edit touched, so that the accountability
 * rules cost the size of the catalog, not of the chart. The position sets are persistent: a new
 * version shares them with the previous one but for the rows that changed.
 */
public final class RaciTally {

    static final RaciTally EMPTY = new RaciTally(Map.of(), Map.of(), 0);

    private final Map<String, PSet<PositionId>> accountable;
    private final Map<String, PSet<PositionId>> responsible;
    private final int accountableLinks;

    private RaciTally(Map<String, PSet<PositionId>> accountable, Map<String, PSet<PositionId>> responsible,
                      int accountableLinks) {
        this.accountable = accountable;
        this.responsible = responsible;
        this.accountableLinks = accountableLinks;
    }

    /** The positions accountable for a responsibility. */
    public Set<PositionId> accountableFor(String responsibilityId) {
        return accountable.getOrDefault(responsibilityId, HashTreePSet.empty());
    }

    /** The positions responsible (R) for a responsibility. */
    public Set<PositionId> responsibleFor(String responsibilityId) {
        return responsible.getOrDefault(responsibilityId, HashTreePSet.empty());
    }

    /**
     * Whether the chart records accountability at all: some position is accountable for
     * something. A chart that links duties but never says who is accountable is not one that
     * uses the matrix, and is not told that every row lacks an A.
     */
    public boolean recordsAccountability() {
        return accountableLinks > 0;
    }

    Builder builder() {
        return new Builder(this);
    }

    /** Changes position by position, then one {@link #build()}. */
    static final class Builder {
        private final Map<String, PSet<PositionId>> accountable;
        private final Map<String, PSet<PositionId>> responsible;
        private int accountableLinks;

        Builder(RaciTally from) {
            this.accountable = new HashMap<>(from.accountable);
            this.responsible = new HashMap<>(from.responsible);
            this.accountableLinks = from.accountableLinks;
        }

        void add(PositionId id, Map<String, RaciRole> roles) {
            roles.forEach((r, role) -> {
                if (role == RaciRole.ACCOUNTABLE) {
                    accountable.merge(r, HashTreePSet.singleton(id), PSet::plusAll);
                    accountableLinks++;
                } else if (role == RaciRole.RESPONSIBLE) {
                    responsible.merge(r, HashTreePSet.singleton(id), PSet::plusAll);
                }
            });
        }

        void remove(PositionId id, Map<String, RaciRole> roles) {
            roles.forEach((r, role) -> {
                if (role == RaciRole.ACCOUNTABLE) {
                    minus(accountable, r, id);
                    accountableLinks--;
                } else if (role == RaciRole.RESPONSIBLE) {
                    minus(responsible, r, id);
                }
            });
        }

        private static void minus(Map<String, PSet<PositionId>> sets, String r, PositionId id) {
            PSet<PositionId> now = sets.get(r);
            if (now != null) {
                PSet<PositionId> less = now.minus(id);
                if (less.isEmpty()) {
                    sets.remove(r);
                } else {
                    sets.put(r, less);
                }
            }
        }

        RaciTally build() {
            return new RaciTally(Map.copyOf(accountable), Map.copyOf(responsible), accountableLinks);
        }
    }
}
