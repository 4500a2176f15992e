package dev.orgwright.ui.fx;

import dev.orgwright.layout.CardSize;
import dev.orgwright.layout.CardSizer;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.render.CardMetrics;
import java.util.HashMap;
import java.util.Map;

/**
 * Remembers each position's card size until its text changes: measuring text is the costly
 * part of a layout, and an edit changes the text of one card, not of 100,000.
 */
public final class CachedCardSizer implements CardSizer {

    private record Entry(String title, String holder, String photo, CardSize size) {
    }

    private final CardSizer measuring;
    private final Map<PositionId, Entry> cache = new HashMap<>();

    public CachedCardSizer(CardSizer measuring) {
        this.measuring = measuring;
    }

    /**
     * Sizes for cards that follow {@code template} (a chart's card template), measured afresh:
     * another template means other lines on every card. A sizer that is not a {@link CardSizing}
     * has no template and is kept.
     */
    public CardSizer withTemplate(dev.orgwright.model.CardTemplate template) {
        return measuring instanceof dev.orgwright.render.CardSizing sizing
                ? new CachedCardSizer(sizing.withTemplate(template)) : this;
    }

    /**
     * Sizes for cards that follow {@code template} and show the holder's name or not
     * ({@code holders}), measured afresh; a sizer that is not a {@link CardSizing} is kept.
     */
    public CardSizer withCard(dev.orgwright.model.CardTemplate template, boolean holders) {
        return measuring instanceof dev.orgwright.render.CardSizing sizing
                ? new CachedCardSizer(sizing.withTemplate(template).withHolders(holders)) : this;
    }

    /**
     * Takes the sizes {@code other} has measured (the cards of a chart about to be shown): {@code other}
     * must measure as this one does (made the same way), and no longer be used by another thread.
     */
    public void adopt(CachedCardSizer other) {
        cache.putAll(other.cache);
    }

    @Override
    public CardSize sizeOf(Position position) {
        Entry e = cache.get(position.id());
        // The title and holder lines, not the fields: a pool's FTE is on the first, and a vacancy and an
        // undisclosed holder both have no name on the second.
        String title = CardMetrics.titleLine(position);
        String holder = CardMetrics.holderLine(position);
        if (e == null || !e.title().equals(title) || !e.holder().equals(holder) || !e.photo().equals(position.photo())) {
            e = new Entry(title, holder, position.photo(), measuring.sizeOf(position));
            cache.put(position.id(), e);
        }
        return e.size();
    }
}
