package dev.orgwright.rules;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Duty;
import dev.orgwright.model.Edits;
import dev.orgwright.model.Messages;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Tier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Duties that belong to another tier: a head of sales who "decides on restructuring the
 * company", a chief executive who "types up the minutes". Each duty is read sentence by sentence
 * ({@link DutyReader}); the position is judged on all its sentences together and gets at most one
 * finding, which quotes the one to three sentences that weigh most, the tier they point to, the
 * words that decided and the nearest responsibility of that tier. The finding carries a
 * confidence and is reported only from {@code rules.duty-outside-tier.confidence} on (default
 * {@value #DEFAULT_CONFIDENCE}, chosen for precision on real job descriptions); a user who wants
 * the weaker signs too lowers it.
 */
final class DutyOutsideTierRule implements PositionRule {

    static final String ID = "duty-outside-tier";
    /** The setting under rules.duty-outside-tier that sets the confidence from which a position is reported. */
    static final String CONFIDENCE = "confidence";
    static final double DEFAULT_CONFIDENCE = 0.7;
    /** What each further sentence pointing to the same tier adds to the confidence, for at most two. */
    private static final double AGREEMENT_BONUS = 0.05;
    /** Sentences weaker than this are not quoted beside the one that weighs most. */
    private static final double QUOTE_FLOOR = 0.5;
    private static final int MAX_QUOTED = 3;
    /**
     * What leading one part counts for on a position of a higher tier: senior posts lead their own
     * offices and teams too, so that alone is weak evidence; running a part day to day is not.
     */
    private static final double LEADING_A_PART_ABOVE = 0.6;
    /** What a sentence gains when it points two or more tiers away: the words rarely match that far by accident. */
    private static final double FAR_TIER_BONUS = 0.15;

    /** How far down the reports to look for someone of a lower tier to hand a duty to. */
    private static final int SEARCH_BELOW_LIMIT = 2_000;

    /** A sentence of duty {@code dutyIndex} that points to another tier. */
    private record Evidence(int dutyIndex, SentenceReading reading) {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "Duties whose scope belongs to another tier (the whole organisation's work on a unit head, clerical"
                + " work on a director): one finding a position, quoting the sentences that weigh most, reported"
                + " from a confidence of 0.7 (setting 'confidence').";
    }

    @Override
    public void check(PositionContext ctx, Reporter reporter) {
        Optional<Tier> own = ctx.tier();
        if (own.isEmpty()) {
            return;
        }
        List<Evidence> evidence = evidence(ctx, own.get());
        if (evidence.isEmpty()) {
            return;
        }
        Evidence top = evidence.get(0);
        Tier other = ctx.chart().tier(top.reading().tierId()).orElseThrow();
        List<Evidence> quoted = new ArrayList<>();
        for (Evidence e : evidence) {
            if (e.reading().tierId().equals(other.id()) && quoted.size() < MAX_QUOTED
                    && (quoted.isEmpty() || e.reading().confidence() >= QUOTE_FLOOR)) {
                quoted.add(e);
            }
        }
        double confidence = Math.min(1, top.reading().confidence()
                + AGREEMENT_BONUS * Math.min(2, quoted.size() - 1));
        double threshold = reporter.config().limit(CONFIDENCE, DEFAULT_CONFIDENCE);
        if (confidence < threshold) {
            return;
        }
        reporter.report(ctx.position().id(), message(ctx, own.get(), other, quoted), explanation(ctx, other, quoted),
                fixes(ctx, top.dutyIndex(), other), details(ctx, own.get(), other, quoted, confidence, threshold));
    }

    /** Every sentence that points to another tier the chart has, strongest first. */
    private static List<Evidence> evidence(PositionContext ctx, Tier own) {
        List<Evidence> out = new ArrayList<>();
        double margin = ctx.matcher().settings().margin();
        List<List<SentenceReading>> readings = ctx.readings();
        for (int i = 0; i < readings.size(); i++) {
            for (SentenceReading r : readings.get(i)) {
                if (!r.duty() || r.tierId() == null || r.tierId().equals(own.id())
                        || ctx.chart().tier(r.tierId()).isEmpty()) {
                    continue;
                }
                // The catalog's words alone must beat the position's own tier by the margin.
                boolean wordsOnly = r.scope() == SentenceReading.Scope.UNSAID && !r.match().linked();
                if (wordsOnly && r.match().score() - r.match().bestScoreIn(own.id()) < margin) {
                    continue;
                }
                Tier tier = ctx.chart().tier(r.tierId()).orElseThrow();
                double weight = r.confidence();
                if (r.scope() == SentenceReading.Scope.ONE_PART && tier.rank() > own.rank()) {
                    weight *= LEADING_A_PART_ABOVE;
                }
                if (Math.abs(tier.rank() - own.rank()) >= 2 && !r.match().linked()) {
                    weight = Math.min(1, weight + FAR_TIER_BONUS);
                }
                if (weight != r.confidence()) {
                    r = new SentenceReading(r.sentence(), r.duty(), r.reason(), r.scope(), r.tierId(), weight, r.cues(),
                            r.match());
                }
                out.add(new Evidence(i, r));
            }
        }
        out.sort(Comparator.comparingDouble((Evidence e) -> e.reading().confidence()).reversed());
        return out;
    }

    /**
     * The finding in plain words: which tier the duty reads like and the words that make it so,
     * with no scores (those are in {@link #details}).
     */
    private static String message(PositionContext ctx, Tier own, Tier other, List<Evidence> quoted) {
        SentenceReading first = quoted.get(0).reading();
        String out = RuleTexts.t("rules.duty-outside-tier.message", ctx.quotedTitle(), own.name(), other.name(),
                first.sentence(), because(ctx, first, other));
        if (quoted.size() > 1) {
            List<String> more = new ArrayList<>();
            for (int i = 1; i < quoted.size(); i++) {
                more.add(RuleTexts.t("rules.quote", quoted.get(i).reading().sentence()));
            }
            out += " " + RuleTexts.t("rules.duty-outside-tier.also", String.join("; ", more));
        }
        return out;
    }

    /** What makes one sentence read like {@code other}'s work: the words it mentions, or its link. */
    private static String because(PositionContext ctx, SentenceReading r, Tier other) {
        if (r.match().linked()) {
            return RuleTexts.t("rules.duty-outside-tier.because.linked", nearest(ctx, r, other));
        }
        // The words that set the scope, then those the catalog matched in that tier's responsibilities.
        Map<String, String> byLower = new LinkedHashMap<>();
        List<String> matched = other.id().equals(r.match().tierId()) ? r.match().words() : List.of();
        for (List<String> ws : List.of(r.scope() == SentenceReading.Scope.UNSAID ? List.<String>of() : r.cues(), matched)) {
            for (String w : ws) {
                String lower = w.toLowerCase(Messages.locale());
                if (byLower.keySet().stream().noneMatch(k -> k.contains(lower))) {
                    byLower.put(lower, w);
                }
            }
        }
        List<String> words = List.copyOf(byLower.values());
        if (words.isEmpty()) {
            return RuleTexts.t("rules.duty-outside-tier.because.nearest", nearest(ctx, r, other));
        }
        // A word that opens the sentence is capitalised only for that reason: "mentions decides", not "Decides".
        List<String> plain = words.stream().map(w -> r.sentence().startsWith(w) && w.length() > 1
                && Character.isLowerCase(w.charAt(1)) ? w.substring(0, 1).toLowerCase(Messages.locale()) + w.substring(1)
                : w).toList();
        return RuleTexts.t("rules.duty-outside-tier.because.words", RuleTexts.list(plain));
    }

    private static String explanation(PositionContext ctx, Tier other, List<Evidence> quoted) {
        List<String> out = new ArrayList<>();
        for (Evidence e : quoted) {
            out.add(why(ctx, e.reading(), other));
        }
        return String.join(" ", out);
    }

    /** The figures behind the finding: each sentence's score and confidence, and the threshold. */
    private static String details(PositionContext ctx, Tier own, Tier other, List<Evidence> quoted,
                                  double confidence, double threshold) {
        List<String> out = new ArrayList<>();
        for (Evidence e : quoted) {
            SentenceReading r = e.reading();
            String quote = RuleTexts.t("rules.quote", shorten(r.sentence()));
            if (r.scope() == SentenceReading.Scope.UNSAID && !r.match().linked()) {
                out.add(RuleTexts.t("rules.duty-outside-tier.details.score", quote, r.match().score(),
                        r.match().bestScoreIn(ctx.position().tierId()), r.confidence()));
            } else {
                out.add(RuleTexts.t("rules.duty-outside-tier.details.confidence", quote, r.confidence()));
            }
        }
        out.add(RuleTexts.t("rules.duty-outside-tier.details.total", confidence, ctx.position().title(), other.name(),
                own.name(), threshold, "rules." + ID + "." + CONFIDENCE));
        return String.join(" ", out);
    }

    /** Why one sentence points to {@code other}, in a sentence. */
    static String why(PositionContext ctx, SentenceReading r, Tier other) {
        String quote = RuleTexts.t("rules.quote", DutyOutsideTierRule.shorten(r.sentence()));
        if (r.match().linked()) {
            return RuleTexts.t("rules.duty-outside-tier.why.linked", quote, r.match().responsibilityId(), other.name());
        }
        String nearest = nearest(ctx, r, other);
        if (r.scope() == SentenceReading.Scope.UNSAID) {
            return RuleTexts.t("rules.duty-outside-tier.why.words", quote, nearest, other.name(),
                    RuleTexts.list(r.match().words()));
        }
        return RuleTexts.t("rules.duty-outside-tier.why.scope", quote, r.scope().words(), String.join(", ", r.cues()),
                other.name(), nearest);
    }

    private static String nearest(PositionContext ctx, SentenceReading r, Tier other) {
        String id = nearestId(ctx, r, other);
        return other.responsibility(id).map(x -> x.text()).orElse(id);
    }

    private static String nearestId(PositionContext ctx, SentenceReading r, Tier other) {
        if (r.match().isMatched() && other.id().equals(r.match().tierId())) {
            return r.match().responsibilityId();
        }
        return ctx.matcher().nearestIn(r.sentence(), other.id()).map(x -> x.id()).orElse("?");
    }

    private static List<Fix> fixes(PositionContext ctx, int dutyIndex, Tier other) {
        List<Fix> fixes = new ArrayList<>();
        Position p = ctx.position();
        Tier own = ctx.tier().orElseThrow();
        PositionId target = other.rank() < own.rank()
                ? ctx.nearestAbove(other.id()).orElse(null)
                : nearestBelow(ctx.chart(), p.id(), other.id());
        if (target != null) {
            Duty duty = p.duties().get(dutyIndex);
            fixes.add(new Fix(Edits.sequence(
                    c -> RuleTexts.t("rules.duty-outside-tier.fix.move", shorten(duty.text()), c.position(target).title()),
                    List.of(Edits.removeDuty(p.id(), dutyIndex), Edits.addDuty(target, duty, -1)))));
        }
        if (TierChange.isSafe(ctx, other)) {
            fixes.add(new Fix(Edits.setTier(p.id(), other.id())));
        }
        return fixes;
    }

    /** The nearest report (breadth first) in {@code tierId}, looking at a bounded number of positions. */
    private static PositionId nearestBelow(Chart chart, PositionId top, String tierId) {
        Deque<PositionId> queue = new ArrayDeque<>(chart.childrenOf(top));
        int seen = 0;
        while (!queue.isEmpty() && seen++ < SEARCH_BELOW_LIMIT) {
            PositionId id = queue.poll();
            if (tierId.equals(chart.position(id).tierId())) {
                return id;
            }
            queue.addAll(chart.childrenOf(id));
        }
        return null;
    }

    static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 39) + "…";
    }
}
