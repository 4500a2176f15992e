package dev.orgwright.analysis;

import dev.orgwright.model.Accountability;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Duty;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.RaciRole;
import dev.orgwright.model.Responsibility;
import dev.orgwright.model.Tier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One position's charter, the page a consultant hands to the person in the role: what it is
 * called and where it sits, what it is for (its notes), what it does (its duties, with the
 * responsibility and role of each linked one), what it decides (the responsibilities it is
 * accountable for) and whom else it works for (dotted lines). Built from the chart alone; it holds
 * no cost, salary or private field, so it may be printed for anyone.
 *
 * @param id             the position's id
 * @param title          its title
 * @param holder         who holds it; empty for a vacancy
 * @param tier           its tier's name; empty when in none
 * @param department     its department; may be empty
 * @param reportsTo      its manager's title; empty for a root
 * @param directReports  its direct reports' titles, in order
 * @param purpose        its notes, as its purpose; may be empty
 * @param duties         its duties in order
 * @param decisionRights the responsibilities it is accountable for, in the words of the catalog
 * @param dottedLines    the titles of its dotted-line managers
 */
public record RoleCharter(String id, String title, String holder, String tier, String department, String reportsTo,
                          List<String> directReports, String purpose, List<CharterDuty> duties,
                          List<String> decisionRights, List<String> dottedLines) {

    /**
     * One duty on a charter.
     *
     * @param text           what the duty says
     * @param responsibility the linked responsibility's text, or empty
     * @param role           the role in it, or null when not linked
     */
    public record CharterDuty(String text, String responsibility, RaciRole role) {
    }

    public RoleCharter {
        directReports = List.copyOf(directReports);
        duties = List.copyOf(duties);
        decisionRights = List.copyOf(decisionRights);
        dottedLines = List.copyOf(dottedLines);
    }

    /** The charter of one position. */
    public static RoleCharter of(Chart chart, PositionId id) {
        Position p = chart.position(id);
        String tier = p.tierId() == null ? "" : chart.tier(p.tierId()).map(Tier::name).orElse(p.tierId());
        String manager = p.reportsTo() == null ? "" : chart.position(p.reportsTo()).title();
        List<String> reports = chart.childrenOf(id).stream().map(r -> chart.position(r).title()).toList();
        List<CharterDuty> duties = new ArrayList<>();
        Set<String> decisions = new LinkedHashSet<>();
        for (Duty d : p.duties()) {
            String linked = d.responsibility().map(r -> textOf(chart, r)).orElse("");
            duties.add(new CharterDuty(d.text(), linked, d.role()));
            if (d.isAccountable()) {
                decisions.add(linked);
            }
        }
        List<String> dotted = p.dottedLines().stream().map(m -> chart.find(m).map(Position::title).orElse(m.value()))
                .toList();
        String holder = p.isHolderUndisclosed() ? AnalysisTexts.t("analysis.charter.undisclosed") : p.holder();
        return new RoleCharter(id.value(), p.title(), holder, tier, p.department(), manager, reports,
                p.notes().strip(), duties, List.copyOf(decisions), dotted);
    }

    /** Every position's charter, in tree order. */
    public static List<RoleCharter> all(Chart chart) {
        List<RoleCharter> out = new ArrayList<>(chart.size());
        for (Position p : chart.inTreeOrder()) {
            out.add(of(chart, p.id()));
        }
        return out;
    }

    private static String textOf(Chart chart, String responsibilityId) {
        Optional<Responsibility> r = Accountability.responsibility(chart, responsibilityId);
        return r.map(Responsibility::text).orElse(responsibilityId);
    }

    /**
     * The charter as Markdown, worded in the user's language: a heading, the facts as a list, then
     * purpose, duties, decision rights.
     */
    public String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(title).append("\n\n");
        fact(md, "analysis.charter.holder", holder.isEmpty() ? AnalysisTexts.t("analysis.charter.vacant") : holder);
        fact(md, "analysis.charter.tier", tier.isEmpty() ? AnalysisTexts.t("analysis.charter.none") : tier);
        if (!department.isEmpty()) {
            fact(md, "analysis.charter.department", department);
        }
        fact(md, "analysis.charter.reportsTo", reportsTo.isEmpty() ? AnalysisTexts.t("analysis.charter.nobody") : reportsTo);
        fact(md, "analysis.charter.directReports", directReports.isEmpty() ? AnalysisTexts.t("analysis.charter.none")
                : String.join(", ", directReports));
        fact(md, "analysis.charter.dottedLines", dottedLines.isEmpty() ? AnalysisTexts.t("analysis.charter.none")
                : String.join(", ", dottedLines));
        md.append('\n');
        md.append("## ").append(AnalysisTexts.t("analysis.charter.purpose")).append("\n\n")
                .append(purpose.isEmpty() ? AnalysisTexts.t("analysis.charter.notWritten") : purpose).append("\n\n");
        md.append("## ").append(AnalysisTexts.t("analysis.charter.duties")).append("\n\n");
        if (duties.isEmpty()) {
            md.append(AnalysisTexts.t("analysis.charter.noneYet")).append('\n');
        }
        for (CharterDuty d : duties) {
            md.append("- ").append(d.role() == null ? d.text() : AnalysisTexts.t("analysis.charter.linkedDuty", d.text(),
                    AnalysisTexts.t("analysis.charter.role." + d.role().letter().toLowerCase(Locale.ROOT)),
                    d.responsibility())).append('\n');
        }
        md.append("\n## ").append(AnalysisTexts.t("analysis.charter.decisionRights")).append("\n\n");
        if (decisionRights.isEmpty()) {
            md.append(AnalysisTexts.t("analysis.charter.noDecisionRights")).append('\n');
        }
        decisionRights.forEach(r -> md.append("- ").append(AnalysisTexts.t("analysis.charter.accountableFor", r)).append('\n'));
        return md.toString();
    }

    private static void fact(StringBuilder md, String key, String value) {
        md.append("- ").append(AnalysisTexts.t(key, value)).append('\n');
    }

    /** Several charters as one Markdown document, a rule between them (a page each when printed). */
    public static String markdown(List<RoleCharter> charters) {
        StringBuilder md = new StringBuilder();
        for (int i = 0; i < charters.size(); i++) {
            if (i > 0) {
                md.append("\n---\n\n");
            }
            md.append(charters.get(i).markdown());
        }
        return md.toString();
    }
}
