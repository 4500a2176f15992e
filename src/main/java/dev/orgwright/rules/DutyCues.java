package dev.orgwright.rules;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of one language that tell a duty from a description and say whose work a duty is.
 * The reading of a sentence ({@link DutyReader}) is the same in every language; only these
 * lists change: {@link #ENGLISH}, {@link #GERMAN}, {@link #FRENCH} and {@link #SPANISH}, one chosen for
 * each duty by its language.
 * Phrases of {@link #wholeOrganisation} are found in the text as written (an entry with a
 * capital letter only with that capital: "the Department's" in British usage is the whole
 * department, "the department's" one part of a company); every other list is of words, compared
 * by their stems after stop words are dropped, so "leads", "leading" and "lead" are one.
 *
 * @param locale            the language, for the sentence rules and lower-casing
 * @param abbreviations     words ending in a full stop after which a sentence goes on ("e.g.")
 * @param placeholders      what is written where there is no description ("not defined")
 * @param danglingEnds      words a finished sentence does not end with ("and", "with")
 * @param describingStarts  first words of a sentence about something other than the post ("the", "there")
 * @param postNouns         words that name a post, so that "The Director leads …" is a duty
 * @param fillers           words that may come before a duty's verb without being its subject ("also")
 * @param copulas           verbs that make a sentence a statement about its subject ("is", "has")
 * @param actions           verbs of work in every form they take ("oversee", "oversees", "overseeing")
 * @param thirdPerson       the forms of {@code actions} that agree with a subject ("oversees"), which make
 *                          "The unit provides …" a statement about the unit
 * @param ambiguousActions  words as often names as verbs ("lead", "head"), in every form: a verb only at the
 *                          start, after "to", or before "on"
 * @param verbEndings       endings of a first word that, followed by a word in lower case, make it a verb
 *                          even when no list knows it ("Draws up …", "Completes …")
 * @param nonActions        words in -ing that are no action ("including", "marketing")
 * @param dutyMarkers       words that make anything after them a duty ("responsible", "charge"), in every form
 * @param nominalActions    nouns of work that, followed by "of" or "for", name a duty ("management of")
 * @param wholeOrganisation phrases that put a duty's scope on the whole organisation
 * @param partNouns         the parts of an organisation one person runs ("team", "unit", "programme"), in
 *                          every form
 * @param managing          verbs and nouns of running a part ("leads", "heading", "management"), in every form
 * @param everyday          words of running a part day to day ("day-to-day", "rota", "shifts")
 * @param ownWork           phrases of doing the work oneself ("types", "answers the phone", "drafts")
 * @param scopedTopics      what any part has as well as the whole ("strategy", "budget", "policy"): senior
 *                          work only when a phrase says it is the whole organisation's
 * @param linkers           the small words after a noun of work that name its object ("of", "for")
 * @param conjunctions      the words that join two duties ("and")
 * @param infinitiveMarkers the words before a verb in its infinitive ("to")
 * @param gerundEndings     endings of a verb's form that names the activity ("ing")
 * @param particles         words after an ambiguous word that make it a verb ("lead on")
 * @param compounds         whether the language writes compounds as one word ("Vertriebsteam"), so that a
 *                          word ending in a part's name or a topic counts as that part or topic
 */
public record DutyCues(Locale locale, Set<String> abbreviations, List<String> placeholders, Set<String> danglingEnds,
                       Set<String> describingStarts, Set<String> postNouns, Set<String> fillers, Set<String> copulas, Set<String> actions,
                       Set<String> thirdPerson, Set<String> ambiguousActions, List<String> verbEndings, Set<String> nonActions, Set<String> dutyMarkers,
                       Set<String> nominalActions, List<String> wholeOrganisation, Set<String> partNouns,
                       Set<String> managing, List<String> everyday, List<String> ownWork, Set<String> scopedTopics,
                       Set<String> linkers, Set<String> conjunctions, Set<String> infinitiveMarkers,
                       List<String> gerundEndings, Set<String> particles, boolean compounds) {

    /** The cues of {@code language}. */
    public static DutyCues of(Language language) {
        return switch (language) {
            case ENGLISH -> ENGLISH;
            case GERMAN -> GERMAN;
            case FRENCH -> FRENCH;
            case SPANISH -> SPANISH;
        };
    }

    /** Whether {@code word} (in lower case) is a form that names an activity ("leading"). */
    boolean isGerund(String word) {
        for (String ending : gerundEndings) {
            if (word.endsWith(ending) && word.length() > ending.length() + 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code word} is one of {@code list}, or, in a language of compounds, ends in one of
     * at least four letters ("Vertriebsteam" ends in "team").
     */
    boolean inList(Set<String> list, String word) {
        if (list.contains(word)) {
            return true;
        }
        if (compounds) {
            for (int i = 3; i <= word.length() - 4; i++) {
                if (list.contains(word.substring(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** British and American English, as job descriptions are written in both. */
    public static final DutyCues ENGLISH = new DutyCues(Locale.ENGLISH,
            words("e.g.", "i.e.", "etc.", "no.", "nos.", "mr.", "mrs.", "ms.", "dr.", "st.", "vs.", "approx.", "inc.",
                    "ltd.", "co.", "dept.", "govt.", "rt.", "hon.", "cf.", "incl.", "jan.", "feb.", "mar.", "apr.",
                    "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec."),
            List.of("not defined", "information withheld", "withheld", "n/a", "n/d", "na", "nd", "tbc", "tbd",
                    "to be confirmed", "vacant", "none", "not applicable", "not known", "unknown", "-"),
            words("and", "or", "of", "with", "the", "to", "for", "in", "a", "an", "on", "by", "from", "at", "as",
                    "including", "which", "that", "its", "their", "between", "into"),
            words("the", "this", "these", "those", "there", "it", "its", "a", "an", "our", "we"),
            words("director", "directors", "head", "heads", "officer", "officers", "secretary", "adviser", "advisor",
                    "advisers", "counsel", "manager", "managers", "lead", "leads", "leaders", "chief", "holder",
                    "postholder", "jobholder", "role", "responsibility", "responsibilities", "job", "post", "purpose",
                    "deputy", "chair", "chairman", "chairwoman", "president", "he", "she", "they", "i", "you",
                    "incumbent", "person", "controller", "commissioner", "registrar", "clerk", "analyst",
                    "engineer", "assistant", "coordinator", "specialist", "consultant", "representative"),
            words("also", "additionally", "further", "furthermore", "and", "currently", "mainly", "primarily",
                    "jointly", "together", "directly", "personally"),
            words("is", "are", "was", "were", "has", "have", "had", "will", "shall", "would", "'s"),
            inflected("oversee", "deliver", "provide", "develop", "build", "coordinate", "co-ordinate", "run", "direct",
                    "ensure", "implement", "approve", "decide", "own", "drive", "draft", "prepare", "write", "answer",
                    "enter", "book", "schedule", "organise", "organize", "advise", "negotiate", "represent",
                    "establish", "promote", "improve", "reform", "tackle", "reduce", "assist", "liaise",
                    "commission", "undertake", "define", "agree", "secure", "vet", "transcribe", "monitor",
                    "deploy", "assure", "allocate", "sign", "type", "photocopy", "maintain", "arrange", "handle",
                    "check", "update", "collate", "sort", "greet", "clean", "deal", "take", "keep", "act", "serve",
                    "sell", "respond", "translate", "fix", "test", "install", "configure", "repair", "pack", "scan",
                    "analyse", "analyze", "identify", "launch", "introduce", "transform", "embed", "enable",
                    "encourage", "manage", "supervise", "chair", "set", "shape", "lead", "head", "support", "work",
                    "plan", "review", "control", "design", "report", "record", "order", "file", "help", "sets",
                    "hire", "recruit", "coach", "mentor", "train", "approves", "decides", "owns", "cut", "close",
                    "merge", "restructure", "reorganise", "reorganize", "spend", "invest", "raise", "fund", "audit",
                    "process", "invoice", "post", "print", "copy", "collect", "deliver", "operate", "steer",
                    "champion", "create", "execute", "determine", "formulate", "chase", "log", "reconcile",
                    "teach", "cover", "visit", "inspect", "investigate", "prosecute", "assess"),
            thirdPerson("oversee", "deliver", "provide", "develop", "build", "coordinate", "co-ordinate", "run", "direct",
                    "ensure", "implement", "approve", "decide", "own", "drive", "draft", "prepare", "write", "answer",
                    "enter", "book", "schedule", "organise", "organize", "advise", "negotiate", "represent",
                    "establish", "promote", "improve", "reform", "tackle", "reduce", "assist", "liaise",
                    "commission", "undertake", "define", "agree", "secure", "vet", "transcribe", "monitor",
                    "deploy", "assure", "allocate", "sign", "type", "photocopy", "maintain", "arrange", "handle",
                    "check", "update", "collate", "sort", "greet", "clean", "deal", "take", "keep", "act", "serve",
                    "sell", "respond", "translate", "fix", "test", "install", "configure", "repair", "pack", "scan",
                    "analyse", "analyze", "identify", "launch", "introduce", "transform", "embed", "enable",
                    "encourage", "manage", "supervise", "chair", "set", "shape", "lead", "head", "support", "work",
                    "plan", "review", "control", "design", "report", "record", "order", "file", "help", "sets",
                    "hire", "recruit", "coach", "mentor", "train", "approves", "decides", "owns", "cut", "close",
                    "merge", "restructure", "reorganise", "reorganize", "spend", "invest", "raise", "fund", "audit",
                    "process", "invoice", "post", "print", "copy", "collect", "deliver", "operate", "steer",
                    "champion", "create", "execute", "determine", "formulate", "chase", "log", "reconcile",
                    "teach", "cover", "visit", "inspect", "investigate", "prosecute", "assess"),
            inflected("lead", "head", "work", "plan", "support", "review", "control", "design", "report", "record", "order",
                    "post", "file", "set", "process", "deal", "help", "chair", "cover", "copy", "print", "fund",
                    "audit", "invoice", "log", "cut", "close", "type", "test", "sign", "check", "act", "run",
                    "champion", "visit", "coach", "mentor"),
            List.of("s"),
            words("including", "covering", "following", "according", "regarding", "concerning", "during", "being",
                    "having", "funding", "briefing", "engineering", "training", "meeting", "meetings", "spending",
                    "housing", "banking", "planning", "accounting", "processing", "outstanding", "something",
                    "anything", "everything", "nothing", "evening", "morning", "marketing", "building", "licensing",
                    "sourcing", "purchasing", "pricing", "consulting", "learning", "printing", "catering",
                    "publishing", "broadcasting", "advertising", "manufacturing", "policing", "nursing",
                    "wellbeing", "offering", "king", "thing", "string", "ring", "wing", "during", "missing",
                    "existing", "ongoing", "leading", "emerging", "standing", "remaining", "resulting", "pending"),
            words("responsible", "accountable", "charge", "tasked", "task", "responsibility", "responsibilities"),
            words("management", "delivery", "implementation", "oversight", "development", "leadership",
                    "coordination", "co-ordination", "administration", "provision", "production", "preparation",
                    "introduction", "supervision", "organisation", "organization", "negotiation", "promotion",
                    "direction", "running", "setting", "review", "design", "maintenance", "support", "processing",
                    "planning", "governance", "ownership", "approval", "allocation", "control"),
            List.of("the company", "company's", "company-wide", "companywide", "whole company", "entire company",
                    "organisation-wide", "organization-wide", "across the organisation", "across the organization",
                    "whole organisation", "whole organization", "entire organisation", "entire organization",
                    "the organisation's", "the organization's", "the Department's", "the whole Department",
                    "across the Department", "Department-wide", "across the group", "group-wide", "the whole group",
                    "the group's", "the board", "the Board", "accounting officer", "Accounting Officer",
                    "across the business", "the whole business", "business-wide", "shareholders", "investors",
                    "every department", "all departments", "every directorate", "all directorates",
                    "every division", "all divisions", "every business unit", "all business units",
                    "the firm's", "firm-wide", "the agency's", "the Agency's", "across the Agency",
                    "the whole agency", "the whole Agency"),
            words("team", "teams", "unit", "units", "directorate", "directorates", "division", "divisions", "branch",
                    "branches", "office", "offices", "function", "functions", "programme", "programmes", "program",
                    "programs", "project", "projects", "service", "services", "secretariat", "cluster", "clusters",
                    "workstream", "workstreams", "portfolio", "department", "departments", "group", "section",
                    "sections", "desk", "region", "regions", "site", "sites", "store", "stores", "shop", "plant",
                    "depot", "crew", "crews", "shift", "squad", "centre", "center", "staff", "clinic", "ward",
                    "warehouse", "line"),
            plus(inflected("lead", "head", "manage", "oversee", "run", "direct", "supervise", "chair", "steer"),
                    "led", "ran", "management", "leadership", "oversight", "supervision"),
            List.of("day-to-day", "day to day", "daily", "everyday", "rota", "rotas", "shifts", "shift pattern",
                    "queue", "stand-up", "standup"),
            List.of("types", "typing", "photocopies", "photocopying", "filing", "files the", "books travel",
                    "books meetings", "books rooms", "answers the phone", "answers the telephone", "answers calls",
                    "answers the switchboard", "switchboard", "takes the minutes", "takes minutes", "minute-taking",
                    "data entry", "enters data", "keys in", "processes invoices", "processes expense claims",
                    "sorts the post", "opens the post", "franks", "stationery", "orders supplies", "greets visitors",
                    "keeps the diary", "manages the diary", "diary", "diaries", "makes the tea", "refreshments",
                    "draft", "drafts", "drafting", "vet", "vets", "hands-on", "individual contributor",
                    "by hand", "provide assistance",
                    "provides assistance", "copies", "scans", "scanning", "shreds", "shredding", "post room",
                    "mailroom", "timesheets", "expense claims", "invoices", "petty cash", "filling in", "fills in",
                    "spreadsheets", "spreadsheet", "prints", "printing", "collects", "delivers the post",
                    "writes code", "fixes bugs", "bug fixes", "cold calls", "serves customers", "till",
                    "cleans", "packs", "picks", "loads", "unloads", "replies to", "responds to emails",
                    "emails", "letters", "paperwork", "clerical", "administrative support", "admin", "payroll",
                    "repairs", "installs", "services the", "cooks", "serves", "answers", "replies", "checks in",
                    "codes", "debugs", "configures", "fixes", "tests the"),
            words("strategy", "strategies", "strategic", "policy", "policies", "budget", "budgets", "spending",
                    "spend", "expenditure", "finances", "financial", "finance", "governance", "priorities",
                    "direction", "vision", "risk", "risks", "costs", "plan", "plans", "planning", "compliance",
                    "performance", "objectives", "goals", "targets"),
            words("of", "for"), words("and"), words("to"), List.of("ing"), words("on"), false);

    /** German, as job descriptions in Germany, Austria and Switzerland are written. */
    public static final DutyCues GERMAN = ForeignCues.german();
    /** French. */
    public static final DutyCues FRENCH = ForeignCues.french();
    /** Spanish. */
    public static final DutyCues SPANISH = ForeignCues.spanish();

    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    private static Set<String> plus(Set<String> words, String... more) {
        java.util.Set<String> out = new java.util.HashSet<>(words);
        out.addAll(java.util.Arrays.asList(more));
        return Set.copyOf(out);
    }

    /** Every regular English form of each verb: "lead", "leads", "leading", "leaded" (irregular forms are listed). */
    private static Set<String> inflected(String... verbs) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String v : verbs) {
            out.add(v);
            out.addAll(thirdPerson(v));
            String stem = v.endsWith("e") && !v.endsWith("ee") ? v.substring(0, v.length() - 1) : v;
            out.add(stem + "ing");
            out.add(v.endsWith("e") ? v + "d" : v + "ed");
            boolean consonantY = v.endsWith("y") && v.length() > 2 && "aeiou".indexOf(v.charAt(v.length() - 2)) < 0;
            if (consonantY) {
                out.add(v.substring(0, v.length() - 1) + "ied");
            }
            char last = v.charAt(v.length() - 1);
            boolean shortClosed = v.length() >= 3 && v.length() <= 4 && "bdgmnprt".indexOf(last) >= 0
                    && "aeiou".indexOf(v.charAt(v.length() - 2)) >= 0 && "aeiou".indexOf(v.charAt(v.length() - 3)) < 0;
            if (shortClosed) {
                out.add(v + last + "ing");
                out.add(v + last + "ed");
            }
        }
        return Set.copyOf(out);
    }

    /** The forms of each verb that agree with "he", "she" or "it": "leads", "does", "carries". */
    private static Set<String> thirdPerson(String... verbs) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String v : verbs) {
            if (v.endsWith("s") || v.endsWith("sh") || v.endsWith("ch") || v.endsWith("x") || v.endsWith("o")) {
                out.add(v + "es");
            } else if (v.endsWith("y") && v.length() > 2 && "aeiou".indexOf(v.charAt(v.length() - 2)) < 0) {
                out.add(v.substring(0, v.length() - 1) + "ies");
            } else {
                out.add(v + "s");
            }
        }
        return Set.copyOf(out);
    }
}
