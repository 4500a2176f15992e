package dev.orgwright.ui.fx;

import dev.orgwright.layout.CardSize;
import dev.orgwright.layout.CardSizer;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import java.util.HashMap;
import java.util.Map;

/**
 * Remembers each position's card size until its text changes: measuring text is the costly
 * part of a layout, and an edit changes the text of one card, not of 100,000.
 */
public final class CachedCardSizer implements CardSizer {

    private record Entry(String title, String holder, CardSize size) {
    }

    private final CardSizer measuring;
    private final Map<PositionId, Entry> cache = new HashMap<>();

    public CachedCardSizer(CardSizer measuring) {
        this.measuring = measuring;
    }

    @Override
    public CardSize sizeOf(Position position) {
        Entry e = cache.get(position.id());
        // The holder's line, not the holder: a vacancy and an undisclosed holder both have no name.
        String holder = dev.orgwright.render.CardMetrics.holderLine(position);
        if (e == null || !e.title().equals(position.title()) || !e.holder().equals(holder)) {
            e = new Entry(position.title(), holder, measuring.sizeOf(position));
            cache.put(position.id(), e);
        }
        return e.size();
    }
}
