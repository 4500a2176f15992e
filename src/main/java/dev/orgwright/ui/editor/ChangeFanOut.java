package dev.orgwright.ui.editor;

import dev.orgwright.model.PositionId;
import dev.orgwright.ui.editor.WindowChange.Aspect;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Collects what a gesture changes and tells it once, when the outermost gesture ends, to the
 * listeners that asked for one of those aspects. While it tells, it refuses to start another
 * round, so a listener cannot change the window in reaction to a change and leave the others
 * told of a state that is already gone.
 */
final class ChangeFanOut {

    private record Subscription(Set<Aspect> aspects, WindowChange.Listener listener) {
    }

    private final List<Subscription> subscriptions = new ArrayList<>();
    private final Supplier<ChartSnapshot> snapshot;
    private final Supplier<PositionId> selection;
    private final EnumSet<Aspect> pending = EnumSet.noneOf(Aspect.class);
    private ChartSnapshot toldSnapshot;
    private PositionId toldSelection;
    private int depth;
    private boolean telling;
    private long notifications;
    private long listenerRuns;

    ChangeFanOut(Supplier<ChartSnapshot> snapshot, Supplier<PositionId> selection) {
        this.snapshot = snapshot;
        this.selection = selection;
    }

    /** Starts telling from the window's state now; the first change is measured from it. */
    void start() {
        toldSnapshot = snapshot.get();
        toldSelection = selection.get();
    }

    void listen(Set<Aspect> aspects, WindowChange.Listener listener) {
        subscriptions.add(new Subscription(EnumSet.copyOf(aspects), listener));
    }

    void remove(WindowChange.Listener listener) {
        subscriptions.removeIf(s -> s.listener() == listener);
    }

    /** Runs {@code gesture}; what it changes is told once, after it (or after the outermost gesture). */
    void gesture(Runnable gesture) {
        depth++;
        try {
            gesture.run();
        } finally {
            depth--;
        }
        if (depth == 0) {
            flush();
        }
    }

    /** Runs {@code gesture} like {@link #gesture(Runnable)} and returns what it returns. */
    <T> T during(Supplier<T> gesture) {
        Object[] result = new Object[1];
        gesture((Runnable) () -> result[0] = gesture.get());
        @SuppressWarnings("unchecked")
        T t = (T) result[0];
        return t;
    }

    /** Notes that {@code aspects} changed; told at once unless a gesture is under way. */
    void changed(Aspect... aspects) {
        pending.addAll(List.of(aspects));
        if (depth == 0) {
            flush();
        }
    }

    /** Whether listeners are being told of a change now. */
    boolean isTelling() {
        return telling;
    }

    long notifications() {
        return notifications;
    }

    long listenerRuns() {
        return listenerRuns;
    }

    private void flush() {
        if (pending.isEmpty() || telling) {
            return;
        }
        ChartSnapshot now = snapshot.get();
        PositionId selected = selection.get();
        WindowChange change = new WindowChange(pending, toldSnapshot, now, toldSelection, selected);
        pending.clear();
        toldSnapshot = now;
        toldSelection = selected;
        notifications++;
        telling = true;
        try {
            for (Subscription s : List.copyOf(subscriptions)) {
                if (!Collections.disjoint(s.aspects(), change.aspects())) {
                    listenerRuns++;
                    s.listener().windowChanged(change);
                }
            }
        } finally {
            telling = false;
        }
        if (!pending.isEmpty()) {
            flush(); // a listener moved the view or the marks (bringing a row into view): one more round
        }
    }
}
