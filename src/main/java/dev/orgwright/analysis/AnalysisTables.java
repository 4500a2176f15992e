package dev.orgwright.analysis;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Tier;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An analysis as tables of text: the summary, the breakdowns by tier, department, layer or
 * manager, and one row per position, written as aligned text, Markdown or CSV. Numbers are
 * written the same in every locale (1,234.5), so that scripts reading them are not surprised.
 */
public final class AnalysisTables {

    /** What a breakdown groups by. */
    public enum By {
        TIER("tier"), DEPARTMENT("department"), LAYER("layer"), MANAGER("manager");

        private final String key;

        By(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** A table: a header and rows of cells, all text. */
    public record Table(String title, List<String> header, List<List<String>> rows) {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** Which costs the tables show. */
    public enum Costs {
        /** None. */
        NONE,
        /** The totals of the chart and of tiers, departments and layers, as `stats` shows the total. */
        TOTALS,
        /** Also the cost of each manager's team and of each position: private, shown only when asked for. */
        ALL
    }

    private final Analysis analysis;
    private final boolean showCost;
    private final boolean showTeamCost;

    /** Tables of {@code analysis} showing the {@code costs} asked for. */
    public AnalysisTables(Analysis analysis, Costs costs) {
        this.analysis = analysis;
        // A chart without any cost gets no column of dashes.
        this.showCost = costs != Costs.NONE && analysis.costKnown() > 0;
        this.showTeamCost = costs == Costs.ALL && analysis.costKnown() > 0;
    }

    /** The chart's figures, one per row: label and value. */
    public Table summary() {
        Analysis a = analysis;
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Positions", Integer.toString(a.positions())));
        rows.add(List.of("Filled", Integer.toString(a.filled())));
        rows.add(List.of("Vacant", Integer.toString(a.vacant())));
        rows.add(List.of("Planned", Integer.toString(a.planned())));
        rows.add(List.of("Closing", Integer.toString(a.closing())));
        rows.add(List.of("Managers", Integer.toString(a.managers())));
        rows.add(List.of("Individual contributors", Integer.toString(a.individualContributors())));
        rows.add(List.of("Contributors per manager", a.contributorsPerManager().map(AnalysisTables::number).orElse("–")));
        rows.add(List.of("Layers", Integer.toString(a.layers())));
        rows.add(List.of("Positions per layer", String.join(" / ", a.positionsPerLayer().stream()
                .map(String::valueOf).toList())));
        rows.add(List.of("Mean span", a.meanSpan().map(AnalysisTables::number).orElse("–")));
        rows.add(List.of("Median span", a.medianSpan().map(AnalysisTables::number).orElse("–")));
        for (Analysis.BandCount band : a.spanBands()) {
            rows.add(List.of("Managers with span " + band.band().label(), Integer.toString(band.managers())));
        }
        rows.add(List.of("Managers with a single report", Integer.toString(a.singleReportManagers())));
        rows.add(List.of("FTE", number(a.fte())));
        if (showCost && a.costKnown() > 0) {
            rows.add(List.of("Cost", money(a.cost()) + (a.costKnown() == a.positions() ? ""
                    : " (" + a.costKnown() + " of " + a.positions() + " positions)")));
        }
        return new Table("Summary", List.of("Figure", "Value"), rows);
    }

    /** Head count, vacancies, FTE and (when shown) cost per group. */
    public Table breakdown(By by) {
        Chart chart = analysis.chart();
        List<String> header = new ArrayList<>(List.of(switch (by) {
            case TIER -> "Tier";
            case DEPARTMENT -> "Department";
            case LAYER -> "Layer";
            case MANAGER -> "Manager";
        }));
        List<List<String>> rows = new ArrayList<>();
        if (by == By.MANAGER) {
            header.addAll(List.of("Id", "Layer", "Span", "Assistants", "Below", "Vacancies below", "FTE in team"));
            if (showTeamCost) {
                header.add("Cost of team");
            }
            for (Position p : chart.inTreeOrder()) {
                PositionFigures f = analysis.of(p.id());
                if (!f.isManager()) {
                    continue;
                }
                List<String> row = new ArrayList<>(List.of(p.title(), p.id().value(), Integer.toString(f.layer()),
                        Integer.toString(f.span()), Integer.toString(f.assistants()), Integer.toString(f.below()),
                        Integer.toString(f.vacanciesBelow()), number(f.fteTotal())));
                if (showTeamCost) {
                    row.add(money(f.costTotal()));
                }
                rows.add(row);
            }
            return new Table("By manager", header, rows);
        }
        header.addAll(List.of("Positions", "Vacant", "FTE"));
        if (showCost) {
            header.add("Cost");
        }
        List<GroupFigures> groups = switch (by) {
            case TIER -> analysis.byTier();
            case DEPARTMENT -> analysis.byDepartment();
            default -> analysis.byLayer();
        };
        for (GroupFigures g : groups) {
            String name = switch (by) {
                case TIER -> g.key().isEmpty() ? "(no tier)" : chart.tier(g.key()).map(Tier::name).orElse(g.key());
                case DEPARTMENT -> g.key().isEmpty() ? "(no department)" : g.key();
                default -> g.key();
            };
            List<String> row = new ArrayList<>(List.of(name, Integer.toString(g.positions()),
                    Integer.toString(g.vacant()), number(g.fte())));
            if (showCost) {
                row.add(g.costKnown() == 0 ? "–" : money(g.cost()));
            }
            rows.add(row);
        }
        return new Table("By " + by.key(), header, rows);
    }

    /** One row per position in tree order: its place, its span and its roll-ups. */
    public Table positions() {
        List<String> header = new ArrayList<>(List.of("id", "title", "manager", "tier", "department", "layer", "span",
                "assistants", "below", "vacancies_below", "fte", "fte_in_team"));
        if (showTeamCost) {
            header.add("cost_of_team");
        }
        List<List<String>> rows = new ArrayList<>();
        for (Position p : analysis.chart().inTreeOrder()) {
            PositionFigures f = analysis.of(p.id());
            List<String> row = new ArrayList<>(List.of(p.id().value(), p.title(),
                    p.reportsTo() == null ? "" : p.reportsTo().value(), p.tierId() == null ? "" : p.tierId(),
                    p.department(), Integer.toString(f.layer()), Integer.toString(f.span()),
                    Integer.toString(f.assistants()), Integer.toString(f.below()), Integer.toString(f.vacanciesBelow()),
                    Plain.of(p.fte()).toPlainString(), Plain.of(f.fteTotal()).toPlainString()));
            if (showTeamCost) {
                row.add(Plain.of(f.costTotal()).toPlainString());
            }
            rows.add(row);
        }
        return new Table("Positions", header, rows);
    }

    /** The managers of the widest and the narrowest spans, as "Title (id): span". */
    public List<String> extremes(int n, boolean widest) {
        List<PositionId> ids = widest ? analysis.widestSpans(n) : analysis.narrowestSpans(n);
        return ids.stream().map(id -> analysis.chart().position(id).title() + " (" + id + "): "
                + analysis.of(id).span()).toList();
    }

    /**
     * The head count, FTE and cost bridge from a current chart to a proposal. The cost of what was
     * added, closed and changed shows only with {@code costEffects}: one changed position would
     * tell its own cost.
     */
    public static Table bridge(Bridge b, boolean costEffects, String currency) {
        List<List<String>> rows = new ArrayList<>();
        String unit = currency == null ? "" : " " + currency;
        rows.add(List.of("Positions", Integer.toString(b.before().positions()), "+" + b.added(), "−" + b.closed(),
                b.moved() + " moved, " + b.changed() + " changed", Integer.toString(b.after().positions())));
        rows.add(List.of("FTE", number(b.before().fte()), "+" + number(b.fteAdded()), "−" + number(b.fteClosed()),
                signed(b.fteChanged()), number(b.after().fte())));
        boolean anyCost = b.before().cost().signum() != 0 || b.after().cost().signum() != 0;
        if (anyCost) {
            rows.add(costEffects
                    ? List.of("Cost" + unit, whole(b.before().cost()), "+" + whole(b.costAdded()),
                    "−" + whole(b.costClosed()), signedWhole(b.costChanged()), whole(b.after().cost()))
                    : List.of("Cost" + unit, whole(b.before().cost()), "", "", "", whole(b.after().cost())));
        }
        return new Table("Bridge from current to proposed",
                List.of("", "Current", "Added", "Closed", "Kept", "Proposed"), rows);
    }

    /** Managers per span band and positions per layer, current and proposed side by side. */
    public static Table distributions(Analysis before, Analysis after) {
        List<List<String>> rows = new ArrayList<>();
        List<Analysis.BandCount> was = before.spanBands();
        List<Analysis.BandCount> now = after.spanBands();
        for (int i = 0; i < was.size(); i++) {
            rows.add(List.of("Managers with span " + was.get(i).band().label(), Integer.toString(was.get(i).managers()),
                    Integer.toString(now.get(i).managers())));
        }
        int layers = Math.max(before.layers(), after.layers());
        for (int layer = 1; layer <= layers; layer++) {
            rows.add(List.of("Positions in layer " + layer, Integer.toString(at(before.positionsPerLayer(), layer)),
                    Integer.toString(at(after.positionsPerLayer(), layer))));
        }
        rows.add(List.of("Mean span", before.meanSpan().map(AnalysisTables::number).orElse("–"),
                after.meanSpan().map(AnalysisTables::number).orElse("–")));
        return new Table("Spans and layers", List.of("", "Current", "Proposed"), rows);
    }

    private static int at(List<Integer> perLayer, int layer) {
        return layer <= perLayer.size() ? perLayer.get(layer - 1) : 0;
    }

    private static String signed(BigDecimal n) {
        return (n.signum() > 0 ? "+" : n.signum() < 0 ? "−" : "±") + number(n.abs());
    }

    private static String signedWhole(BigDecimal n) {
        return (n.signum() > 0 ? "+" : n.signum() < 0 ? "−" : "±") + whole(n.abs());
    }

    private static String whole(BigDecimal n) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(n);
    }

    /** A table as Markdown, with a heading. */
    public static String markdown(Table t) {
        StringBuilder out = new StringBuilder("## ").append(t.title()).append("\n\n");
        out.append(mdRow(t.header())).append('\n');
        out.append("|").append("---|".repeat(t.header().size())).append('\n');
        for (List<String> row : t.rows()) {
            out.append(mdRow(row)).append('\n');
        }
        return out.toString();
    }

    private static String mdRow(List<String> cells) {
        StringBuilder out = new StringBuilder("|");
        for (String c : cells) {
            out.append(' ').append(c.replace("|", "\\|").replace("\n", " ")).append(" |");
        }
        return out.toString();
    }

    /** A table as aligned text, its title first. */
    public static String text(Table t) {
        int[] widths = new int[t.header().size()];
        List<List<String>> all = new ArrayList<>();
        all.add(t.header());
        all.addAll(t.rows());
        for (List<String> row : all) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder(t.title()).append('\n');
        for (List<String> row : all) {
            StringBuilder line = new StringBuilder("  ");
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                boolean numeric = widths.length > 2 && i > 0 && !cell.isEmpty() && Character.isDigit(cell.charAt(0)) && row != t.header();
                line.append(numeric ? " ".repeat(widths[i] - cell.length()) + cell
                        : cell + " ".repeat(widths[i] - cell.length()));
                line.append(i + 1 < row.size() ? "  " : "");
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    /**
     * A table as CSV in the dialect of every CSV Orgwright writes: a byte order mark (so that
     * Excel on Windows reads UTF-8), RFC 4180 quoting, CRLF line ends, header first.
     */
    public static String csv(Table t) {
        StringBuilder out = new StringBuilder("\uFEFF");
        List<List<String>> all = new ArrayList<>();
        all.add(t.header());
        all.addAll(t.rows());
        for (List<String> row : all) {
            for (int i = 0; i < row.size(); i++) {
                String c = row.get(i);
                boolean quote = c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r");
                // A leading =, +, - or @ would run as a formula in a spreadsheet.
                if (!c.isEmpty() && "=+-@".indexOf(c.charAt(0)) >= 0 && !c.matches("-?[0-9.]+")) {
                    c = "'" + c;
                }
                out.append(i > 0 ? "," : "").append(quote ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    /** A figure as the tables write it, the same in every locale: "1,234.5". */
    public static String number(BigDecimal n) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(n);
    }

    /** An amount in whole units with the chart's currency, if it names one: "810,000 EUR". */
    public static String money(BigDecimal n, Chart chart) {
        return whole(n) + chart.settings().currency().map(c -> " " + c).orElse("");
    }

    private String money(BigDecimal n) {
        return money(n, analysis.chart());
    }
}
