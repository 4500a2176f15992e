package dev.orgwright.cli;

import dev.orgwright.io.AtomicFileWriter;
import dev.orgwright.io.ChartFiles;
import dev.orgwright.io.ChartFormatException;
import dev.orgwright.io.SaveFailedException;
import dev.orgwright.layout.Box;
import dev.orgwright.layout.ChartLayout;
import dev.orgwright.layout.Edge;
import dev.orgwright.layout.LaidOutBoxes;
import dev.orgwright.layout.LayoutOptions;
import dev.orgwright.layout.LayoutOptions.Mode;
import dev.orgwright.layout.LayoutOptions.Orientation;
import dev.orgwright.layout.LayoutOptions.Rows;
import dev.orgwright.layout.LayoutTree;
import dev.orgwright.layout.Point;
import dev.orgwright.layout.TreeLayout;
import dev.orgwright.layout.ViewLayout;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code orgwright layout FILE | --boxes BOXES.json [options]}: where every card of a chart (or
 * every box of a bare tree) goes, and the lines between them, as JSON for scripts, other tools
 * and comparisons with other layout engines.
 */
@Command(name = "layout")
final class LayoutCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..1", descriptionKey = "cli.layout.file")
    private Path file;

    @Option(names = "--boxes", paramLabel = "BOXES.json", descriptionKey = "cli.layout.boxes")
    private Path boxes;

    @Mixin
    private LayoutChoices choices = new LayoutChoices();

    @Option(names = "--compact", descriptionKey = "cli.layout.compact")
    private boolean compact;

    @Option(names = "--gap", paramLabel = "PX", descriptionKey = "cli.layout.gap")
    private double gap = LayoutOptions.DEFAULT.siblingGap();

    @Option(names = "--row-gap", paramLabel = "PX", descriptionKey = "cli.layout.rowGap")
    private double rowGap = LayoutOptions.DEFAULT.rowGap();

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "cli.layout.out")
    private Path out;

    @Override
    public Integer call() {
        if ((file == null) == (boxes == null)) {
            throw new ParameterException(spec.commandLine(), file == null
                    ? CliTexts.t("cli.layout.noInput")
                    : CliTexts.t("cli.layout.bothInputs"));
        }
        for (double value : new double[] {gap, rowGap}) {
            if (!(value >= 0) || Double.isInfinite(value)) {
                throw new ParameterException(spec.commandLine(),
                        CliTexts.t("cli.layout.badGap", String.valueOf(value)));
            }
        }
        if (compact && choices.mode != null && choices.mode != Mode.COMPACT) {
            throw new ParameterException(spec.commandLine(), CliTexts.t("cli.layout.compactVersus",
                    ModeConverter.name(choices.mode)));
        }
        if (boxes != null && choices.asksForView()) {
            throw new ParameterException(spec.commandLine(), CliTexts.t("views.cli.boxesNoView"));
        }
        LayoutOptions base = LayoutOptions.DEFAULT.withGaps(gap, rowGap).withMode(compact ? Mode.COMPACT : Mode.TIDY);
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> json;
        try {
            Set<String> collapsed = new LinkedHashSet<>(choices.collapse);
            if (file != null) {
                Chart chart = ChartFiles.load(file);
                checkCollapse(chart, collapsed);
                // Like export: the view the window last showed (or --view), then the options over it.
                LayoutChoices.Chosen chosen = choices.choose(chart, file, true);
                LayoutOptions options = chosen.layout(base);
                TreeLayout layout = new TreeLayout(compact ? options.withMode(Mode.COMPACT) : options);
                Chart drawn = chosen.root() == null ? chart : ViewLayout.shown(chart, chosen.root(), Set.of());
                json = Optional.of(ofChart(layout, drawn, chosen.folded()));
            } else {
                json = Optional.of(ofBoxes(new TreeLayout(choices.applyTo(base)), BoxesFile.read(boxes, collapsed)));
            }
        } catch (ChartFormatException e) {
            Cli.printProblems(e, err);
            json = Optional.empty();
        } catch (BoxesFile.BadBoxesException e) {
            e.problems().forEach(err::println);
            json = Optional.empty();
        } catch (UnknownPositionException e) {
            err.println(file.getFileName() + ": " + e.getMessage());
            json = Optional.empty();
        } catch (LayoutChoices.BadChoice e) {
            err.println(e.getMessage());
            json = Optional.empty();
        }
        return json.isPresent() ? write(json.get()) : Cli.FAILED;
    }

    /** Refuses a --collapse id that names no position of {@code chart}, as this command always has. */
    private static void checkCollapse(Chart chart, Set<String> collapse) throws UnknownPositionException {
        for (String id : collapse) {
            PositionId pid = id.isBlank() ? null : PositionId.of(id);
            if (pid == null || !chart.contains(pid)) {
                throw new UnknownPositionException(CliTexts.t("cli.layout.unknownCollapse", id));
            }
        }
    }

    static String ofChart(TreeLayout layout, Chart chart, Set<PositionId> collapsed) {
        ChartLayout l = layout.layout(chart, new HeadlessCardSizer(), collapsed);
        Box bounds = l.bounds();
        LayoutJson json = new LayoutJson(bounds.width(), bounds.height());
        for (Position p : chart.inTreeOrder()) {
            l.box(p.id()).ifPresent(b -> json.box(p.id().value(), b.x(), b.y(), b.width(), b.height(),
                    l.hiddenReports(p.id())));
        }
        json.startEdges();
        for (List<Edge> family : List.of(l.edges(), l.dottedLines())) {
            for (Edge e : family) {
                double[] points = new double[e.points().size() * 2];
                for (int k = 0; k < e.points().size(); k++) {
                    Point pt = e.points().get(k);
                    points[2 * k] = pt.x();
                    points[2 * k + 1] = pt.y();
                }
                json.edge(e.manager().value(), e.report().value(), points, e.dotted());
            }
        }
        return json.finish();
    }

    static String ofBoxes(TreeLayout layout, BoxesFile.Boxes input) {
        LaidOutBoxes l = layout.layout(input.tree());
        String[] ids = input.ids();
        LayoutJson json = new LayoutJson(l.totalWidth(), l.totalHeight());
        int[] order = l.inTreeOrder();
        for (int b : order) {
            json.box(ids[b], l.x(b), l.y(b), l.width(b), l.height(b), l.hiddenReports(b));
        }
        json.startEdges();
        LayoutTree tree = l.tree();
        for (int b : order) {
            if (tree.parentOf(b) >= 0) {
                json.edge(ids[tree.parentOf(b)], ids[b], l.edge(b), false);
            }
        }
        return json.finish();
    }

    private int write(String json) {
        if (out == null) {
            spec.commandLine().getOut().print(json);
            return Cli.OK;
        }
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        try {
            AtomicFileWriter.write(out, stream -> stream.write(bytes));
        } catch (SaveFailedException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return Cli.FAILED;
        }
        return Cli.OK;
    }

    /** A --collapse id that names no position of the chart. */
    static final class UnknownPositionException extends Exception {
        private static final long serialVersionUID = 1L;

        UnknownPositionException(String message) {
            super(message);
        }
    }

    /** "by-depth" or "by-tier". */
    static final class RowsConverter implements ITypeConverter<Rows> {
        @Override
        public Rows convert(String value) {
            return switch (value) {
                case "by-depth" -> Rows.BY_DEPTH;
                case "by-tier" -> Rows.BY_TIER;
                default -> throw new TypeConversionException(CliTexts.t("cli.layout.badRows", value));
            };
        }
    }

    /** "auto", "tidy" or "compact". */
    static final class ModeConverter implements ITypeConverter<Mode> {
        @Override
        public Mode convert(String value) {
            return switch (value) {
                case "auto" -> Mode.AUTO;
                case "tidy" -> Mode.TIDY;
                case "compact" -> Mode.COMPACT;
                default -> throw new TypeConversionException(CliTexts.t("cli.layout.badMode", value));
            };
        }

        static String name(Mode mode) {
            return mode.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** "top-down" or "left-right". */
    static final class OrientationConverter implements ITypeConverter<Orientation> {
        @Override
        public Orientation convert(String value) {
            return switch (value) {
                case "top-down" -> Orientation.TOP_DOWN;
                case "left-right" -> Orientation.LEFT_RIGHT;
                default -> throw new TypeConversionException(CliTexts.t("cli.layout.badOrientation", value));
            };
        }
    }
}
