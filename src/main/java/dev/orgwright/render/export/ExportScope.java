package dev.orgwright.render.export;

import dev.orgwright.layout.Box;
import dev.orgwright.model.PositionId;
import java.util.Objects;

/** Which part of a chart an export shows. */
public sealed interface ExportScope {

    /** Every position. */
    record Whole() implements ExportScope {
    }

    /** One position and everything below it. */
    record Subtree(PositionId root) implements ExportScope {
        public Subtree {
            Objects.requireNonNull(root, "root");
        }
    }

    /** What a window shows: a rectangle of the chart, in chart units. */
    record View(Box region) implements ExportScope {
        public View {
            Objects.requireNonNull(region, "region");
            if (!(region.width() > 0) || !(region.height() > 0)) {
                throw new IllegalArgumentException("The view to export is empty.");
            }
        }
    }

    ExportScope WHOLE = new Whole();
}
