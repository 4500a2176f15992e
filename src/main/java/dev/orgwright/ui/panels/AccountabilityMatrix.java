package dev.orgwright.ui.panels;

import dev.orgwright.model.Accountability;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Duty;
import dev.orgwright.model.Edit;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.RaciRole;
import dev.orgwright.model.Responsibility;
import dev.orgwright.model.Tier;
import dev.orgwright.rules.RaciTally;
import dev.orgwright.ui.fx.Texts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The state of View → Accountability without a toolkit: the catalog's responsibilities as rows,
 * the positions the filter lets through as columns (in tree order), each cell the position's role
 * in the responsibility, and the edit a change of a cell makes. Whether a row lacks an A or has
 * several is judged over the whole chart, not the filtered columns: accountability is chart-wide.
 */
public final class AccountabilityMatrix {

    /** One row: a responsibility of the catalog and the tier that holds it. */
    public record Row(Responsibility responsibility, Tier tier) {
    }

    /** How a row stands: fine, no one accountable though someone is responsible, or several accountable. */
    public enum RowState { FINE, NO_ACCOUNTABLE, MANY_ACCOUNTABLE }

    /** Which positions are columns: every one, a tier's, a department's, or one manager's team. */
    public record Filter(String label, String tierId, String department, PositionId team) {
        static final Filter ALL = new Filter(Texts.t("panels.accountabilityMatrix.everyPosition"), null, null, null);

        boolean admits(Chart chart, Position p) {
            if (tierId != null) {
                return tierId.equals(p.tierId());
            }
            if (department != null) {
                return department.equals(p.department());
            }
            return team == null || chart.isInSubtreeOf(p.id(), team);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private Chart chart;
    private RaciTally tally;
    private Filter filter = Filter.ALL;
    private final List<Row> rows = new ArrayList<>();
    private final List<Position> columns = new ArrayList<>();
    private final List<Map<String, RaciRole>> roles = new ArrayList<>();

    public AccountabilityMatrix(Chart chart, RaciTally tally) {
        update(chart, tally);
    }

    /** Brings the matrix up to a new version of the chart; the filter stays when it still applies. */
    public void update(Chart newChart, RaciTally newTally) {
        this.chart = newChart;
        this.tally = newTally;
        if (!filters().contains(filter)) {
            filter = Filter.ALL;
        }
        rows.clear();
        for (Tier t : newChart.tiers()) {
            for (Responsibility r : t.responsibilities()) {
                rows.add(new Row(r, t));
            }
        }
        columns.clear();
        roles.clear();
        for (Position p : newChart.inTreeOrder()) {
            if (filter.admits(newChart, p)) {
                columns.add(p);
                roles.add(rolesOf(p));
            }
        }
    }

    private static Map<String, RaciRole> rolesOf(Position p) {
        Map<String, RaciRole> out = new HashMap<>(4);
        for (Duty d : p.duties()) {
            if (d.responsibilityId() != null) {
                out.merge(d.responsibilityId(), d.role(), RaciRole::stronger);
            }
        }
        return out;
    }

    /** Every position, then each tier, each department and each manager's team. */
    public List<Filter> filters() {
        List<Filter> out = new ArrayList<>();
        out.add(Filter.ALL);
        for (Tier t : chart.tiers()) {
            out.add(new Filter(Texts.t("panels.accountabilityMatrix.tier", t.name()), t.id(), null, null));
        }
        TreeSet<String> departments = new TreeSet<>();
        List<Position> managers = new ArrayList<>();
        for (Position p : chart.inTreeOrder()) {
            if (!p.department().isEmpty()) {
                departments.add(p.department());
            }
            if (!chart.childrenOf(p.id()).isEmpty()) {
                managers.add(p);
            }
        }
        departments.forEach(d -> out.add(new Filter(Texts.t("panels.accountabilityMatrix.department", d), null, d, null)));
        managers.forEach(m -> out.add(new Filter(Texts.t("panels.accountabilityMatrix.teamOf", m.title(), m.id()), null, null, m.id())));
        return out;
    }

    public Filter filter() {
        return filter;
    }

    public void setFilter(Filter newFilter) {
        this.filter = Objects.requireNonNull(newFilter);
        update(chart, tally);
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    public int rowCount() {
        return rows.size();
    }

    public int columnCount() {
        return columns.size();
    }

    public Row row(int index) {
        return rows.get(index);
    }

    public Position column(int index) {
        return columns.get(index);
    }

    /** The role in a cell, or null for an empty one. */
    public RaciRole cell(int row, int column) {
        return roles.get(column).get(rows.get(row).responsibility().id());
    }

    /** Whether the row lacks an accountable position, or has several, across the whole chart. */
    public RowState rowState(int row) {
        String id = rows.get(row).responsibility().id();
        int accountable = tally.accountableFor(id).size();
        if (accountable > 1) {
            return RowState.MANY_ACCOUNTABLE;
        }
        return accountable == 0 && !tally.responsibleFor(id).isEmpty() ? RowState.NO_ACCOUNTABLE : RowState.FINE;
    }

    /** The edit that gives a cell a role (null empties it); empty when the cell has it already. */
    public Optional<Edit> set(int row, int column, RaciRole role) {
        if (row < 0 || row >= rows.size() || column < 0 || column >= columns.size() || cell(row, column) == role) {
            return Optional.empty();
        }
        return Optional.of(Accountability.setRole(columns.get(column).id(), rows.get(row).responsibility().id(), role));
    }

    /** What a click on a selected cell turns it into: empty, R, A, C, I, then empty again. */
    public static RaciRole next(RaciRole role) {
        if (role == null) {
            return RaciRole.RESPONSIBLE;
        }
        return switch (role) {
            case RESPONSIBLE -> RaciRole.ACCOUNTABLE;
            case ACCOUNTABLE -> RaciRole.CONSULTED;
            case CONSULTED -> RaciRole.INFORMED;
            case INFORMED -> null;
        };
    }
}
