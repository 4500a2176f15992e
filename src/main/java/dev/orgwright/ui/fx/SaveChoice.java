package dev.orgwright.ui.fx;

/** The answer to "Save the changes to this chart?". */
public enum SaveChoice {
    SAVE, DISCARD, CANCEL
}
