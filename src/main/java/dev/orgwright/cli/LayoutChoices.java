package dev.orgwright.cli;

import dev.orgwright.layout.LayoutOptions;
import dev.orgwright.layout.LayoutOptions.Mode;
import dev.orgwright.layout.LayoutOptions.Orientation;
import dev.orgwright.layout.LayoutOptions.Rows;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The layout options {@code layout} and {@code export} share: rows, how teams are arranged, which
 * way the tree grows and which teams are folded. Each is null (empty) when not given, so that a
 * command can start from its own default or from a view saved in the chart and change only what
 * the user asked for.
 */
final class LayoutChoices {

    @Option(names = "--rows", paramLabel = "by-depth|by-tier", converter = LayoutCommand.RowsConverter.class,
            descriptionKey = "cli.layout.rows")
    Rows rows;

    @Option(names = "--layout", paramLabel = "auto|tidy|compact", converter = LayoutCommand.ModeConverter.class,
            descriptionKey = "cli.layout.mode")
    Mode mode;

    @Option(names = "--orientation", paramLabel = "top-down|left-right", converter = LayoutCommand.OrientationConverter.class,
            descriptionKey = "cli.layout.orientation")
    Orientation orientation;

    @Option(names = "--collapse", paramLabel = "ID", split = ",",
            descriptionKey = "cli.layout.collapse")
    List<String> collapse = List.of();

    /** {@code base} with the rows, mode and orientation given on the command line. */
    LayoutOptions applyTo(LayoutOptions base) {
        LayoutOptions out = base;
        if (rows != null) {
            out = out.withRows(rows);
        }
        if (mode != null) {
            out = out.withMode(mode);
        }
        if (orientation != null) {
            out = out.withOrientation(orientation);
        }
        return out;
    }
}
