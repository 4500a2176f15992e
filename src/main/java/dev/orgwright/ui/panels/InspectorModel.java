package dev.orgwright.ui.panels;

import dev.orgwright.model.Accountability;
import dev.orgwright.model.Blank;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Duty;
import dev.orgwright.model.Edit;
import dev.orgwright.model.Edits;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.ManagerArchetype;
import dev.orgwright.model.PositionStatus;
import dev.orgwright.ui.fx.Texts;
import dev.orgwright.model.RaciRole;
import dev.orgwright.model.Responsibility;
import dev.orgwright.model.Tier;
import dev.orgwright.render.CardMetrics;
import dev.orgwright.ui.fx.Texts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What the inspector shows of the selected position, and what the user's input there turns
 * into: each commit gives the one edit it makes, or none when it changes nothing or is refused
 * (a blank title, a link to a responsibility the catalog does not have). The pane only puts
 * these values into controls and applies the edits, so this is tested without a window.
 */
public final class InspectorModel {

    public static final String NOTHING_SELECTED = Texts.t("panels.inspectorModel.nothingSelected");
    public static final String NO_TIER = Texts.t("panels.inspectorModel.noTier");
    public static final String NO_LINK = Texts.t("panels.inspectorModel.notLinked");
    /** The status choice of a position that simply exists. */
    public static final String NO_STATUS = Texts.t("panels.inspectorModel.exists");
    static final String NO_DOTTED_LINES = Texts.t("panels.inspectorModel.noneDragACard");
    /** Between a responsibility's id and its text in the link choices: "strategy — Sets the strategy". */
    private static final String LINK_SEPARATOR = " — ";
    /** Between a duty's text and its role and link in the duty list: "Owns the budget — A: Budgets". */
    private static final String LINKED_TO = " — ";
    /** Between a role's letter and its word in the role choices: "A — Accountable". */
    private static final String ROLE_SEPARATOR = " — ";

    /** The text fields, each committed as a whole. FTE and cost are numbers typed as text. */
    public enum Field { TITLE, HOLDER, DEPARTMENT, NOTES, FTE, COST }

    private Chart chart;
    private Position shown;

    /**
     * Shows {@code selection} in {@code chart}. Returns whether another position than before is
     * now shown: text fields the user is typing in are then overwritten, else left alone.
     */
    public boolean show(Chart chart, Optional<PositionId> selection) {
        PositionId before = shown == null ? null : shown.id();
        this.chart = chart;
        shown = selection.filter(chart::contains).map(chart::position).orElse(null);
        return !Objects.equals(before, shown == null ? null : shown.id());
    }

    public Optional<PositionId> shown() {
        return Optional.ofNullable(shown).map(Position::id);
    }

    public String heading() {
        return shown == null ? NOTHING_SELECTED : shown.title();
    }

    /** The field's value; empty when nothing is shown. */
    public String value(Field field) {
        if (shown == null) {
            return "";
        }
        return switch (field) {
            case TITLE -> shown.title();
            case HOLDER -> shown.holder();
            case DEPARTMENT -> shown.department();
            case NOTES -> shown.notes();
            case FTE -> shown.fte().toPlainString();
            case COST -> shown.hasCost() ? shown.cost().toPlainString() : "";
        };
    }

