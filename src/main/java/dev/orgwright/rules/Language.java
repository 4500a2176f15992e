package dev.orgwright.rules;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A language duties are written in: its stop words (dropped before matching), its stemmer, and
 * the small words, letters and word endings that give it away. A chart may mix languages (a German catalog, a duty pasted
 * from an English job advert), so the language is told per duty, by counting the words of each
 * language's list that the duty uses; a duty that uses none, or as many of English as of any
 * other, is English, which is what it was before there were other languages.
 */
public enum Language {

    ENGLISH(Locale.ENGLISH, Stemmer.english(),
            Set.of("a", "about", "across", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been",
                    "being", "both", "but", "by", "can", "do", "does", "each", "either", "every", "for", "from", "get",
                    "gets", "had", "has", "have", "he", "her", "his", "how", "i", "if", "in", "into", "is", "it", "its",
                    "make", "makes", "making", "me", "more", "most", "my", "no", "not", "of", "on", "or", "our",
                    "ours", "out", "over", "own", "per", "s", "she", "so", "such", "than", "that", "the", "their",
                    "them", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "up",
                    "upon", "us", "via", "was", "we", "were", "what", "when", "where", "whether", "which", "while",
                    "who", "whom", "why", "will", "with", "within", "would", "you", "your",
                    // Words of job descriptions that say nothing about which duty it is.
                    "responsible", "responsibility", "responsibilities", "accountable", "ensure", "ensures",
                    "ensuring", "sure", "task", "tasked", "role", "duty", "duties", "etc"),
            Set.of("the", "and", "of", "to", "for", "with", "is", "are", "on", "its", "their", "from", "by", "all",
                    "across", "into", "that", "this", "our", "who", "which", "an", "at", "be", "as", "or", "it", "in"),
            "", List.of()),

    GERMAN(Locale.GERMAN, Stemmer.german(),
            Set.of("der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "und",
                    "oder", "sowie", "von", "vom", "für", "mit", "im", "in", "am", "an", "auf", "aus", "bei", "zu",
                    "zum", "zur", "über", "unter", "nach", "durch", "als", "auch", "sich", "sie", "er", "es", "wir",
                    "ihr", "ihre", "ihren", "ihrer", "sein", "seine", "seinen", "seiner", "ist", "sind", "wird",
                    "werden", "hat", "haben", "bzw", "usw", "etc", "alle", "allen", "aller", "jede", "jeden", "jeder",
                    "dass", "damit", "dabei", "hierbei", "sowohl", "gegenüber", "innerhalb", "ggf", "z", "b",
                    // Words of job descriptions that say nothing about which duty it is.
                    "verantwortlich", "verantwortet", "verantworten", "zuständig", "sicher", "stellt",
                    "sicherstellen", "sicherstellung", "aufgabe", "aufgaben", "rolle"),
            Set.of("der", "die", "das", "den", "dem", "des", "und", "von", "vom", "für", "mit", "im", "auf", "zum",
                    "zur", "über", "eine", "einen", "einem", "einer", "ist", "sind", "wird", "sowie", "sich", "bei",
                    "ihre", "seine", "alle", "aller", "nach", "durch", "aus", "oder", "zu"),
            "äöüß", List.of("ung", "ungen", "keit", "heit", "schaft", "ieren", "iert")),

    FRENCH(Locale.FRENCH, Stemmer.french(),
            Set.of("le", "la", "les", "l", "de", "des", "du", "d", "un", "une", "et", "ou", "à", "au", "aux", "en",
                    "dans", "pour", "par", "sur", "avec", "sans", "sous", "entre", "vers", "chez", "son", "sa", "ses",
                    "leur", "leurs", "ce", "cet", "cette", "ces", "qui", "que", "qu", "il", "elle", "ils", "elles",
                    "nous", "vous", "se", "s", "est", "sont", "a", "ont", "être", "avoir", "ainsi", "tout", "toute",
                    "tous", "toutes", "plus", "etc", "y", "ne", "pas", "afin",
                    // Words of job descriptions that say nothing about which duty it is.
                    "responsable", "responsables", "veille", "veiller", "assure", "assurer", "charge", "chargé",
                    "chargée", "tâche", "tâches", "rôle", "mission", "missions"),
            Set.of("le", "la", "les", "l", "de", "des", "du", "d", "une", "et", "au", "aux", "dans", "pour", "par",
                    "sur", "avec", "son", "sa", "ses", "leur", "leurs", "ce", "cette", "ces", "qui", "que", "qu",
                    "est", "sont", "il", "elle", "à", "en", "un"),
            "àâçèêëîïôûœ", List.of("eaux", "eurs", "euse", "euses")),

