package dev.orgwright.analysis;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Messages;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Tier;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * An analysis as tables of text: the summary, the breakdowns by tier, department, layer or
 * manager, and one row per position, written as aligned text, Markdown or CSV.
 *
 * <p>Tables read by people (the summary, the breakdowns, the bridge and the distributions, as
 * text and Markdown) are worded from {@link AnalysisTexts} and write their numbers in the user's
 * language ("1,234.5", "1.234,5"). The table of {@link #positions()} is data for programs, written
 * as CSV: its column names stay English and its numbers plain ("1234.5") in every language, so
 * that scripts reading it are not surprised.
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
        rows.add(List.of(AnalysisTexts.t("analysis.summary.positions"), count(a.positions())));
        rows.add(List.of(AnalysisTexts.t("analysis.summary.filled"), count(a.filled())));
        rows.add(List.of(AnalysisTexts.t("analysis.summary.vacant"), count(a.vacant())));
        rows.add(List.of(AnalysisTexts.t("analysis.summary.planned"), count(a.planned())));
        rows.add(List.of(AnalysisTexts.t("analysis.summary.closing"), count(a.closing())));
        rows.add(List.of(AnalysisTexts.t("analysis.summary.managers"), count(a.managers())));
        rows.add(List.of(AnalysisTexts.t("analysis.summary.individualContributors"), count(a.individualContributors())));
        rows.add(List.of(AnalysisTexts.t("analysis.summary.contributorsPerManager"),
                a.contributorsPerManager().map(AnalysisTables::number).orElse("–")));
        rows.add(List.of(AnalysisTexts.t("analysis.summary.layers"), count(a.layers())));
        rows.add(List.of(AnalysisTexts.t("analysis.summary.positionsPerLayer"), String.join(" / ", a.positionsPerLayer()
                .stream().map(AnalysisTables::count).toList())));
        rows.add(List.of(AnalysisTexts.t("analysis.summary.meanSpan"), a.meanSpan().map(AnalysisTables::number).orElse("–")));
        rows.add(List.of(AnalysisTexts.t("analysis.summary.medianSpan"), a.medianSpan().map(AnalysisTables::number).orElse("–")));
        for (Analysis.BandCount band : a.spanBands()) {
            rows.add(List.of(AnalysisTexts.t("analysis.summary.spanBand", band.band().label()), count(band.managers())));
        }
        rows.add(List.of(AnalysisTexts.t("analysis.summary.singleReport"), count(a.singleReportManagers())));
        rows.add(List.of(AnalysisTexts.t("analysis.summary.fte"), number(a.fte())));
        if (showCost && a.costKnown() > 0) {
            rows.add(List.of(AnalysisTexts.t("analysis.summary.cost"), a.costKnown() == a.positions() ? money(a.cost())
                    : AnalysisTexts.t("analysis.summary.costOfSome", money(a.cost()), a.costKnown(), a.positions())));
        }
        return new Table(AnalysisTexts.t("analysis.summary.title"), List.of(AnalysisTexts.t("analysis.summary.figure"),
                AnalysisTexts.t("analysis.summary.value")), rows);
    }

    /** Head count, vacancies, FTE and (when shown) cost per group. */
    public Table breakdown(By by) {
        Chart chart = analysis.chart();
        List<String> header = new ArrayList<>(List.of(switch (by) {
            case TIER -> AnalysisTexts.t("analysis.breakdown.tier");
            case DEPARTMENT -> AnalysisTexts.t("analysis.breakdown.department");
            case LAYER -> AnalysisTexts.t("analysis.breakdown.layer");
            case MANAGER -> AnalysisTexts.t("analysis.breakdown.manager");
        }));
        List<List<String>> rows = new ArrayList<>();
        if (by == By.MANAGER) {
            header.addAll(List.of(AnalysisTexts.t("analysis.breakdown.id"), AnalysisTexts.t("analysis.breakdown.layer"),
                    AnalysisTexts.t("analysis.breakdown.span"), AnalysisTexts.t("analysis.breakdown.assistants"),
                    AnalysisTexts.t("analysis.breakdown.below"), AnalysisTexts.t("analysis.breakdown.vacanciesBelow"),
                    AnalysisTexts.t("analysis.breakdown.fteInTeam")));
            if (showTeamCost) {
                header.add(AnalysisTexts.t("analysis.breakdown.costOfTeam"));
            }
            for (Position p : chart.inTreeOrder()) {
                PositionFigures f = analysis.of(p.id());
                if (!f.isManager()) {
                    continue;
                }
                List<String> row = new ArrayList<>(List.of(p.title(), p.id().value(), count(f.layer()),
                        count(f.span()), count(f.assistants()), count(f.below()),
                        count(f.vacanciesBelow()), number(f.fteTotal())));
                if (showTeamCost) {
                    row.add(money(f.costTotal()));
                }
                rows.add(row);
            }
            return new Table(AnalysisTexts.t("analysis.breakdown.byManager"), header, rows);
        }
        header.addAll(List.of(AnalysisTexts.t("analysis.breakdown.positions"), AnalysisTexts.t("analysis.breakdown.vacant"),
                AnalysisTexts.t("analysis.breakdown.fte")));
        if (showCost) {
            header.add(AnalysisTexts.t("analysis.breakdown.cost"));
        }
        List<GroupFigures> groups = switch (by) {
            case TIER -> analysis.byTier();
            case DEPARTMENT -> analysis.byDepartment();
            default -> analysis.byLayer();
        };
        for (GroupFigures g : groups) {
            String name = switch (by) {
                case TIER -> g.key().isEmpty() ? AnalysisTexts.t("analysis.breakdown.noTier")
                        : chart.tier(g.key()).map(Tier::name).orElse(g.key());
                case DEPARTMENT -> g.key().isEmpty() ? AnalysisTexts.t("analysis.breakdown.noDepartment") : g.key();
                default -> g.key();
            };
            List<String> row = new ArrayList<>(List.of(name, count(g.positions()),
                    count(g.vacant()), number(g.fte())));
            if (showCost) {
                row.add(g.costKnown() == 0 ? "–" : money(g.cost()));
            }
            rows.add(row);
        }
        return new Table(AnalysisTexts.t(switch (by) {
            case TIER -> "analysis.breakdown.byTier";
            case DEPARTMENT -> "analysis.breakdown.byDepartment";
            default -> "analysis.breakdown.byLayer";
        }), header, rows);
    }

    /**
     * One row per position in tree order: its place, its span and its roll-ups. Data for programs
     * (written as CSV by {@code analyze --format csv} and the window's Save as CSV): the column
     * names are English keys and the numbers plain in every language; only the title, which CSV
     * does not write, is the user's.
     */
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
        return new Table(AnalysisTexts.t("analysis.positions.title"), header, rows);
    }

    /** The managers of the widest and the narrowest spans, as "Title (id): span". */
    public List<String> extremes(int n, boolean widest) {
        List<PositionId> ids = widest ? analysis.widestSpans(n) : analysis.narrowestSpans(n);
        return ids.stream().map(id -> AnalysisTexts.t("analysis.extremes.line", analysis.chart().position(id).title(),
                id.value(), analysis.of(id).span())).toList();
    }

    /**
     * The head count, FTE and cost bridge from a current chart to a proposal. The cost of what was
     * added, closed and changed shows only with {@code costEffects}: one changed position would
     * tell its own cost.
     */
    public static Table bridge(Bridge b, boolean costEffects, String currency) {
        List<List<String>> rows = new ArrayList<>();
        String costLabel = currency == null ? AnalysisTexts.t("analysis.bridge.cost")
                : AnalysisTexts.t("analysis.bridge.costIn", currency);
        rows.add(List.of(AnalysisTexts.t("analysis.bridge.positions"), count(b.before().positions()), "+" + count(b.added()),
                "−" + count(b.closed()), AnalysisTexts.t("analysis.bridge.movedChanged", b.moved(), b.changed()),
                count(b.after().positions())));
        rows.add(List.of(AnalysisTexts.t("analysis.bridge.fte"), number(b.before().fte()), "+" + number(b.fteAdded()), "−" + number(b.fteClosed()),
                signed(b.fteChanged()), number(b.after().fte())));
        boolean anyCost = b.before().cost().signum() != 0 || b.after().cost().signum() != 0;
        if (anyCost) {
            rows.add(costEffects
                    ? List.of(costLabel, whole(b.before().cost()), "+" + whole(b.costAdded()),
                    "−" + whole(b.costClosed()), signedWhole(b.costChanged()), whole(b.after().cost()))
                    : List.of(costLabel, whole(b.before().cost()), "", "", "", whole(b.after().cost())));
        }
        return new Table(AnalysisTexts.t("analysis.bridge.title"), List.of("", AnalysisTexts.t("analysis.compare.current"),
                AnalysisTexts.t("analysis.bridge.added"), AnalysisTexts.t("analysis.bridge.closed"),
                AnalysisTexts.t("analysis.bridge.kept"), AnalysisTexts.t("analysis.compare.proposed")), rows);
    }

    /** Managers per span band and positions per layer, current and proposed side by side. */
    public static Table distributions(Analysis before, Analysis after) {
        List<List<String>> rows = new ArrayList<>();
        List<Analysis.BandCount> was = before.spanBands();
        List<Analysis.BandCount> now = after.spanBands();
        for (int i = 0; i < was.size(); i++) {
            rows.add(List.of(AnalysisTexts.t("analysis.summary.spanBand", was.get(i).band().label()),
                    count(was.get(i).managers()), count(now.get(i).managers())));
        }
        int layers = Math.max(before.layers(), after.layers());
        for (int layer = 1; layer <= layers; layer++) {
            rows.add(List.of(AnalysisTexts.t("analysis.distributions.layer", layer),
                    count(at(before.positionsPerLayer(), layer)), count(at(after.positionsPerLayer(), layer))));
        }
        rows.add(List.of(AnalysisTexts.t("analysis.summary.meanSpan"), before.meanSpan().map(AnalysisTables::number).orElse("–"),
                after.meanSpan().map(AnalysisTables::number).orElse("–")));
        return new Table(AnalysisTexts.t("analysis.distributions.title"), List.of("",
                AnalysisTexts.t("analysis.compare.current"), AnalysisTexts.t("analysis.compare.proposed")), rows);
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
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Messages.locale())).format(n);
    }

    /** A count as the tables for people write it, in the user's language: "1,234", "1.234". */
    static String count(int n) {
        return NumberFormat.getIntegerInstance(Messages.locale()).format(n);
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

    /**
     * A figure as the tables for people write it, in the user's language ({@link Messages#locale()}):
     * "1,234.5" in English, "1.234,5" in German; at most two decimals.
     */
    public static String number(BigDecimal n) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Messages.locale()));
        return format.format(n);
    }

    /** An amount in whole units with the chart's currency, if it names one, in the user's language: "810,000 EUR". */
    public static String money(BigDecimal n, Chart chart) {
        return whole(n) + chart.settings().currency().map(c -> " " + c).orElse("");
    }

    private String money(BigDecimal n) {
        return money(n, analysis.chart());
    }
}
