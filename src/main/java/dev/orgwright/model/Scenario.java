package dev.orgwright.model;

import java.util.List;
import java.util.Objects;

/**
 * One design kept beside the current state of a chart ("after the funding round", "option B"):
 * its id and name, a description, what it was made from, and its own positions as a whole
 * chart. Tiers, fields and settings are the chart's: a scenario changes who is where, not the
 * catalog everyone is measured against.
 *
 * <p>A scenario is a fork: once made, it does not follow later edits of what it was based on.
 * {@code basedOn} says where it came from (null: the current state), which the file uses to
 * store only what differs.
 *
 * @param id           unique among the chart's scenarios; never blank
 * @param name         what the user calls it; never blank
 * @param description  free text, possibly empty
 * @param basedOn      the id of the scenario it was made from, or null for the current state
 * @param chart        its positions, as a chart without scenarios of its own
 * @param unknownFields fields of the scenario this version does not know, kept for writing back
 */
public record Scenario(String id, String name, String description, String basedOn, Chart chart,
                       UnknownFields unknownFields) {

    public Scenario {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(chart, "chart");
        if (Blank.isBlank(id)) {
            throw new IllegalArgumentException("A scenario needs an id.");
        }
        if (Blank.isBlank(name)) {
            throw new IllegalArgumentException("A scenario needs a name.");
        }
        description = description == null ? "" : description;
        unknownFields = unknownFields == null ? UnknownFields.NONE : unknownFields;
        if (!chart.scenarios().isEmpty()) {
            chart = chart.withScenarios(List.of());
        }
    }

    /** A scenario with no unknown fields. */
    public static Scenario of(String id, String name, String description, String basedOn, Chart chart) {
        return new Scenario(id, name, description, basedOn, chart, UnknownFields.NONE);
    }

    /** Whether it was made from the current state rather than from another scenario. */
    public boolean isBasedOnCurrentState() {
        return basedOn == null;
    }

    public Scenario withChart(Chart newChart) {
        return new Scenario(id, name, description, basedOn, newChart, unknownFields);
    }

    public Scenario withName(String newName) {
        return new Scenario(id, newName, description, basedOn, chart, unknownFields);
    }

    public Scenario withDescription(String newDescription) {
        return new Scenario(id, name, newDescription, basedOn, chart, unknownFields);
    }

    public Scenario withBasedOn(String newBasedOn) {
        return new Scenario(id, name, description, newBasedOn, chart, unknownFields);
    }

    /**
     * Equal when everything but the catalog of {@link #chart} is: the catalog is the chart's,
     * and a scenario read from a file has it from there.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Scenario other
                && id.equals(other.id) && name.equals(other.name) && description.equals(other.description)
                && Objects.equals(basedOn, other.basedOn) && unknownFields.equals(other.unknownFields)
                && chart.roots().equals(other.chart.roots())
                && chart.positionsById().equals(other.chart.positionsById())
                && chart.reportsByManager().equals(other.chart.reportsByManager());
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, chart.size());
    }

    @Override
    public String toString() {
        return "Scenario['" + id + "', '" + name + "', " + chart.size() + " positions]";
    }
}
