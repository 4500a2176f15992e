package dev.orgwright.model;

/**
 * Thrown when an edit would break the chart (a move into the moved position's own subtree, the
 * removal of a tier still in use). The message says why in a sentence the user can act on; the
 * chart the edit was applied to is unchanged, as always.
 */
public final class EditRefusedException extends RuntimeException {

    public EditRefusedException(String message) {
        super(message);
    }
}
