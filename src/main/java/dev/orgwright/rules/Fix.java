package dev.orgwright.rules;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Edit;

/**
 * A change that resolves a finding, applied in one action and undone like any edit. Its label
 * is asked of the chart when shown ("Move the duty to 'Chief Executive Officer'"), so it names
 * positions by the titles they have then.
 */
public record Fix(Edit edit) {

    public String label(Chart chart) {
        return edit.label(chart);
    }
}
