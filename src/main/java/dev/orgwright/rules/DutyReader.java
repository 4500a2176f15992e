package dev.orgwright.rules;

import dev.orgwright.model.Duty;
import dev.orgwright.model.Templates;
import dev.orgwright.model.Tier;
import dev.orgwright.rules.SentenceReading.Scope;
import dev.orgwright.rules.Tokens.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads duties sentence by sentence and says which tier each sentence's work belongs to, with a
 * confidence and the words that decided. A tier is a question of scope, as the seed article puts
 * it: the whole organisation's strategy, policy or budget is senior work; running one part
 * (a team, a unit, a programme, day to day) is executive work, even when it is called strategy;
 * doing the work oneself is staff work. "Strategy" alone says nothing: whose strategy? So a
 * sentence is put in a tier by its scope first, and only then by the catalog responsibility it
 * comes nearest to; the catalog alone gives only weak evidence.
 *
 * <p>Which tier is which scope: the default template's tiers by their ids; in another catalog
 * the highest tier is the whole organisation's, the lowest (of three or more) the one that does
 * the work, and the next below the highest runs the parts. Readings are cached by sentence.
 *
 * <p>A reader made by {@link #forEveryLanguage} reads each duty in its own language (English,
 * German, French or Spanish, {@link Language#detect}) with that language's {@link DutyCues};
 * the one made with one set of cues reads everything in their language.
 */
public final class DutyReader {

    /** Confidence of each kind of evidence; the rule reports a position at 0.7 and more by default. */
    static final double WHOLE_WITH_TOPIC = 0.9;
    static final double WHOLE_WITHOUT_TOPIC = 0.55;
    static final double OWN_WORK = 0.85;
    static final double PART_NAMED = 0.75;
    static final double PART_BY_VERB = 0.55;
    static final double CATALOG_ONLY = 0.6;
    /** The catalog alone calling a sentence senior: whose strategy, whose budget? */
    static final double CATALOG_ONLY_SENIOR = 0.4;
    /** Words in a noun phrase between "the Department's" and a part's name ("the Department's finance team"). */
    private static final int NOUN_PHRASE = 3;
    /** How far after a verb of managing the part it manages may come ("leads the EU policy team"). */
    private static final int OBJECT_REACH = 6;
    private static final int CACHE_LIMIT = 100_000;

    private final DutyMatcher matcher;
    private final DutyCues cues;
    private final SentenceSplitter splitter;
    private final DutyShape shape;
    private final Map<Scope, String> tierOfScope = new EnumMap<>(Scope.class);
    private final Set<String> partNouns;
    private final Set<String> managing;
    private final Set<String> topics;
    private final Set<String> markers;
    private final Map<String, List<List<String>>> everyday;
    private final Map<String, List<List<String>>> ownWork;
    /** For each whole-organisation phrase, whether it is found only with its capitals. */
    private final boolean[] exactCase;
    private final ConcurrentHashMap<String, SentenceReading> cache = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, List<String>> sentences = new ConcurrentHashMap<>();
    /** The reader of each language a duty may be written in, or null when this reader reads one language. */
    private final Map<Language, DutyReader> languages;

    /** A reader for the catalog of {@code tiers}, matched by {@code matcher}, in the language of {@code cues}. */
    public DutyReader(List<Tier> tiers, DutyMatcher matcher, DutyCues cues) {
        this(tiers, matcher, cues, false);
    }

    /**
     * A reader for the catalog of {@code tiers} that reads each duty in its own language
     * ({@link Language#detect}): English, German, French or Spanish, each with its cues.
     */
    public static DutyReader forEveryLanguage(List<Tier> tiers, DutyMatcher matcher) {
        return new DutyReader(tiers, matcher, DutyCues.ENGLISH, true);
    }

    private DutyReader(List<Tier> tiers, DutyMatcher matcher, DutyCues cues, boolean everyLanguage) {
        this.matcher = matcher;
        this.cues = cues;
        this.splitter = new SentenceSplitter(cues);
        this.shape = new DutyShape(cues);
        this.partNouns = cues.partNouns();
        this.managing = cues.managing();
        this.topics = Tokens.stems(cues.scopedTopics(), Language.of(cues.locale()));
        this.markers = cues.dutyMarkers();
        this.everyday = Tokens.index(Tokens.phrases(cues.everyday(), cues.locale()));
        this.ownWork = Tokens.index(Tokens.phrases(cues.ownWork(), cues.locale()));
        this.exactCase = new boolean[cues.wholeOrganisation().size()];
        for (int i = 0; i < exactCase.length; i++) {
            String phrase = cues.wholeOrganisation().get(i);
            exactCase[i] = !phrase.toLowerCase(cues.locale()).equals(phrase);
        }
        assignScopes(tiers);
        if (everyLanguage) {
            Map<Language, DutyReader> readers = Language.map();
            for (Language language : Language.values()) {
                DutyCues own = DutyCues.of(language);
                readers.put(language, own == cues ? this : new DutyReader(tiers, matcher, own, false));
            }
            this.languages = readers;
        } else {
            this.languages = null;
        }
    }

    /** The reader of the language {@code text} is written in: this one unless it reads every language. */
    private DutyReader in(String text) {
        return languages == null ? this : languages.get(Language.detect(text));
    }

    /** A reader of the English cues for the catalog of {@code tiers}. */
    public static DutyReader english(List<Tier> tiers, MatchSettings settings) {
        return new DutyReader(tiers, new DutyMatcher(tiers, settings), DutyCues.ENGLISH);
    }

    private void assignScopes(List<Tier> tiers) {
        List<Tier> ranked = tiers.stream().filter(t -> !t.responsibilities().isEmpty())
                .sorted(Comparator.comparingInt(Tier::rank)).toList();
        Set<String> ids = new java.util.HashSet<>();
        ranked.forEach(t -> ids.add(t.id()));
        if (ids.contains(Templates.SENIOR) && ids.contains(Templates.EXECUTIVE)) {
            tierOfScope.put(Scope.WHOLE_ORGANISATION, Templates.SENIOR);
            tierOfScope.put(Scope.ONE_PART, Templates.EXECUTIVE);
            if (ids.contains(Templates.STAFF)) {
                tierOfScope.put(Scope.OWN_WORK, Templates.STAFF);
            }
            return;
        }
        if (ranked.size() >= 2) {
            tierOfScope.put(Scope.WHOLE_ORGANISATION, ranked.get(0).id());
            tierOfScope.put(Scope.ONE_PART, ranked.get(1).id());
        }
        if (ranked.size() >= 3) {
            tierOfScope.put(Scope.OWN_WORK, ranked.get(ranked.size() - 1).id());
        }
    }

    public DutyMatcher matcher() {
        return matcher;
    }

    public DutyCues cues() {
        return cues;
    }

    /** The sentences of a duty's text. */
    public List<String> sentences(String text) {
        DutyReader own = in(text);
        if (own != this) {
            return own.sentences(text);
        }
        List<String> cached = sentences.get(text);
        if (cached != null) {
            return cached;
        }
        List<String> split = List.copyOf(splitter.split(text));
        if (sentences.size() < CACHE_LIMIT) {
            sentences.put(text, split);
        }
        return split;
    }

    /**
     * A duty read sentence by sentence. A duty linked to the catalog by the user is one reading,
     * certain, in the tier of its responsibility.
     */
    public List<SentenceReading> read(Duty duty) {
        if (duty.responsibilityId() != null && matcher.knows(duty.responsibilityId())) {
            DutyMatch m = matcher.match(duty);
            return List.of(new SentenceReading(duty.text(), true, null, Scope.UNSAID, m.tierId(), 1.0,
                    List.of(m.responsibilityId()), m));
        }
        // Every sentence of a duty is read in the duty's language.
        DutyReader own = in(duty.text());
        List<String> split = own.sentences(duty.text());
        List<SentenceReading> out = new ArrayList<>(split.size());
        split.forEach(s -> out.add(own.readHere(s)));
        return out;
    }

    /** One sentence, in its own language: a duty or not, and if a duty, where it points. */
    public SentenceReading read(String sentence) {
        return in(sentence).readHere(sentence);
    }

    private SentenceReading readHere(String sentence) {
        SentenceReading cached = cache.get(sentence);
        if (cached != null) {
            return cached;
        }
        SentenceReading reading = compute(sentence);
        if (cache.size() < CACHE_LIMIT) {
            cache.put(sentence, reading);
        }
        return reading;
    }

    private SentenceReading compute(String sentence) {
        List<Token> tokens = Tokens.of(sentence, cues.locale());
        DutyMatch match = matcher.match(sentence);
        String why = shape.whyNotADuty(sentence, tokens);
        if (why != null) {
            return SentenceReading.notADuty(sentence, why, match);
        }
        String whole = wholeOrganisation(sentence, tokens);
        String topic = whole == null ? null : topic(tokens, match);
        if (whole != null && topic != null && tierOfScope.containsKey(Scope.WHOLE_ORGANISATION)) {
            return duty(sentence, Scope.WHOLE_ORGANISATION, WHOLE_WITH_TOPIC, List.of(whole, topic), match);
        }
        String daily = everyday(tokens);
        if (daily != null && tierOfScope.containsKey(Scope.ONE_PART)) {
            return duty(sentence, Scope.DAY_TO_DAY, PART_NAMED, List.of(daily), match);
        }
        String partNamed = partNamed(tokens);
        if (partNamed != null) {
            return duty(sentence, Scope.ONE_PART, PART_NAMED, List.of(partNamed), match);
        }
        String own = ownWork(tokens);
        if (own != null && tierOfScope.containsKey(Scope.OWN_WORK)) {
            return duty(sentence, Scope.OWN_WORK, OWN_WORK, List.of(own), match);
        }
        boolean catalogSaysOwnWork = match.isMatched() && match.tierId().equals(tierOfScope.get(Scope.OWN_WORK));
        if (whole != null && !catalogSaysOwnWork && tierOfScope.containsKey(Scope.WHOLE_ORGANISATION)) {
            return duty(sentence, Scope.WHOLE_ORGANISATION, WHOLE_WITHOUT_TOPIC, List.of(whole), match);
        }
        String verb = managingVerb(tokens);
        if (verb != null) {
            return duty(sentence, Scope.ONE_PART, PART_BY_VERB, List.of(verb), match);
        }
        if (!match.isMatched()) {
            return new SentenceReading(sentence, true, null, Scope.UNSAID, null, 0, List.of(), match);
        }
        if (match.tierId().equals(tierOfScope.get(Scope.WHOLE_ORGANISATION)) && tierOfScope.containsKey(Scope.ONE_PART)
                && onlyScopedTopics(match)) {
            // Strategy, policy or budget, but nothing says whose: not the whole organisation's.
            return new SentenceReading(sentence, true, null, Scope.UNSAID, tierOfScope.get(Scope.ONE_PART),
                    CATALOG_ONLY_SENIOR, match.words(), match);
        }
        return new SentenceReading(sentence, true, null, Scope.UNSAID, match.tierId(), CATALOG_ONLY, match.words(), match);
    }

    /** Whether every word the catalog matched is one any part has too ("strategy", "budget"). */
    private boolean onlyScopedTopics(DutyMatch match) {
        for (String word : match.words()) {
            if (!cues.inList(topics, Tokens.stem(word.toLowerCase(cues.locale()), Language.of(cues.locale())))) {
                return false;
            }
        }
        return true;
    }

    private SentenceReading duty(String sentence, Scope scope, double confidence, List<String> cueWords, DutyMatch match) {
        String tier = tierOfScope.get(scope == Scope.DAY_TO_DAY ? Scope.ONE_PART : scope);
        if (tier == null) {
            return new SentenceReading(sentence, true, null, scope, match.tierId(), CATALOG_ONLY, match.words(), match);
        }
        boolean agrees = tier.equals(match.tierId());
        return new SentenceReading(sentence, true, null, scope, tier, Math.min(1, confidence + (agrees ? 0.05 : 0)),
                cueWords, match);
    }

    /** The first phrase that puts the work on the whole organisation, unless it only names a part of it. */
    private String wholeOrganisation(String sentence, List<Token> tokens) {
        boolean english = cues.locale().getLanguage().equals("en");
        String text = english ? sentence : sentence.replace('’', '\'');
        String lower = text.toLowerCase(cues.locale());
        for (int i = 0; i < cues.wholeOrganisation().size(); i++) {
            String phrase = cues.wholeOrganisation().get(i);
            int at = exactCase[i] ? indexOfWord(text, phrase) : indexOfWord(lower, phrase);
            if (at >= 0 && !namesAPart(sentence, at + phrase.length()) && (english || !partBefore(sentence, at))) {
                return sentence.substring(at, at + phrase.length());
            }
        }
        return null;
    }

    private static int indexOfWord(String text, String phrase) {
        int from = 0;
        while (true) {
            int at = text.indexOf(phrase, from);
            if (at < 0) {
                return -1;
            }
            int end = at + phrase.length();
            boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean endOk = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startOk && endOk) {
                return at;
            }
            from = at + 1;
        }
    }

    /**
     * Whether a part is named just before a whole-organisation phrase: in German, French and
     * Spanish the part comes first ("die Finanzabteilung des Unternehmens", "l'équipe finance de
     * l'entreprise", "el área financiera de la empresa").
     */
    private boolean partBefore(String sentence, int at) {
        List<Token> before = Tokens.of(sentence.substring(0, at), cues.locale());
        for (int i = before.size() - 1; i >= Math.max(0, before.size() - NOUN_PHRASE); i--) {
            Token t = before.get(i);
            if (!t.word()) {
                return false;
            }
            if (cues.inList(partNouns, t.lower())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the noun phrase after a whole-organisation phrase ends on a part ("… finance team"). */
    private boolean namesAPart(String sentence, int from) {
        List<Token> after = Tokens.of(sentence.substring(from), cues.locale());
        for (int i = 0; i < Math.min(NOUN_PHRASE, after.size()); i++) {
            Token t = after.get(i);
            if (!t.word()) {
                return false;
            }
            if (cues.inList(partNouns, bare(t))) {
                return true;
            }
        }
        return false;
    }

    /** A senior topic of the sentence: a word such as "budget" or "strategy", or the catalog's senior match. */
    private String topic(List<Token> tokens, DutyMatch match) {
        for (Token t : tokens) {
            if (t.word() && cues.inList(topics, t.stem())) {
                return t.original();
            }
        }
        String senior = tierOfScope.get(Scope.WHOLE_ORGANISATION);
        if (senior != null && senior.equals(match.tierId()) && !match.words().isEmpty()) {
            return match.words().get(0);
        }
        return null;
    }

    /** "day-to-day", "the rota": running one part day to day. */
    private String everyday(List<Token> tokens) {
        int[] at = Tokens.findAny(tokens, everyday);
        return at == null ? null : span(tokens, at[0], at[1]);
    }

    /** "leads the … team", "the unit's": running one named part. */
    private String partNamed(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.word() && t.lower().endsWith("'s") && cues.inList(partNouns, bare(t))) {
                return t.original();
            }
            if (t.word() && managing.contains(t.lower()) && isVerbOfManaging(tokens, i)) {
                for (int j = i + 1; j < Math.min(tokens.size(), i + 1 + OBJECT_REACH); j++) {
                    Token o = tokens.get(j);
                    if (!o.word() && !o.lower().equals("&") && !o.lower().equals("-")) {
                        break;
                    }
                    if (o.word() && cues.inList(partNouns, bare(o))) {
                        return span(tokens, i, j);
                    }
                }
            }
        }
        return null;
    }

    /** A verb of running something ("leads", "oversees", "management of") with no part named. */
    private String managingVerb(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.word() && (managing.contains(t.lower()) && isVerbOfManaging(tokens, i) || markers.contains(t.lower()))) {
                return t.original();
            }
        }
        return null;
    }

    private boolean isVerbOfManaging(List<Token> tokens, int i) {
        String next = i + 1 < tokens.size() ? tokens.get(i + 1).lower() : "";
        String previous = i > 0 ? tokens.get(i - 1).lower() : "";
        String word = tokens.get(i).lower();
        if (cues.linkers().contains(next)) {
            return !word.equals("head") && !word.equals("lead") && !word.equals("heads") && !word.equals("leads")
                    && !word.equals("director") || i == 0 && !word.startsWith("head") && !word.startsWith("lead");
        }
        return i == 0 || cues.infinitiveMarkers().contains(previous) || cues.conjunctions().contains(previous)
                || previous.equals("also") || cues.locale().getLanguage().equals("en") && word.endsWith("s")
                || cues.thirdPerson().contains(word) || cues.isGerund(word) || cues.postNouns().contains(previous);
    }

    /** A word without its possessive ending: "team's" is "team". */
    private static String bare(Token t) {
        return t.lower().endsWith("'s") ? t.lower().substring(0, t.lower().length() - 2) : t.lower();
    }

    private String ownWork(List<Token> tokens) {
        int[] at = Tokens.findAny(tokens, ownWork);
        return at == null ? null : span(tokens, at[0], at[1]);
    }

    private static String span(List<Token> tokens, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i <= to; i++) {
            if (out.length() > 0 && tokens.get(i).word()) {
                out.append(' ');
            }
            out.append(tokens.get(i).original());
        }
        return out.toString();
    }
}
