package dev.orgwright.model.diff;

/**
 * What kind of difference a {@link Change} is, with the words a consultant would use for it
 * and the group it is shown (and coloured) in.
 */
public enum ChangeKind {
    ADDED("added", Group.ADDED),
    REMOVED("removed", Group.REMOVED),
    MOVED("moved", Group.MOVED),
    REORDERED("reordered", Group.MOVED),
    REIDENTIFIED("new id", Group.CHANGED),
    RETITLED("retitled", Group.CHANGED),
    HOLDER_CHANGED("holder changed", Group.CHANGED),
    TIER_CHANGED("tier changed", Group.CHANGED),
    DEPARTMENT_CHANGED("department changed", Group.CHANGED),
    NOTES_CHANGED("notes changed", Group.CHANGED),
    ASSISTANT_CHANGED("assistant changed", Group.CHANGED),
    FTE_CHANGED("FTE changed", Group.CHANGED),
    /** Costs are private: a change of cost says that it changed, from what to what only when asked. */
    COST_CHANGED("cost changed", Group.CHANGED, true),
    STATUS_CHANGED("status changed", Group.CHANGED),
    PHOTO_CHANGED("photo changed", Group.CHANGED),
    /** The manager archetype, which sets the target span. */
    ARCHETYPE_CHANGED("archetype changed", Group.CHANGED),
    /** A value of one of the chart's own fields that is not private. */
    FIELD_VALUE_CHANGED("field changed", Group.CHANGED),
    /** A value of a private field of the chart: listed as changed, from what to what only when asked. */
    PRIVATE_FIELD_VALUE_CHANGED("private field changed", Group.CHANGED, true),
    OTHER_FIELDS_CHANGED("other fields changed", Group.CHANGED),
    DUTY_ADDED("duty added", Group.DUTIES),
    DUTY_REMOVED("duty removed", Group.DUTIES),
    DUTY_MOVED("duty moved", Group.DUTIES),
    DUTIES_REORDERED("duties reordered", Group.DUTIES),
    DOTTED_LINE_ADDED("dotted line added", Group.CHANGED),
    DOTTED_LINE_REMOVED("dotted line removed", Group.CHANGED),
    DOTTED_LINES_REORDERED("dotted lines reordered", Group.CHANGED),
    CHART_RETITLED("chart retitled", Group.CHART),
    SETTINGS_CHANGED("settings changed", Group.CHART),
    TIERS_CHANGED("tiers changed", Group.CHART),
    /** The chart's own fields: added, removed, renamed or redefined. */
    FIELDS_CHANGED("fields changed", Group.CHART),
    TIER_REMOVED("tier removed", Group.CHART);

    /** How changes are grouped for marking: each group has its own colour in the comparison view. */
    public enum Group { ADDED, REMOVED, MOVED, CHANGED, DUTIES, CHART }

    private final String label;
    private final Group group;
    private final boolean privateValues;

    ChangeKind(String label, Group group) {
        this(label, group, false);
    }

    ChangeKind(String label, Group group, boolean privateValues) {
        this.label = label;
        this.group = group;
        this.privateValues = privateValues;
    }

    /**
     * Whether the values of this kind of change are private: its {@link Change#before()} and
     * {@link Change#after()} are then empty and its description does not name them, so a change
     * list can be handed over as it is; {@link Change#withPrivateValues()} shows them to a user
     * who asks.
     */
    public boolean privateValues() {
        return privateValues;
    }

    /**
     * "moved", "duty added": lower case, in English whatever the language, for files read by
     * programs as well as people (the {@code kind} of a JSON or CSV change list), which must not
     * change with the user's language.
     */
    public String label() {
        return label;
    }

    /** The words of {@link #label()} in the user's language, for lists and tables read by people. */
    public String text() {
        return dev.orgwright.model.ModelTexts.t("model.diff.kind." + name().toLowerCase(java.util.Locale.ROOT));
    }

    public Group group() {
        return group;
    }
}
