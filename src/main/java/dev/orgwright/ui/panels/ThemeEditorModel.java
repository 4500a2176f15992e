package dev.orgwright.ui.panels;

import dev.orgwright.model.Edit;
import dev.orgwright.model.FieldDefinition;
import dev.orgwright.model.Tier;
import dev.orgwright.model.ThemeSettings;
import dev.orgwright.render.Rgba;
import dev.orgwright.render.Theme;
import dev.orgwright.ui.editor.ChartWindowModel;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What Chart → Theme… changes, without a toolkit. Each change is one edit of the chart's theme
 * through the window's one command path, so the canvas shows it at once (the live preview),
 * Edit → Undo takes it back, and a change to what the theme already says makes no undo step.
 */
public final class ThemeEditorModel {

    private final ChartWindowModel model;

    public ThemeEditorModel(ChartWindowModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    /** What the chart's theme says now. */
    public ThemeSettings settings() {
        return ThemeSettings.of(model.chart().settings());
    }

    /** The theme the chart is drawn in now. */
    public Theme theme() {
        return Theme.of(model.chart());
    }

    /** The chart's tiers, highest first: one colour each. */
    public List<Tier> tiers() {
        return model.chart().tiers().stream().sorted(Comparator.comparingInt(Tier::rank)).toList();
    }

    /** The colour the tier of this rank is drawn in. */
    public Rgba tierColour(int rank) {
        return theme().tierBand(rank);
    }

    /** What cards may be coloured by: tier, department, severity, and each of the chart's own fields. */
    public List<String> colourByChoices() {
        List<String> choices = new ArrayList<>(List.of("tier", "department", "severity"));
        for (FieldDefinition f : model.chart().fields()) {
            choices.add("field:" + f.name());
        }
        return choices;
    }

    /** How a choice of {@link #colourByChoices} reads in a list. */
    public static String describe(String colourBy) {
        return switch (colourBy) {
            case "tier" -> "Tier";
            case "department" -> "Department";
            case "severity" -> "Worst finding";
            default -> colourBy.startsWith("field:") ? "Field: " + colourBy.substring("field:".length()) : colourBy;
        };
    }

    public boolean setBase(String base) {
        if (!ThemeSettings.BASES.contains(base) || base.equals(settings().base())) {
            return false;
        }
        return apply("Use the " + base.replace('-', ' ') + " theme", "base", base);
    }

    /** Sets the colour of the tier of {@code rank} (1 = highest), keeping the others as they are drawn now. */
    public boolean setTierColour(int rank, Rgba colour) {
        if (rank < 1 || colour.equals(tierColour(rank))) {
            return false;
        }
        int count = Math.max(rank, Math.max(tiers().size(), settings().tierColours().size()));
        List<String> colours = new ArrayList<>();
        for (int r = 1; r <= count; r++) {
            colours.add(hex(r == rank ? colour : tierColour(r)));
        }
        String name = tiers().stream().filter(t -> t.rank() == rank).map(Tier::name).findFirst().orElse("tier " + rank);
        return apply("Change the colour of " + name, "tiers", colours);
    }

    /** Goes back to the base theme's tier colours. */
    public boolean resetTierColours() {
        return !settings().tierColours().isEmpty() && apply("Use the theme's tier colours", "tiers", null);
    }

    public boolean setCornerRadius(double radius) {
        double r = Math.max(0, Math.min(ThemeSettings.MAX_RADIUS, Math.round(radius)));
        if (r == theme().card().cornerRadius()) {
            return false;
        }
        return apply("Round the cards' corners by " + (int) r, "card.radius", (int) r);
    }

    public boolean setAccent(String accent) {
        if (!ThemeSettings.ACCENTS.contains(accent)
                || accent.equals(theme().card().accent().name().toLowerCase(Locale.ROOT))) {
            return false;
        }
        return apply("Show the card colour " + switch (accent) {
            case "top" -> "along the top";
            case "left" -> "down the left";
            default -> "nowhere";
        }, "card.accent", accent);
    }

    public boolean setShadow(boolean shadow) {
        if (shadow == theme().card().shadow()) {
            return false;
        }
        return apply(shadow ? "Give the cards a shadow" : "Take the cards' shadow away", "card.shadow", shadow);
    }

    /** Sets the font family; blank for the standard sans-serif. */
    public boolean setFont(String family) {
        String f = family == null || family.isBlank() ? null : family.strip();
        if (Objects.equals(f, settings().font())) {
            return false;
        }
        return apply(f == null ? "Use the standard font" : "Use the font " + f, "font", f);
    }

    /** Sets the heading of exported sheets; blank for the chart's title. */
    public boolean setHeading(String heading) {
        String h = heading == null || heading.isBlank() ? null : heading.strip();
        if (Objects.equals(h, settings().heading())) {
            return false;
        }
        return apply(h == null ? "Head sheets with the chart's title" : "Head sheets with '" + h + "'", "heading", h);
    }

    public boolean setColourBy(String colourBy) {
        if (ThemeSettings.colourByProblem(colourBy) != null || colourBy.equals(settings().colourBy())) {
            return false;
        }
        return apply("Colour cards by " + describe(colourBy).toLowerCase(Locale.ROOT), "colourBy", colourBy);
    }

    public boolean setLegend(boolean shown) {
        if (shown == settings().legend()) {
            return false;
        }
        return apply(shown ? "Show the legend" : "Hide the legend", "legend", shown);
    }

    /**
     * Embeds the image of the file {@code name} as the logo.
     *
     * @return why it was not taken, as a sentence; empty when it was
     */
    public Optional<String> setLogo(String name, byte[] bytes) {
        String type = bytes.length > 3 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' ? "image/png"
                : bytes.length > 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 ? "image/jpeg" : null;
        if (type == null) {
            return Optional.of("'" + name + "' is not a PNG or JPEG image; a logo must be one of those.");
        }
        String data = Base64.getEncoder().encodeToString(bytes);
        if (data.length() > ThemeSettings.MAX_LOGO_CHARS) {
            return Optional.of("'" + name + "' is " + bytes.length / 1024 + " KB; a logo may be about 512 KB at most,"
                    + " so that the chart stays small. Use a smaller image.");
        }
        if (dev.orgwright.render.Logo.read(type, bytes) == null) {
            return Optional.of("The size of the image in '" + name + "' cannot be read; the file may be damaged.");
        }
        java.util.Map<String, Object> logo = new java.util.LinkedHashMap<>(); // a stable key order diffs cleanly
        logo.put("type", type);
        logo.put("data", data);
        apply("Use '" + name + "' as the logo", "logo", logo);
        return Optional.empty();
    }

    public boolean clearLogo() {
        return settings().logo() != null && apply("Remove the logo", "logo", null);
    }

    private boolean apply(String label, String part, Object value) {
        Edit edit = ThemeSettings.edit(label, part, value);
        return model.applyOrExplain(edit);
    }

    /** "#RRGGBB" of an opaque colour. */
    public static String hex(Rgba c) {
        return String.format(Locale.ROOT, "#%02X%02X%02X", c.red(), c.green(), c.blue());
    }
}