    SPANISH(Locale.forLanguageTag("es"), Stemmer.spanish(),
            Set.of("el", "la", "los", "las", "lo", "un", "una", "unos", "unas", "y", "e", "o", "u", "de", "del", "a",
                    "al", "en", "por", "para", "con", "sin", "sobre", "entre", "hacia", "hasta", "su", "sus", "se",
                    "que", "es", "son", "está", "están", "ha", "han", "ser", "como", "también", "etc", "cada",
                    "todo", "toda", "todos", "todas", "mediante", "según",
                    // Words of job descriptions that say nothing about which duty it is.
                    "responsable", "responsables", "encargado", "encargada", "asegurar", "asegura", "garantizar",
                    "garantiza", "tarea", "tareas", "rol", "papel"),
            Set.of("el", "la", "los", "las", "y", "de", "del", "al", "en", "por", "para", "con", "su", "sus", "se",
                    "que", "es", "son", "una", "un", "lo", "sobre", "entre", "cada", "todos", "todas"),
            "áíóúñ¿¡", List.of("idad", "idades", "ados", "adas", "iones", "dores"));

    private static final Map<Locale, Language> BY_LANGUAGE = new ConcurrentHashMap<>();
    private static final int STEM_CACHE_LIMIT = 200_000;

    private final Locale locale;
    private final Stemmer stemmer;
    private final Set<String> stopWords;
    private final Set<String> markers;
    private final String letters;
    private final List<String> endings;
    /** Stems are cached: a chart of 100,000 positions repeats the same few thousand words. */
    private final ConcurrentHashMap<String, String> stems = new ConcurrentHashMap<>();

    Language(Locale locale, Stemmer stemmer, Set<String> stopWords, Set<String> markers, String letters,
             List<String> endings) {
        this.endings = endings;
        this.locale = locale;
        this.stemmer = stemmer;
        this.stopWords = stopWords;
        this.markers = markers;
        this.letters = letters;
    }

    /** Whether the language writes compounds as one word ("Vertriebsteam", "Unternehmensstrategie"). */
    boolean writesCompounds() {
        return this == GERMAN;
    }

    /** The language of the sentence rules and of lower-casing. */
    public Locale locale() {
        return locale;
    }

    /** The language of {@code locale}, English for one this program does not read. */
    public static Language of(Locale locale) {
        return BY_LANGUAGE.computeIfAbsent(locale, l -> {
            for (Language language : values()) {
                if (language.locale.getLanguage().equals(l.getLanguage())) {
                    return language;
                }
            }
            return ENGLISH;
        });
    }

    boolean isStopWord(String lower) {
        return stopWords.contains(lower);
    }

    /** The stem of one lower-case word, cached. */
    String stem(String lower) {
        String cached = stems.get(lower);
        if (cached != null) {
            return cached;
        }
        String stem = stemmer.stem(lower);
        if (stems.size() < STEM_CACHE_LIMIT) {
            stems.put(lower, stem);
        }
        return stem;
    }

    /**
     * The language {@code text} is most likely written in: the one whose small words ("the",
     * "der", "les", "los") and letters ("ß", "ç", "ñ") it uses most. English wins a tie.
     */
    public static Language detect(String text) {
        int[] votes = new int[values().length];
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                String word = text.substring(start, i).toLowerCase(Locale.ROOT);
                for (Language language : values()) {
                    if (language.markers.contains(word) || language.hasOwnLetter(word) || language.hasOwnEnding(word)) {
                        votes[language.ordinal()]++;
                    }
                }
                start = -1;
            }
        }
        Language best = ENGLISH;
        for (Language language : values()) {
            if (votes[language.ordinal()] > votes[best.ordinal()]) {
                best = language;
            }
        }
        return best;
    }

    private boolean hasOwnEnding(String word) {
        for (String ending : endings) {
            if (word.endsWith(ending) && word.length() > ending.length() + 3) {
                return true;
            }
        }
        return false;
    }

    private boolean hasOwnLetter(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (letters.indexOf(word.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Every language by itself, for callers that keep one thing per language. */
    static <T> Map<Language, T> map() {
        return new EnumMap<>(Language.class);
    }
}
