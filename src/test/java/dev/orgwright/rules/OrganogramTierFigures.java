package dev.orgwright.rules;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Duty;
import dev.orgwright.model.Edits;
import dev.orgwright.model.InvalidChartException;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Templates;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The tier check on a real chart: the Cabinet Office's senior posts of September 2013, with the
 * tier set from the grade (SCS3 and SCS4 senior, SCS1 and SCS2 executive, any other grade none),
 * the post's Job/Team Function as its duty (read sentence by sentence) and the reporting lines
 * from "Reports to Senior Post".
 *
 * <ul>
 *   <li><b>False alarms</b>: the share of posts with a tier that get a duty-outside-tier finding.</li>
 *   <li><b>Planted errors</b>: out-of-tier duties written for this purpose (the whole organisation's
 *       budget, strategy or structure given to unit heads; clerical or hands-on work given to the top
 *       posts), each added to a different post; found when that post's finding quotes the planted
 *       duty.</li>
 * </ul>
 * {@code main} prints both, with every finding on the unplanted chart so each can be read.
 */
public final class OrganogramTierFigures {

    static final String FILE = "/dev/orgwright/io/csv/organograms/cabinet-office-2013-09-senior.csv";

    /** Organisation-wide work, for unit heads (SCS1 and SCS2). */
    static final List<String> SENIOR_WORK = List.of(
            "Approves the Department's annual budget and decides how it is divided between the directorates.",
            "Sets the organisation-wide strategy for the next five years.",
            "Decides how the whole Department is restructured, including which directorates are merged.",
            "Signs off the Department's spending plans as Accounting Officer.",
            "Agrees the Department's overall priorities with the board.",
            "Sets the pay and recruitment policy that applies across the Department.",
            "Owns the organisation-wide risk register and sets the appetite for risk.",
            "Decides which functions the Department closes or outsources in its reorganisation.",
            "Allocates the Department's budget across all directorates.",
            "Presents the Department's annual accounts and financial plan to the board.",
            "Chairs the board that sets the Department's strategy.",
            "Decides on redundancies across the whole organisation.");

    /** Clerical and hands-on work, for the top posts (SCS3 and SCS4). */
    static final List<String> STAFF_WORK = List.of(
            "Types up the minutes of team meetings and files them.",
            "Answers the phone on the main switchboard.",
            "Books travel and meeting rooms for the directorate.",
            "Enters invoices into the finance system and chases late payments.",
            "Photocopies the papers for the weekly meeting.",
            "Keeps the diary of the Permanent Secretary.",
            "Processes expense claims for the staff of the office.",
            "Drafts replies to letters from members of the public.",
            "Orders stationery and refreshments for meetings.",
            "Does the data entry for the casework system.",
            "Scans incoming correspondence and files it.",
            "Greets visitors at reception and signs them in.");

    /** What the check found on one chart. */
    record Figures(int judged, int flagged, int planted, int found, List<String> findings, List<String> missed) {

        double falseAlarmShare() {
            return judged == 0 ? 0 : (double) flagged / judged;
        }

        double foundShare() {
            return planted == 0 ? 0 : (double) found / planted;
        }
    }

    private OrganogramTierFigures() {
    }

    public static void main(String[] args) {
        Chart chart = chart();
        Figures alarms = falseAlarms(chart);
        System.out.printf(Locale.ROOT, "Cabinet Office senior posts: %d posts with a tier, %d with a duty-outside-tier"
                + " finding: %.1f %% (target: at most 10 %%)%n", alarms.judged(), alarms.flagged(),
                100 * alarms.falseAlarmShare());
        alarms.findings().forEach(f -> System.out.println("  " + f));
        Figures planted = planted(chart);
        System.out.printf(Locale.ROOT, "Planted out-of-tier duties: %d of %d found, %.1f %% (target: at least 80 %%);"
                        + " posts flagged on the planted chart: %d%n", planted.found(), planted.planted(),
                100 * planted.foundShare(), planted.flagged());
        planted.missed().forEach(m -> System.out.println("  missed: " + m));
    }

    /** The findings on the chart as published. */
    static Figures falseAlarms(Chart chart) {
        Validation v = Validator.withDefaultRules().validate(chart);
        int judged = 0;
        List<String> findings = new ArrayList<>();
        for (Position p : chart.inTreeOrder()) {
            if (p.tierId() == null) {
                continue;
            }
            judged++;
            for (Finding f : v.findingsFor(p.id())) {
                if (f.ruleId().equals(DutyOutsideTierRule.ID)) {
                    findings.add(p.id() + " " + f.message() + " [" + f.explanation() + "]");
                }
            }
        }
        return new Figures(judged, findings.size(), 0, 0, findings, List.of());
    }

