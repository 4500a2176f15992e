package dev.orgwright.model;

import java.util.List;

/**
 * The built-in tier catalogs. "Leadership team" is the default: the two tiers every company
 * with a management team has, Senior Management (the strategic level: CEO, CTO, COO, CFO) and
 * Executive Management (the operational level: heads of departments and of operations).
 */
public final class Templates {

    /** Id of the strategic tier of the default template. */
    public static final String SENIOR = "senior";
    /** Id of the operational tier of the default template. */
    public static final String EXECUTIVE = "executive";

    private static final List<Tier> LEADERSHIP_TEAM = List.of(
            Tier.of(SENIOR, "Senior Management", 1,
                    List.of("Chief Executive Officer", "CEO", "Chief Technology Officer", "CTO",
                            "Chief Operating Officer", "COO", "Chief Financial Officer", "CFO"),
                    List.of(
                            Responsibility.of("strategy",
                                    "Take the strategic decisions that set where the company is going",
                                    "strategy", "strategic", "direction", "vision", "long-term", "company-wide"),
                            Responsibility.of("policy",
                                    "Shape the company's strategies and policies and see that they are carried out",
                                    "policy", "policies", "governance", "company rules", "implement strategy"),
                            Responsibility.of("budgets",
                                    "Review the budgets and keep the company's spending in check",
                                    "budget", "budgets", "expenses", "spending", "costs", "financial plan"),
                            Responsibility.of("restructuring",
                                    "Decide whether and how the organisation is restructured",
                                    "restructure", "restructuring", "reorganisation", "reorganization",
                                    "organisational design", "merge departments"))),
            Tier.of(EXECUTIVE, "Executive Management", 2,
                    List.of("Head of Department", "Head of Operations", "Department Head", "Operations Manager"),
                    List.of(
                            Responsibility.of("operations",
                                    "Run the everyday work of a department or business unit",
                                    "daily operations", "day-to-day", "operational", "department", "business unit"),
                            Responsibility.of("delivery",
                                    "See that deadlines are met and targets reached on time, with little oversight from above",
                                    "deadline", "deadlines", "targets", "on time", "delivery", "milestones"),
                            Responsibility.of("team-communication",
                                    "Keep staff and colleagues informed through meetings and daily contact",
                                    "communication", "meetings", "staff", "colleagues", "stand-up", "one-on-one"),
                            Responsibility.of("performance",
                                    "Notice performance problems in the team early and deal with them",
                                    "performance", "underperformance", "coaching", "feedback",
                                    "performance review"))));

    private Templates() {
    }

    /** The two tiers of the default template, "Leadership team". */
    public static List<Tier> leadershipTeam() {
        return LEADERSHIP_TEAM;
    }
}
