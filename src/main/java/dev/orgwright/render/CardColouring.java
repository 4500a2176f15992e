package dev.orgwright.render;

import dev.orgwright.model.Chart;
import dev.orgwright.model.FieldDefinition;
import dev.orgwright.model.Position;
import dev.orgwright.model.Tier;
import dev.orgwright.rules.Severity;
import dev.orgwright.rules.Validation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The accent colour of every card of one chart, as its theme's {@link ColourBy} asks, and the
 * legend that explains those colours. The canvas, every export and the slides use the same
 * colouring, so a department has one colour everywhere.
 *
 * <p>A department (or a field's value) keeps its colour while others come and go: its colour is
 * picked by a hash of its name, and only when two names want the same colour does the later one,
 * in alphabetical order, take the next free one. A chart with more values than the palette has
 * colours gives the later values the palette's colours in lighter and darker shades.
 */
public final class CardColouring {

    /** One line of a legend: a colour and what it means. */
    public record Entry(String name, Rgba colour) {
    }

    /** Twelve colours told apart easily (after Tableau's ten), for light backgrounds. */
    static final List<Rgba> PALETTE = hexes("#4E79A7", "#F28E2B", "#E15759", "#76B7B2", "#59A14F", "#EDC948",
            "#B07AA1", "#FF9DA7", "#9C755F", "#17BECF", "#BCBD22", "#7F3C8D");
    /** The same hues, lighter, for dark backgrounds. */
    static final List<Rgba> PALETTE_DARK = hexes("#7AA6DA", "#F9A65A", "#FF7B7D", "#8ED1CC", "#7BC96F", "#F5D96B",
            "#C99BC0", "#FFC1C7", "#C8A48C", "#4DD9E8", "#A78BFA", "#E879F9");
    /** The same hues, darker, for print: strong on white paper. */
    static final List<Rgba> PALETTE_PRINT = hexes("#1F4E79", "#C55A11", "#B00020", "#00796B", "#2E7D32", "#8D6E00",
            "#6A1B9A", "#AD1457", "#5D4037", "#00838F", "#827717", "#37474F");

    private final Theme theme;
    private final Chart chart;
    private final ColourBy by;
    private final FieldDefinition field;
    private final Validation findings;
    /** Worked out on first use: colouring by tier needs no look at every position until a legend is asked for. */
    private Map<String, Rgba> valueColours;
    private List<Entry> legend;

    private CardColouring(Theme theme, Chart chart, ColourBy by, FieldDefinition field, Validation findings) {
        this.theme = theme;
        this.chart = chart;
        this.by = by;
        this.field = field;
        this.findings = findings;
    }

    /**
     * The colouring of {@code chart} in {@code theme}.
     *
     * @param findings      the chart's findings, for colouring by severity; null colours every card as without findings
     * @param privateFields whether a private field may colour the cards; when not (an export without
     *                      private data), cards coloured by one are coloured by tier instead, so that
     *                      the legend does not show its values
     */
    public static CardColouring of(Theme theme, Chart chart, Validation findings, boolean privateFields) {
        ColourBy by = theme.colourBy();
        FieldDefinition field = null;
        if (by.kind() == ColourBy.Kind.FIELD) {
            field = findField(chart, by.field()).filter(f -> privateFields || !f.isPrivate()).orElse(null);
            if (field == null) {
                by = ColourBy.TIER;
            }
        }
        return new CardColouring(theme, chart, by, field, findings);
    }

    private synchronized void workOut() {
        if (legend != null) {
            return;
        }
        List<Entry> legend = new ArrayList<>();
        Map<String, Rgba> colours = new HashMap<>();
        switch (by.kind()) {
            case TIER -> tierLegend(theme, chart, legend);
            case SEVERITY -> {
                legend.add(new Entry(RenderTexts.t("legend.error"), theme.marks().error()));
                legend.add(new Entry(RenderTexts.t("legend.warning"), theme.marks().warning()));
                legend.add(new Entry(RenderTexts.t("legend.notesOnly"), theme.marks().info()));
                legend.add(new Entry(RenderTexts.t("legend.noFindings"), noFindings(theme)));
            }
            case DEPARTMENT, FIELD -> {
                java.util.Set<String> seen = new java.util.HashSet<>();
                boolean missing = false;
                for (Position p : chart.positionsById().values()) {
                    String v = value(by, field, p);
                    if (v == null) {
                        missing = true;
                    } else {
                        seen.add(v);
                    }
                }
                TreeSet<String> values = new TreeSet<>(seen);
                colours.putAll(assign(values, palette(theme)));
                for (String v : values) {
                    legend.add(new Entry(v, colours.get(v)));
                }
                if (missing) {
                    legend.add(new Entry(RenderTexts.t(by.kind() == ColourBy.Kind.DEPARTMENT ? "legend.noDepartment" : "legend.noValue"),
                            theme.noTierBand()));
                }
            }
        }
        this.valueColours = Map.copyOf(colours);
        this.legend = List.copyOf(legend);
    }

    /** The chart coloured. */
    Chart chart() {
        return chart;
    }

    /** The findings that colour by severity; may be null. */
    Validation findings() {
        return findings;
    }

    /** What the cards are coloured by in the end (tier when a field is missing or may not be shown). */
    public ColourBy colourBy() {
        return by;
    }

    /** The accent colour of {@code p}'s card. */
    public Rgba colourOf(Chart chart, Position p) {
        return switch (by.kind()) {
            case TIER -> p.tierId() == null ? theme.noTierBand()
                    : chart.tier(p.tierId()).map(t -> theme.tierBand(t.rank())).orElse(theme.noTierBand());
            case SEVERITY -> {
                Optional<Severity> worst = findings == null ? Optional.empty() : findings.worstFor(p.id());
                yield worst.map(s -> switch (s) {
                    case ERROR -> theme.marks().error();
                    case WARNING -> theme.marks().warning();
                    case INFO -> theme.marks().info();
                }).orElse(noFindings(theme));
            }
            case DEPARTMENT, FIELD -> {
                String v = value(by, field, p);
                workOut();
                yield v == null ? theme.noTierBand() : valueColours.getOrDefault(v, theme.noTierBand());
            }
        };
    }

    /** The colours in use and what they mean, in the order a legend lists them. */
    public List<Entry> legend() {
        workOut();
        return legend;
    }

    /** What the legend is headed with: "Tiers", "Departments", the field's name or "Findings". */
    public String legendTitle() {
        return switch (by.kind()) {
            case TIER -> RenderTexts.t("legend.tiers");
            case DEPARTMENT -> RenderTexts.t("legend.departments");
            case FIELD -> field.name();
            case SEVERITY -> RenderTexts.t("legend.findings");
        };
    }

    /**
     * Gives each value a colour of {@code palette}: the one its name's hash points at, or, when an
     * earlier value (alphabetically) took it, the next free one. Once all are taken, the later
     * values get the palette's colours in other shades ({@link #shade}), in alphabetical order: a
     * lighter round, then a darker one, so that up to three times the palette's size (36 values)
     * every value has a colour of its own; past that, colours repeat (more shades would come too
     * close to each other, or to the card, to be told apart).
     */
    static Map<String, Rgba> assign(java.util.SortedSet<String> values, List<Rgba> palette) {
        Map<String, Rgba> result = new HashMap<>();
        boolean[] taken = new boolean[palette.size()];
        int used = 0;
        for (String v : values) {
            if (used < palette.size()) {
                int slot = Math.floorMod(stableHash(v), palette.size());
                while (taken[slot]) {
                    slot = (slot + 1) % palette.size();
                }
                taken[slot] = true;
                result.put(v, palette.get(slot));
            } else {
                int extra = (used - palette.size()) % (SHADES.length * palette.size());
                result.put(v, shade(palette.get(extra % palette.size()), extra / palette.size()));
            }
            used++;
        }
        return result;
    }

    /**
     * The shades that tell apart the values past a palette's size: each mixes the palette's colour
     * with white (a positive share) or black (a negative one).
     */
    private static final double[] SHADES = {0.35, -0.3};

    /** Colour {@code c} in shade {@code round} of {@link #SHADES}. */
    static Rgba shade(Rgba c, int round) {
        double share = SHADES[round];
        int towards = share > 0 ? 255 : 0;
        double t = Math.abs(share);
        return new Rgba(mix(c.red(), towards, t), mix(c.green(), towards, t), mix(c.blue(), towards, t), c.alpha());
    }

    private static int mix(int from, int to, double t) {
        return (int) Math.round(from + (to - from) * t);
    }

    /** A hash of the text that is the same on every machine and every run (unlike a salted one). */
    static int stableHash(String text) {
        int h = 0x811C9DC5;
        for (int i = 0; i < text.length(); i++) {
            h ^= Character.toLowerCase(text.charAt(i));
            h *= 0x01000193;
        }
        return h;
    }

    private static List<Rgba> palette(Theme theme) {
        if (theme.isDark()) {
            return PALETTE_DARK;
        }
        return theme.cardBorder().equals(Rgba.hex("#000000")) ? PALETTE_PRINT : PALETTE;
    }

    private static Rgba noFindings(Theme theme) {
        return theme.marks().dropAllowed();
    }

    private static void tierLegend(Theme theme, Chart chart, List<Entry> legend) {
        java.util.Set<String> used = new java.util.HashSet<>();
        for (Position p : chart.positionsById().values()) {
            used.add(p.tierId() == null ? "" : p.tierId());
        }
        boolean untiered = used.contains("");
        for (String id : used) {
            untiered |= !id.isEmpty() && chart.tier(id).isEmpty();
        }
        for (Tier t : chart.tiers().stream().sorted(Comparator.comparingInt(Tier::rank)).toList()) {
            if (used.contains(t.id())) {
                legend.add(new Entry(t.name(), theme.tierBand(t.rank())));
            }
        }
        if (untiered) {
            legend.add(new Entry(RenderTexts.t("legend.noTier"), theme.noTierBand()));
        }
    }

    private static Optional<FieldDefinition> findField(Chart chart, String name) {
        return chart.fields().stream()
                .filter(f -> f.name().equalsIgnoreCase(name) || f.id().equalsIgnoreCase(name))
                .findFirst();
    }

    private static String value(ColourBy by, FieldDefinition field, Position p) {
        if (by.kind() == ColourBy.Kind.DEPARTMENT) {
            return p.department() == null || p.department().isBlank() ? null : p.department().strip();
        }
        Object v = p.fieldValues().get(field.id()).orElse(null);
        if (v == null) {
            return null;
        }
        String text = v instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : v.toString().strip();
        return text.isEmpty() ? null : text;
    }

    private static List<Rgba> hexes(String... colours) {
        return java.util.Arrays.stream(colours).map(Rgba::hex).toList();
    }
}
