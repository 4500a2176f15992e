package dev.orgwright.rules;

import dev.orgwright.rules.Tokens.Token;
import java.util.List;
import java.util.Set;

/**
 * Tells a duty from a sentence that states nothing a post does: a placeholder ("Not defined"),
 * a fragment cut off mid-sentence, a description of a team, a service or a fact ("The unit
 * provides …", "Airwave is the digital radio service …"), or a post's or a team's name ("Head
 * of Regulation Team"). A duty starts with what the post does ("Leads …", "To chair …",
 * "Responsible for …", "Management of …"), or has the post as its subject ("The Director leads
 * …", "They vet …").
 */
final class DutyShape {

    private final DutyCues cues;
    private final Set<String> actions;
    private final Set<String> ambiguous;
    private final Set<String> markers;
    private final Set<String> nominal;

    DutyShape(DutyCues cues) {
        this.cues = cues;
        this.actions = cues.actions();
        this.ambiguous = cues.ambiguousActions();
        this.markers = cues.dutyMarkers();
        this.nominal = Tokens.stems(cues.nominalActions(), Language.of(cues.locale()));
    }

    /** Why {@code sentence} is no duty, or {@code null} when it is one. */
    String whyNotADuty(String sentence, List<Token> tokens) {
        String bare = withoutTrailingMarks(sentence).toLowerCase(cues.locale());
        if (bare.isEmpty() || cues.placeholders().contains(bare) || cues.placeholders().stream()
                .anyMatch(p -> p.length() > 3 && bare.startsWith(p + " "))) {
            return RuleTexts.t("rules.not-a-duty.placeholder", sentence.strip());
        }
        if (Character.isLowerCase(sentence.strip().codePointAt(0))) {
            return RuleTexts.t("rules.not-a-duty.starts-cut");
        }
        String end = sentence.strip();
        char lastChar = end.charAt(end.length() - 1);
        boolean finished = lastChar == '.' || lastChar == '!' || lastChar == '?';
        Token last = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
        if (last != null && (!last.word() && !last.lower().equals(")")
                || !finished && cues.danglingEnds().contains(last.lower()))) {
            return RuleTexts.t("rules.not-a-duty.ends-cut", last.original());
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (startsDuty(tokens, i)) {
                return null;
            }
            if (i > 0 && isFiniteVerb(tokens, i)) {
                return subjectIsThePost(tokens, i) ? null
                        : RuleTexts.t("rules.not-a-duty.describes", subject(tokens, i));
            }
        }
        if (!tokens.isEmpty() && cues.describingStarts().contains(tokens.get(0).lower())) {
            return RuleTexts.t("rules.not-a-duty.plan");
        }
        return RuleTexts.t("rules.not-a-duty.name");
    }

    private static String withoutTrailingMarks(String sentence) {
        int end = sentence.length();
        while (end > 0 && ".!?;:,".indexOf(sentence.charAt(end - 1)) >= 0 || end > 0
                && Character.isWhitespace(sentence.charAt(end - 1))) {
            end--;
        }
        int start = 0;
        while (start < end && Character.isWhitespace(sentence.charAt(start))) {
            start++;
        }
        return sentence.substring(start, end);
    }

    /** Whether the words from {@code i} on state work: an action, "responsible for", "management of". */
    private boolean startsDuty(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!t.word()) {
            return false;
        }
        String next = i + 1 < tokens.size() ? tokens.get(i + 1).lower() : "";
        String previous = i > 0 ? tokens.get(i - 1).lower() : "";
        if (markers.contains(t.lower())) {
            return true;
        }
        if (nominal.contains(t.stem()) && cues.linkers().contains(next)) {
            return true;
        }
        boolean ing = cues.isGerund(t.lower()) && !cues.nonActions().contains(t.lower());
        if (ing && (actions.contains(t.lower()) || i == 0 || previous.equals(",") || cues.conjunctions().contains(previous))) {
            return true;
        }
        if (i == 0 && looksLikeAVerb(tokens)) {
            return true;
        }
        if (!actions.contains(t.lower()) && !ambiguous.contains(t.lower())) {
            return false;
        }
        if (!ambiguous.contains(t.lower())) {
            return i == 0 || cues.infinitiveMarkers().contains(previous) || previous.equals(";") || previous.equals(":")
                    || cues.fillers().contains(previous) && (!cues.conjunctions().contains(previous) || i <= 2);
        }
        boolean nounNext = cues.linkers().contains(next) || next.equals(",") || next.equals("&")
                || cues.conjunctions().contains(next) || next.isEmpty() || next.equals("-");
        if (i == 0) {
            return !nounNext;
        }
        return cues.infinitiveMarkers().contains(previous) || cues.fillers().contains(previous)
                || cues.particles().contains(next) && !previous.equals(",")
                || cues.thirdPerson().contains(t.lower()) && onlyFillersBefore(tokens, i);
    }

    /** Whether the first word has a verb's ending and a word in lower case follows ("Draws up the rota"). */
    private boolean looksLikeAVerb(List<Token> tokens) {
        if (tokens.size() < 2 || !tokens.get(1).word()) {
            return false;
        }
        String first = tokens.get(0).lower();
        String second = tokens.get(1).original();
        boolean ending = cues.verbEndings().stream().anyMatch(e -> first.endsWith(e) && !first.endsWith(e + e));
        return ending && first.length() > 3 && !cues.postNouns().contains(first)
                && Character.isLowerCase(second.codePointAt(0));
    }

    /** Whether the word at {@code i} is the verb of a subject before it ("The unit provides"). */
    private boolean isFiniteVerb(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!t.word()) {
            return false;
        }
        if (cues.copulas().contains(t.lower())) {
            return true;
        }
        if (!actions.contains(t.lower()) && !ambiguous.contains(t.lower())) {
            return false;
        }
        if (onlyFillersBefore(tokens, i)) {
            return false;
        }
        return cues.thirdPerson().contains(t.lower()) || cues.postNouns().contains(tokens.get(i - 1).lower());
    }

    /** Whether only words such as "Also" come before {@code i}: "Also oversees …" has no subject. */
    private boolean onlyFillersBefore(List<Token> tokens, int i) {
        for (int j = 0; j < i; j++) {
            if (!cues.fillers().contains(tokens.get(j).lower())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the subject is the post: a post's noun at the head of the subject, that is last
     * before the verb ("Deputy Parliamentary Counsel lead") or followed by "of", "for", a comma or a
     * bracket ("The Head of the Civil Service leads"). "The specialist EU team advises" is about a team.
     */
    private boolean subjectIsThePost(List<Token> tokens, int verb) {
        for (int i = 0; i < verb; i++) {
            if (cues.postNouns().contains(tokens.get(i).lower())) {
                String next = i + 1 < verb ? tokens.get(i + 1).lower() : "";
                if (i + 1 == verb || cues.linkers().contains(next) || next.equals(",")
                        || next.equals("(")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String subject(List<Token> tokens, int verb) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < verb; i++) {
            Token t = tokens.get(i);
            if (t.word() && out.length() > 0 || t.original().equals("(") || t.original().equals("&")) {
                out.append(' ');
            }
            out.append(t.original());
        }
        return out.toString();
    }
}
