package dev.orgwright.analysis;

import dev.orgwright.model.Messages;

/**
 * The texts of the analysis's tables read by people (column headers of the figures of each
 * design) in the user's language, from {@code dev/orgwright/analysis/messages*.properties}. Files
 * read by programs (JSON, CSV) keep their English names and do not come from here.
 */
public final class AnalysisTexts {

    /** The analysis's bundle. */
    public static final Messages BUNDLE = Messages.bundle("dev.orgwright.analysis.messages", AnalysisTexts.class);

    private AnalysisTexts() {
    }

    /** The text of {@code key} in the current language, with {@code args} in its placeholders. */
    public static String t(String key, Object... args) {
        return BUNDLE.get(key, args);
    }
}