    /** The planted duties, each added to its own post, and which of them the check quotes. */
    static Figures planted(Chart chart) {
        List<Position> executives = new ArrayList<>();
        List<Position> seniors = new ArrayList<>();
        for (Position p : chart.inTreeOrder()) {
            if (Templates.EXECUTIVE.equals(p.tierId())) {
                executives.add(p);
            } else if (Templates.SENIOR.equals(p.tierId())) {
                seniors.add(p);
            }
        }
        Map<PositionId, String> plants = new LinkedHashMap<>();
        for (int i = 0; i < SENIOR_WORK.size(); i++) {
            plants.put(executives.get(i * executives.size() / SENIOR_WORK.size()).id(), SENIOR_WORK.get(i));
        }
        for (int i = 0; i < STAFF_WORK.size(); i++) {
            plants.put(seniors.get(i * seniors.size() / STAFF_WORK.size()).id(), STAFF_WORK.get(i));
        }
        Chart planted = chart;
        for (Map.Entry<PositionId, String> e : plants.entrySet()) {
            planted = Edits.addDuty(e.getKey(), Duty.of(e.getValue()), -1).apply(planted);
        }
        Validation v = Validator.withDefaultRules().validate(planted);
        int found = 0;
        List<String> missed = new ArrayList<>();
        for (Map.Entry<PositionId, String> e : plants.entrySet()) {
            boolean quoted = v.findingsFor(e.getKey()).stream()
                    .anyMatch(f -> f.ruleId().equals(DutyOutsideTierRule.ID) && f.message().contains(e.getValue()));
            if (quoted) {
                found++;
            } else {
                missed.add(e.getKey() + " '" + planted.position(e.getKey()).title() + "': " + e.getValue() + " "
                        + v.findingsFor(e.getKey()).stream().filter(f -> f.ruleId().equals(DutyOutsideTierRule.ID))
                        .map(Finding::message).toList());
            }
        }
        int flagged = (int) v.all().stream().filter(f -> f.ruleId().equals(DutyOutsideTierRule.ID)).count();
        return new Figures(0, flagged, plants.size(), found, List.of(), missed);
    }

    /** The chart of the Cabinet Office's senior posts. */
    static Chart chart() {
        List<Map<String, String>> rows = rows();
        Map<String, Map<String, String>> byId = new LinkedHashMap<>();
        for (Map<String, String> row : rows) {
            byId.putIfAbsent(row.get("Post Unique Reference").strip(), row);
        }
        Map<String, String> manager = new HashMap<>();
        for (Map.Entry<String, Map<String, String>> e : byId.entrySet()) {
            String boss = e.getValue().getOrDefault("Reports to Senior Post", "").strip();
            if (byId.containsKey(boss) && !boss.equals(e.getKey())) {
                manager.put(e.getKey(), boss);
            }
        }
        breakCycles(manager);
        List<Position> positions = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> e : byId.entrySet()) {
            Map<String, String> row = e.getValue();
            String function = row.getOrDefault("Job/Team Function", "").strip();
            String boss = manager.get(e.getKey());
            positions.add(new Position(PositionId.of(e.getKey()), title(row), row.getOrDefault("Name", ""),
                    tier(row.getOrDefault("Grade", "")), function.isEmpty() ? List.of() : List.of(Duty.of(function)),
                    boss == null ? null : PositionId.of(boss), List.of(), row.getOrDefault("Unit", "").strip(), "",
                    false, null));
        }
        try {
            return Chart.builder().title("Cabinet Office, September 2013").addAll(positions).build();
        } catch (InvalidChartException e) {
            throw new IllegalStateException("The organogram does not make a chart: " + e.problems(), e);
        }
    }

    private static String title(Map<String, String> row) {
        String title = row.getOrDefault("Job Title", "").strip().replaceAll("\\s+", " ");
        return title.isEmpty() ? "Post " + row.get("Post Unique Reference") : title;
    }

    /** The tier of a grade: SCS3 and SCS4 senior, SCS1 and SCS2 executive, anything else none. */
    static String tier(String grade) {
        return switch (grade.strip().toUpperCase(Locale.ROOT)) {
            case "SCS3", "SCS4" -> Templates.SENIOR;
            case "SCS1", "SCS2" -> Templates.EXECUTIVE;
            default -> null;
        };
    }

    /** Removes the reporting line that closes each cycle, so the chart is a forest. */
    private static void breakCycles(Map<String, String> manager) {
        for (String start : new ArrayList<>(manager.keySet())) {
            Set<String> seen = new HashSet<>();
            String at = start;
            while (at != null && seen.add(at)) {
                at = manager.get(at);
            }
            if (at != null) {
                manager.remove(at);
            }
        }
    }

    /** The file's rows by header; quoted fields may hold commas, quotes and line breaks. */
    static List<Map<String, String>> rows() {
        String text;
        try (InputStream in = OrganogramTierFigures.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the test resources");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        List<String> header = records.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> r : records.subList(1, records.size())) {
            if (r.size() < 2) {
                continue;
            }
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < Math.min(header.size(), r.size()); i++) {
                row.putIfAbsent(header.get(i), r.get(i));
            }
            rows.add(row);
        }
        return rows;
    }
}
