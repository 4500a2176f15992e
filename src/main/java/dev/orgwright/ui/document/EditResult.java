package dev.orgwright.ui.document;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What became of an edit: applied (the chart changed, or was already as asked), or refused with
 * a sentence saying why. The caller decides where a refusal is told: a drop leaves it in the
 * status bar, a command from a menu shows it in a dialog.
 */
public final class EditResult {

    private static final EditResult APPLIED = new EditResult(null);

    private final String refusal;

    private EditResult(String refusal) {
        this.refusal = refusal;
    }

    public static EditResult applied() {
        return APPLIED;
    }

    public static EditResult refused(String reason) {
        return new EditResult(Objects.requireNonNull(reason, "reason"));
    }

    public boolean isApplied() {
        return refusal == null;
    }

    /** Why the edit was refused; empty when it was applied. */
    public Optional<String> refusal() {
        return Optional.ofNullable(refusal);
    }

    /** Tells {@code explain} the reason of a refusal; returns whether the edit was applied. */
    public boolean orElseTell(Consumer<String> explain) {
        if (refusal != null) {
            explain.accept(refusal);
        }
        return refusal == null;
    }

    @Override
    public String toString() {
        return refusal == null ? "applied" : "refused: " + refusal;
    }
}
