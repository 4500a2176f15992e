package dev.orgwright.model.diff;

import dev.orgwright.model.PositionId;

/**
 * A position of the old chart and one of the new chart whose ids differ but whose title and
 * holder are the same: probably the same position, re-keyed. Only a suggestion; the user
 * confirms it, and then the two are compared as one position.
 *
 * @param oldId  its id in the old chart
 * @param newId  its id in the new chart
 * @param title  the title both share
 * @param holder the holder both share (empty for two vacancies)
 */
public record SuggestedMatch(PositionId oldId, PositionId newId, String title, String holder) {
}