    /**
     * Whether {@code text} may be committed to {@code field}: every position needs a title, an
     * FTE is a number above 0 (empty: the default, 1), and a cost is a number of at least 0 or
     * nothing. Numbers take a point for decimals and no separators: "0,5" is refused rather
     * than read as 5.
     */
    public static boolean accepts(Field field, String text) {
        return switch (field) {
            case TITLE -> text != null && !Blank.isBlank(text);
            case FTE -> blank(text) || number(text).map(Position::isValidFte).orElse(false);
            case COST -> blank(text) || number(text).map(Position::isValidCost).orElse(false);
            default -> true;
        };
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static Optional<BigDecimal> number(String text) {
        try {
            return Optional.of(new BigDecimal(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * The edit a commit of a number to the FTE or the cost makes: none when it is not a number or
     * is unchanged. A number out of range still gives its edit, which the chart refuses with a
     * sentence saying the range, so the user learns why.
     */
    private Optional<Edit> commitNumber(Field field, String text) {
        if (!blank(text) && number(text).isEmpty()) {
            return Optional.empty();
        }
        BigDecimal typed = blank(text) ? null : number(text).orElseThrow();
        if (field == Field.FTE) {
            BigDecimal fte = typed == null ? Position.DEFAULT_FTE : typed;
            return fte.compareTo(shown.fte()) == 0 ? Optional.empty() : Optional.of(Edits.setFte(shown.id(), fte));
        }
        boolean same = typed == null ? !shown.hasCost() : shown.hasCost() && typed.compareTo(shown.cost()) == 0;
        return same ? Optional.empty() : Optional.of(Edits.setCost(shown.id(), typed));
    }

    /**
     * What the cost is in, short enough for the inspector's width: "Annual cost (GBP), private",
     * or without a currency when the chart names none. The tooltip says what private means.
     */
    public String costCaption() {
        String currency = chart == null ? "" : chart.settings().currency().map(c -> " (" + c + ")").orElse("");
        return Texts.t("panels.inspectorModel.annualCostPrivate", currency);
    }

    /** "Exists", "Planned", "Closing". */
    public static List<String> statusChoices() {
        List<String> choices = new ArrayList<>();
        choices.add(NO_STATUS);
        for (PositionStatus s : PositionStatus.values()) {
            choices.add(s.label());
        }
        return choices;
    }

    /** The shown position's status among {@link #statusChoices()}; null when nothing is shown. */
    public String statusChoice() {
        return shown == null ? null : shown.status() == null ? NO_STATUS : shown.status().label();
    }

    /** The edit choosing {@code choice} (one of {@link #statusChoices()}) makes. */
    public Optional<Edit> chooseStatus(String choice) {
        if (shown == null || choice == null || !statusChoices().contains(choice)) {
            return Optional.empty();
        }
        PositionStatus status = java.util.Arrays.stream(PositionStatus.values())
                .filter(s -> s.label().equals(choice)).findFirst().orElse(null);
        return status == shown.status() ? Optional.empty() : Optional.of(Edits.setStatus(shown.id(), status));
    }

    /** "None", then each manager archetype, in the user's language. */
    public static List<String> archetypeChoices() {
        List<String> choices = new ArrayList<>();
        choices.add(Texts.t("analysis.inspector.archetype.none"));
        for (ManagerArchetype a : ManagerArchetype.values()) {
            choices.add(archetypeLabel(a));
        }
        return choices;
    }

    private static String archetypeLabel(ManagerArchetype a) {
        return Texts.t("analysis.archetype." + a.key());
    }

    /** The shown position's archetype among {@link #archetypeChoices()}; null when nothing is shown. */
    public String archetypeChoice() {
        return shown == null ? null : shown.archetype() == null ? archetypeChoices().get(0)
                : archetypeLabel(shown.archetype());
    }

    /** The edit choosing {@code choice} (one of {@link #archetypeChoices()}) makes: none when unchanged. */
    public Optional<Edit> chooseArchetype(String choice) {
        if (shown == null || choice == null || !archetypeChoices().contains(choice)) {
            return Optional.empty();
        }
        ManagerArchetype archetype = java.util.Arrays.stream(ManagerArchetype.values())
                .filter(a -> archetypeLabel(a).equals(choice)).findFirst().orElse(null);
        return archetype == shown.archetype() ? Optional.empty()
                : Optional.of(Edits.setArchetype(shown.id(), archetype));
    }

    /** The edit a commit of {@code text} to {@code field} makes: none when refused or unchanged. */
    public Optional<Edit> commit(Field field, String text) {
        String now = text == null ? "" : text.strip();
        if (shown != null && (field == Field.FTE || field == Field.COST)) {
            return commitNumber(field, now);
        }
        if (shown == null || !accepts(field, now) || now.equals(value(field))) {
            return Optional.empty();
        }
        PositionId id = shown.id();
        return Optional.of(switch (field) {
            case TITLE -> Edits.setTitle(id, now);
            case HOLDER -> Edits.setHolder(id, now);
            case DEPARTMENT -> Edits.setDepartment(id, now);
            case NOTES -> Edits.setNotes(id, now);
            case FTE, COST -> throw new IllegalStateException("numbers are committed above");
        });
    }

    /** "No tier", then the chart's tiers by name, highest first. */
    public List<String> tierChoices() {
        List<String> names = new ArrayList<>();
        names.add(NO_TIER);
        if (chart != null) {
            chart.tiers().forEach(t -> names.add(t.name()));
        }
        return names;
    }

    /** The shown position's tier among {@link #tierChoices()}; null when nothing is shown. */
    public String tierChoice() {
        if (shown == null) {
            return null;
        }
        return shown.tierId() == null ? NO_TIER : chart.tier(shown.tierId()).map(Tier::name).orElse(NO_TIER);
    }

    /** The edit choosing {@code choice} (a name of {@link #tierChoices()}) makes. */
    public Optional<Edit> chooseTier(String choice) {
        if (shown == null || choice == null || !tierChoices().contains(choice)) {
            return Optional.empty();
        }
        String tierId = chart.tiers().stream().filter(t -> t.name().equals(choice)).map(Tier::id)
                .findFirst().orElse(null);
        return Objects.equals(tierId, shown.tierId()) ? Optional.empty()
                : Optional.of(Edits.setTier(shown.id(), tierId));
    }

    /** Whether the shown position is filled by someone whose name is not disclosed. */
    public boolean isHolderUndisclosed() {
        return shown != null && shown.isHolderUndisclosed();
    }

    /** What the empty holder field says: "Not disclosed" for such a holder, "Vacant" for a vacancy. */
    public String holderPrompt() {
        return shown == null ? "" : shown.isHolderUndisclosed() ? CardMetrics.notDisclosed()
                : shown.isVacant() ? CardMetrics.vacant() : "";
    }

    /**
     * The edit marking the holder not disclosed, or (unticked) making the position vacant; a name
     * typed in the holder field also ends the undisclosed state.
     */
    public Optional<Edit> setHolderUndisclosed(boolean undisclosed) {
        if (shown == null || shown.isHolderUndisclosed() == undisclosed) {
            return Optional.empty();
        }
        return Optional.of(undisclosed ? Edits.setHolderNotDisclosed(shown.id()) : Edits.setHolder(shown.id(), ""));
    }

    public boolean isAssistant() {
        return shown != null && shown.assistant();
    }

    public Optional<Edit> setAssistant(boolean assistant) {
        return shown == null || shown.assistant() == assistant ? Optional.empty()
                : Optional.of(Edits.setAssistant(shown.id(), assistant));
    }

    public List<Duty> duties() {
        return shown == null ? List.of() : shown.duties();
    }

    /**
     * A duty as its row shows it: its text, and for a linked one its role's letter and the
     * responsibility's words ("Owns the budget — A: Budgets"); the id when the catalog has no such
     * responsibility.
     */
    public String dutyLabel(Duty duty) {
        return duty == null ? "" : duty.text() + linkSuffix(duty);
    }

    /** What a linked duty's row shows after its text; empty for a free duty. */
    private String linkSuffix(Duty duty) {
        if (duty.responsibilityId() == null) {
            return "";
        }
        String words = chart == null ? duty.responsibilityId() : Accountability.responsibility(chart, duty.responsibilityId())
                .map(Responsibility::text).orElse(duty.responsibilityId());
        return LINKED_TO + duty.role().letter() + ": " + words;
    }

    public Optional<Edit> addDuty() {
        return shown == null ? Optional.empty() : Optional.of(Edits.addDuty(shown.id(), Duty.of(Texts.t("panels.inspectorModel.newDuty")), -1));
    }

    public Optional<Edit> removeDuty(int index) {
        return isDuty(index) ? Optional.of(Edits.removeDuty(shown.id(), index)) : Optional.empty();
    }

    /** Moves the duty at {@code index} {@code step} places down (up when negative); none past either end. */
    public Optional<Edit> moveDuty(int index, int step) {
        int to = index + step;
        return isDuty(index) && isDuty(to) && step != 0 ? Optional.of(Edits.moveDuty(shown.id(), index, to))
                : Optional.empty();
    }

    /**
     * The edit typing {@code typed} over the duty at {@code index} makes. The row's link shown
     * after the text is not part of the duty's text, and the link is kept; a blank text changes
     * nothing (removing a duty is its own button).
     */
    public Optional<Edit> editDuty(int index, String typed) {
        if (!isDuty(index) || typed == null) {
            return Optional.empty();
        }
        Duty old = shown.duties().get(index);
        String suffix = linkSuffix(old);
        String text = (!suffix.isEmpty() && typed.endsWith(suffix)
                ? typed.substring(0, typed.length() - suffix.length()) : typed).strip();
        if (text.isEmpty() || text.equals(old.text())) {
            return Optional.empty();
        }
        return Optional.of(Edits.replaceDuty(shown.id(), index, old.withText(text)));
    }

    /** "Not linked", then every responsibility of the catalog as "id — text", tier by tier. */
    public List<String> linkChoices() {
        List<String> links = new ArrayList<>();
        links.add(NO_LINK);
        if (chart != null) {
            for (Tier t : chart.tiers()) {
                for (Responsibility r : t.responsibilities()) {
                    links.add(r.id() + LINK_SEPARATOR + r.text());
                }
            }
        }
        return links;
    }

    /** The link choice of the duty at {@code index}; null when there is no such duty. */
    public String linkChoice(int index) {
        if (!isDuty(index)) {
            return null;
        }
        String r = shown.duties().get(index).responsibilityId();
        return r == null ? NO_LINK : linkChoices().stream().filter(s -> s.startsWith(r + LINK_SEPARATOR))
                .findFirst().orElse(NO_LINK);
    }

    /** The link choices containing what the user typed, for completing it; none for nothing typed. */
    public List<String> linkSuggestions(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        String words = typed.strip().toLowerCase(Locale.ROOT);
        return linkChoices().stream().filter(s -> s.toLowerCase(Locale.ROOT).contains(words)).toList();
    }

    /**
     * The edit linking the duty at {@code index} to what the user chose or typed: a link choice,
     * or just a responsibility's id; "Not linked" or nothing removes the link. A responsibility
     * the catalog does not have is refused.
     */
    public Optional<Edit> linkDuty(int index, String typed) {
        if (!isDuty(index) || typed == null) {
            return Optional.empty();
        }
        String choice = typed.strip();
        String responsibility = choice.isEmpty() || NO_LINK.equals(choice) ? null
                : choice.split(LINK_SEPARATOR)[0].strip();
        if (responsibility != null && linkChoices().stream().noneMatch(s -> s.startsWith(responsibility + LINK_SEPARATOR))) {
            return Optional.empty();
        }
        Duty d = shown.duties().get(index);
        return Objects.equals(responsibility, d.responsibilityId()) ? Optional.empty()
                : Optional.of(Edits.replaceDuty(shown.id(), index, new Duty(d.text(), responsibility, d.unknownFields())));
    }

    /** The four roles a linked duty can have, as "R — Responsible", in the matrix's order. */
    public static List<String> roleChoices() {
        List<String> out = new ArrayList<>();
        for (RaciRole r : RaciRole.values()) {
            out.add(r.letter() + ROLE_SEPARATOR + r.label());
        }
        return out;
    }

    /** The role choice of the duty at {@code index}; null when there is no such duty or it is not linked. */
    public String roleChoice(int index) {
        if (!isDuty(index) || shown.duties().get(index).role() == null) {
            return null;
        }
        RaciRole r = shown.duties().get(index).role();
        return r.letter() + ROLE_SEPARATOR + r.label();
    }

    /**
     * The edit giving the linked duty at {@code index} the role chosen ("A — Accountable", or just
     * "A"); none for a free duty, an unknown role or the role it has.
     */
    public Optional<Edit> setDutyRole(int index, String choice) {
        if (!isDuty(index) || choice == null) {
            return Optional.empty();
        }
        Duty d = shown.duties().get(index);
        Optional<RaciRole> role = RaciRole.parse(choice.split(ROLE_SEPARATOR)[0]);
        if (d.responsibilityId() == null || role.isEmpty() || role.get() == d.role()) {
            return Optional.empty();
        }
        PositionId id = shown.id();
        Edit replace = Edits.replaceDuty(id, index, d.withRole(role.get()));
        String words = Accountability.responsibility(chart, d.responsibilityId()).map(Responsibility::text)
                .orElse(d.responsibilityId());
        return Optional.of(new Edit() {
            @Override
            public String label(Chart before) {
                return Texts.t("panels.inspectorModel.makeFor", before.find(id).map(Position::title).orElse(id.value()), role.get().label().toLowerCase(Locale.ROOT), words);
            }

            @Override
            public Chart apply(Chart before) {
                return replace.apply(before);
            }
        });
    }

    /** The titles of the dotted-line managers, or how to add one. */
    public String dottedLines() {
        if (shown == null) {
            return "";
        }
        return shown.dottedLines().isEmpty() ? NO_DOTTED_LINES : String.join(", ", shown.dottedLines().stream()
                .map(id -> chart.find(id).map(Position::title).orElse(id.value())).toList());
    }

    private boolean isDuty(int index) {
        return shown != null && index >= 0 && index < shown.duties().size();
    }
}
