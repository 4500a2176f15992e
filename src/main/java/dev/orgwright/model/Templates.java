package dev.orgwright.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The built-in tier catalogs. "Leadership team" is the default: the tiers of a whole company,
 * Senior Management (the strategic level: CEO, CTO, COO, CFO), Executive Management (the
 * operational level: heads of departments and of operations) and Staff (the people who do the
 * work without managing it: engineers, analysts, clerks, representatives). Without the third
 * tier, most of an imported HR export would sit in no tier at all.
 *
 * <p>The template exists in English, German, French and Spanish ({@link #leadershipTeam(Locale)}):
 * the same tier and responsibility ids, so a chart keeps working whatever language it was
 * started in, with names, titles and texts in the language. Every version carries the keywords
 * of all four languages, so duties written in any of them are matched.
 */
public final class Templates {

    /** Id of the strategic tier of the default template. */
    public static final String SENIOR = "senior";
    /** Id of the operational tier of the default template. */
    public static final String EXECUTIVE = "executive";
    /** Id of the tier of the default template for the people who do the work without managing it. */
    public static final String STAFF = "staff";

    // Keywords are matched after stop words are dropped, so "on time" or "every department"
    // would be one bare word ("time", "department") and catch sentences about the post ("Open
    // to part-time applicants") rather than duties.
    /** The keywords of the English catalog in lower case, by responsibility id; filled before the catalog is built. */
    private static final Map<String, Set<String>> ENGLISH_KEYWORDS = new HashMap<>();
    /** The languages of each foreign keyword of the built-in catalog, by responsibility id and keyword. */
    private static final Map<String, Set<String>> FOREIGN = new HashMap<>();

    private static final List<Tier> LEADERSHIP_TEAM = withForeignKeywords(List.of(
            Tier.of(SENIOR, "Senior Management", 1,
                    List.of("Chief Executive Officer", "CEO", "Chief Technology Officer", "CTO",
                            "Chief Operating Officer", "COO", "Chief Financial Officer", "CFO",
                            "Chief * Officer", "President", "Vice President", "VP", "Managing Director", "Founder"),
                    List.of(
                            Responsibility.of("strategy",
                                    "Take the strategic decisions that set where the company is going",
                                    "strategy", "strategic", "direction", "vision", "mission", "long-term",
                                    "company-wide", "new markets", "expand", "expansion", "growth plan", "acquisition",
                                    "acquisitions", "mergers", "M&A", "board", "investors", "fundraising",
                                    "funding round", "five-year plan", "whole company", "whole organisation",
                                    "entire organisation", "the business", "group", "shareholders", "founders",
                                    "executive committee", "business lines", "company's priorities", "culture",
                                    "brand", "regulators", "crises", "partnerships", "major investments",
                                    "company objectives"),
                            Responsibility.of("policy",
                                    "Shape the company's strategies and policies and see that they are carried out",
                                    "policy", "policies", "governance", "company rules", "compliance",
                                    "code of conduct", "guidelines", "risk", "implement strategy",
                                    "sustainability", "data protection"),
                            Responsibility.of("budgets",
                                    "Review the budgets and keep the company's spending in check",
                                    "budget", "budgets", "expenses", "spending", "costs", "expenditure",
                                    "financial plan", "P&L", "profit and loss", "forecast", "cash",
                                    "capital allocation", "headcount cost", "cost cutting", "cost cuts",
                                    "overall costs", "revenue", "runway", "allocates capital", "debt", "equity",
                                    "headcount plan", "financial strategy"),
                            Responsibility.of("restructuring",
                                    "Decide whether and how the organisation is restructured",
                                    "restructure", "restructuring", "reorganisation", "reorganization", "reorg",
                                    "organisational design", "org structure", "merge", "consolidate", "divisions",
                                    "layoffs", "redundancies", "spin off", "organised", "subsidiaries",
                                    "structured", "wind down", "sell", "close or sell"))),
            Tier.of(EXECUTIVE, "Executive Management", 2,
                    List.of("Head of Department", "Head of Operations", "Head of *", "Department Head",
                            "Director", "Operations Manager", "Manager", "Team Lead"),
                    List.of(
                            Responsibility.of("operations",
                                    "Run the everyday work of a department or business unit",
                                    "daily operations", "day-to-day", "daily work", "operational", "processes",
                                    "workload", "rota", "shifts", "schedule", "queue", "sprint", "sprints",
                                    "escalations", "unit", "branch", "runs", "manages", "oversees",
                                    "supervises", "directs", "crew", "service desk",
                                    "suppliers", "pipeline", "team's priorities", "sets the priorities",
                                    "department's results", "staffing", "plan for the department",
                                    "plan for the team"),
                            Responsibility.of("delivery",
                                    "See that deadlines are met and targets reached on time, with little oversight from above",
                                    "deadline", "deadlines", "targets", "on-time delivery", "deliver",
                                    "milestones", "KPIs", "quota", "SLA", "release", "slippage",
                                    "minimal supervision", "little supervision", "roadmap", "projects", "output",
                                    "on schedule", "service targets", "hits"),
                            Responsibility.of("team-communication",
                                    "Keep staff and colleagues informed through meetings and daily contact",
                                    "communication", "meetings", "team meeting", "staff", "colleagues", "stand-up",
                                    "one-on-one", "one-on-ones", "weekly sync", "all-hands", "shares updates",
                                    "briefings", "represents the team", "manages a team", "other departments",
                                    "team meetings", "leads", "leads a team", "team leads"),
                            Responsibility.of("performance",
                                    "Notice performance problems in the team early and deal with them",
                                    "performance", "underperformance", "coaching", "coaches", "feedback",
                                    "performance review", "performance reviews", "mentoring", "mentors", "attendance",
                                    "appraisals", "struggling", "underperformers", "hires", "hiring", "onboarding",
                                    "recruitment", "agrees goals", "team goals", "team member", "each member",
                                    "leave", "overtime"))),
            // Only titles that name doing the work: "Assistant Director" or "Engineering Manager"
            // must not read as Staff, and a lone "Officer" would catch "Chief Information Security
            // Officer", which the C-level pattern does not.
            Tier.of(STAFF, "Staff", 3,
                    List.of("Engineer", "Developer", "Programmer", "Analyst", "Accountant", "Clerk",
                            "Representative", "Specialist", "Coordinator", "Technician", "Assistant",
                            "Administrator", "Consultant", "Designer", "Agent", "Associate",
                            "Cashier", "Operator", "Bookkeeper", "Receptionist"),
                    List.of(
                            Responsibility.of("work",
                                    "Do the tasks of the role oneself, well and completely",
                                    "hands-on", "individual contributor", "assigned tasks",
                                    "caseload", "tickets", "writes code", "data entry", "invoices", "orders",
                                    "shipments", "customer calls", "writes", "prepares", "processes", "answers",
                                    "enters", "files", "fixes", "bugs", "code", "maintains", "installs", "configures",
                                    "repairs", "tests", "designs", "drafts", "translates", "calls", "books travel",
                                    "serves customers", "checks", "expense claims", "packs", "scans", "analyses",
                                    "visitors", "payroll", "complaints", "refunds",
                                    "drafts contracts", "materials", "social media", "replies",
                                    "on request", "piece of work", "manager sets",
                                    "payments", "spreadsheet", "documentation", "website", "diary",
                                    "reconciliations", "tax returns", "quotes", "dashboards", "parcels",
                                    "till", "switchboard", "servers", "laptops", "models", "queries"),
                            Responsibility.of("standards",
                                    "Meet the quality standards and the timescales the manager sets",
                                    "quality checks", "accuracy", "accurate", "error-free", "turnaround",
                                    "service level", "within the agreed time"),
                            Responsibility.of("reporting",
                                    "Tell the manager how the work is going and raise problems early",
                                    "progress", "status report", "status updates", "raises issues",
                                    "flags problems", "timesheets", "team lead", "supervisor"),
                            Responsibility.of("skills",
                                    "Stay current in the skills and knowledge the role needs",
                                    "training", "skills", "certification", "certifications",
                                    "professional development", "learning", "qualifications"),
                            Responsibility.of("procedures",
                                    "Follow the procedures, safety rules and instructions of the job",
                                    "procedures", "instructions", "safety", "health and safety", "protocols",
                                    "checklist", "checklists")))));

    private Templates() {
    }

    /** The three tiers of the default template, "Leadership team", highest first, in English. */
    public static List<Tier> leadershipTeam() {
        return LEADERSHIP_TEAM;
    }

    /**
     * The default template in {@code language} (English, German, French or Spanish; English for
     * any other): the same ids and keywords as the English one, names, titles and texts in the
     * language. The English titles are kept beside the translated ones, since "CEO" or "Head of
     * Sales" are written in charts of every language.
     */
    public static List<Tier> leadershipTeam(Locale language) {
        TemplateTranslations.Language t = translation(language);
        if (t == null) {
            return LEADERSHIP_TEAM;
        }
        List<Tier> out = new ArrayList<>();
        for (Tier tier : LEADERSHIP_TEAM) {
            List<String> titles = new ArrayList<>(t.titles().get(tier.id()));
            titles.addAll(tier.typicalTitles());
            List<Responsibility> responsibilities = tier.responsibilities().stream()
                    .map(r -> r.withText(t.texts().get(r.id()))).toList();
            out.add(Tier.of(tier.id(), t.tierNames().get(tier.id()), tier.rank(), titles, responsibilities));
        }
        return List.copyOf(out);
    }

    /** The translation for {@code language}, or null for English and languages without one. */
    private static TemplateTranslations.Language translation(Locale language) {
        return switch (language == null ? "en" : language.getLanguage()) {
            case "de" -> TemplateTranslations.GERMAN;
            case "fr" -> TemplateTranslations.FRENCH;
            case "es" -> TemplateTranslations.SPANISH;
            default -> null;
        };
    }

    /**
     * Each responsibility with the German, French and Spanish keywords added after its own, a
     * keyword that is already there (in any case) not twice.
     */
    private static List<Tier> withForeignKeywords(List<Tier> tiers) {
        List<Tier> out = new ArrayList<>();
        for (Tier tier : tiers) {
            List<Responsibility> responsibilities = new ArrayList<>();
            for (Responsibility r : tier.responsibilities()) {
                Set<String> seen = new HashSet<>();
                Set<String> keywords = new LinkedHashSet<>();
                for (String k : r.keywords()) {
                    seen.add(k.toLowerCase(Locale.ROOT));
                    keywords.add(k);
                }
                ENGLISH_KEYWORDS.put(r.id(), Set.copyOf(seen));
                for (String language : List.of("de", "fr", "es")) {
                    for (String k : TemplateTranslations.KEYWORDS.get(language).getOrDefault(r.id(), List.of())) {
                        String lower = k.toLowerCase(Locale.ROOT);
                        if (seen.add(lower)) {
                            keywords.add(k);
                        }
                        if (!englishKeyword(r.id(), lower)) {
                            FOREIGN.computeIfAbsent(r.id() + "\u0000" + lower, x -> new TreeSet<>()).add(language);
                        }
                    }
                }
                responsibilities.add(r.withKeywords(List.copyOf(keywords)));
            }
            out.add(tier.withResponsibilities(responsibilities));
        }
        return List.copyOf(out);
    }

    private static boolean englishKeyword(String responsibilityId, String lower) {
        return ENGLISH_KEYWORDS.getOrDefault(responsibilityId, Set.of()).contains(lower);
    }

    /**
     * The languages ("de", "fr", "es") a keyword of the built-in catalog is written in, so that
     * the duty matcher counts "Strategie" only for German duties and does not let the German
     * "Team" or the French "performances" weigh on English ones. Empty for the English keywords
     * and for every keyword the template does not have (a user's own), which count in every
     * language.
     */
    public static Set<String> keywordLanguages(String responsibilityId, String keyword) {
        Set<String> languages = FOREIGN.get(responsibilityId + "\u0000" + keyword.toLowerCase(Locale.ROOT));
        return languages == null ? Set.of() : Set.copyOf(languages);
    }

    /**
     * The "Leadership team" template as a chart to start from: a chief executive with the
     * chief technology, operations and financial officers, a head of department under each, and
     * a software engineer under the head of engineering, all vacant, each with the duties its tier
     * expects.
     */
    public static Chart leadershipTeamStarter() {
        return leadershipTeamStarter(Locale.ENGLISH);
    }

    /**
     * The starter chart in {@code language}: the template of {@link #leadershipTeam(Locale)}
     * and the same positions, with titles and duties in the language. The ids are the same in
     * every language.
     */
    public static Chart leadershipTeamStarter(Locale language) {
        TemplateTranslations.Language t = translation(language);
        if (t == null) {
            return englishStarter();
        }
        Chart english = englishStarter();
        List<Position> positions = new ArrayList<>();
        for (Position p : english.inTreeOrder()) {
            String id = p.id().value();
            List<Duty> duties = new ArrayList<>();
            for (Duty d : p.duties()) {
                String text = t.starterDuties().containsKey(id + "." + d.responsibilityId())
                        ? t.starterDuties().get(id + "." + d.responsibilityId()) : t.starterDuties().get(id);
                duties.add(Duty.linked(text, d.responsibilityId()));
            }
            positions.add(p.withTitle(t.starterTitles().get(id)).withDuties(duties));
        }
        try {
            return Chart.builder().title(t.title()).tiers(leadershipTeam(language)).addAll(positions).build();
        } catch (InvalidChartException e) {
            throw new IllegalStateException("The built-in template is a valid chart", e);
        }
    }

    private static Chart englishStarter() {
        Position ceo = Position.of("ceo", "Chief Executive Officer", SENIOR)
                .withDuties(List.of(Duty.linked("Sets the company's strategy", "strategy"),
                        Duty.linked("Decides on restructuring", "restructuring")));
        Position cto = starter("cto", "Chief Technology Officer", SENIOR, "ceo", Duty.linked("Owns the technology strategy", "strategy"));
        Position coo = starter("coo", "Chief Operating Officer", SENIOR, "ceo", Duty.linked("Shapes the company's policies", "policy"));
        Position cfo = starter("cfo", "Chief Financial Officer", SENIOR, "ceo", Duty.linked("Reviews the budgets", "budgets"));
        Position eng = starter("head-engineering", "Head of Engineering", EXECUTIVE, "cto",
                Duty.linked("Meets the delivery deadlines", "delivery"));
        Position ops = starter("head-operations", "Head of Operations", EXECUTIVE, "coo",
                Duty.linked("Runs the day-to-day operations", "operations"));
        Position fin = starter("head-finance", "Head of Finance", EXECUTIVE, "cfo",
                Duty.linked("Keeps the finance team informed", "team-communication"));
        Position engineer = starter("software-engineer", "Software Engineer", STAFF, "head-engineering",
                Duty.linked("Builds and tests the features the team plans", "work"));
        try {
            return Chart.builder().title("Leadership team").tiers(LEADERSHIP_TEAM)
                    .addAll(List.of(ceo, cto, coo, cfo, eng, ops, fin, engineer)).build();
        } catch (InvalidChartException e) {
            throw new IllegalStateException("The built-in template is a valid chart", e);
        }
    }

    private static Position starter(String id, String title, String tier, String manager, Duty duty) {
        return Position.of(id, title, tier).withReportsTo(PositionId.of(manager)).withDuties(List.of(duty));
    }
}
