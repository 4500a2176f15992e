package dev.orgwright.ui.panels;

import dev.orgwright.model.Edit;
import dev.orgwright.model.FieldDefinition;
import dev.orgwright.model.Tier;
import dev.orgwright.model.ThemeSettings;
import dev.orgwright.render.Rgba;
import dev.orgwright.render.Theme;
import dev.orgwright.ui.editor.ChartWindowModel;
import dev.orgwright.ui.fx.Texts;
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
            case "tier" -> Texts.t("panels.themeEditorModel.colourBy.tier");
            case "department" -> Texts.t("panels.themeEditorModel.colourBy.department");
            case "severity" -> Texts.t("panels.themeEditorModel.colourBy.severity");
            default -> colourBy.startsWith("field:") ? Texts.t("panels.themeEditorModel.field", colourBy.substring("field:".length())) : colourBy;
        };
    }

    public boolean setBase(String base) {
        if (!ThemeSettings.BASES.contains(base) || base.equals(settings().base())) {
            return false;
        }
        return apply(Texts.t("panels.themeEditorModel.useTheTheme", base.replace('-', ' ')), "base", base);
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
        String name = tiers().stream().filter(t -> t.rank() == rank).map(Tier::name).findFirst().orElse(Texts.t("panels.themeEditorModel.tier", rank));
        return apply(Texts.t("panels.themeEditorModel.changeTheColourOf", name), "tiers", colours);
    }

    /** Goes back to the base theme's tier colours. */
    public boolean resetTierColours() {
        return !settings().tierColours().isEmpty() && apply(Texts.t("panels.themeEditorModel.useTheThemeS"), "tiers", null);
    }

    public boolean setCornerRadius(double radius) {
        double r = Math.max(0, Math.min(ThemeSettings.MAX_RADIUS, Math.round(radius)));
        if (r == theme().card().cornerRadius()) {
            return false;
        }
        return apply(Texts.t("panels.themeEditorModel.roundTheCardsCorners", (int) r), "card.radius", (int) r);
    }

    public boolean setAccent(String accent) {
        if (!ThemeSettings.ACCENTS.contains(accent)
                || accent.equals(theme().card().accent().name().toLowerCase(Locale.ROOT))) {
            return false;
        }
        return apply(switch (accent) {
            case "top" -> Texts.t("panels.themeEditorModel.accent.top");
            case "left" -> Texts.t("panels.themeEditorModel.accent.left");
            default -> Texts.t("panels.themeEditorModel.accent.none");
        }, "card.accent", accent);
    }

    public boolean setShadow(boolean shadow) {
        if (shadow == theme().card().shadow()) {
            return false;
        }
        return apply(shadow ? Texts.t("panels.themeEditorModel.giveTheCardsA") : Texts.t("panels.themeEditorModel.takeTheCardsShadow"), "card.shadow", shadow);
    }

    /** Sets the font family; blank for the standard sans-serif. */
    public boolean setFont(String family) {
        String f = family == null || family.isBlank() ? null : family.strip();
        if (Objects.equals(f, settings().font())) {
            return false;
        }
        return apply(f == null ? Texts.t("panels.themeEditorModel.useTheStandardFont") : Texts.t("panels.themeEditorModel.useTheFont", f), "font", f);
    }

    /** Sets the heading of exported sheets; blank for the chart's title. */
    public boolean setHeading(String heading) {
        String h = heading == null || heading.isBlank() ? null : heading.strip();
        if (Objects.equals(h, settings().heading())) {
            return false;
        }
        return apply(h == null ? Texts.t("panels.themeEditorModel.headSheetsWithThe") : Texts.t("panels.themeEditorModel.headSheetsWith", h), "heading", h);
    }

    public boolean setColourBy(String colourBy) {
        if (ThemeSettings.colourByProblem(colourBy) != null || colourBy.equals(settings().colourBy())) {
            return false;
        }
        return apply(Texts.t("panels.themeEditorModel.colourCardsBy", describe(colourBy).toLowerCase(Locale.ROOT)), "colourBy", colourBy);
    }

    public boolean setLegend(boolean shown) {
        if (shown == settings().legend()) {
            return false;
        }
        return apply(shown ? Texts.t("panels.themeEditorModel.showTheLegend") : Texts.t("panels.themeEditorModel.hideTheLegend"), "legend", shown);
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
            return Optional.of(Texts.t("panels.themeEditorModel.isNotAPng", name));
        }
        String data = Base64.getEncoder().encodeToString(bytes);
        if (data.length() > ThemeSettings.MAX_LOGO_CHARS) {
            return Optional.of(Texts.t("panels.themeEditorModel.logoTooLarge", name, bytes.length / 1024));
        }
        if (dev.orgwright.render.Logo.read(type, bytes) == null) {
            return Optional.of(Texts.t("panels.themeEditorModel.theSizeOfThe", name));
        }
        java.util.Map<String, Object> logo = new java.util.LinkedHashMap<>(); // a stable key order diffs cleanly
        logo.put("type", type);
        logo.put("data", data);
        apply(Texts.t("panels.themeEditorModel.useAsTheLogo", name), "logo", logo);
        return Optional.empty();
    }

    public boolean clearLogo() {
        return settings().logo() != null && apply(Texts.t("panels.themeEditorModel.removeTheLogo"), "logo", null);
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
