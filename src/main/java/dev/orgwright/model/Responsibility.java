package dev.orgwright.model;

import java.util.List;
import java.util.Objects;

/**
 * One entry of a tier's catalog: what positions of that tier are there to do ("Review budgets
 * and keep spending under control"), with keywords that count as strong evidence when a
 * free-text duty is matched against the catalog.
 *
 * @param id            unique within the chart's catalog, stable across edits ("budgets")
 * @param text          the responsibility in a sentence
 * @param keywords      words or short phrases that point to it
 * @param unknownFields fields of the document this version does not know
 */
public record Responsibility(String id, String text, List<String> keywords, UnknownFields unknownFields) {

    /** Checks the id and text and copies the keywords. */
    public Responsibility {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        if (Blank.isBlank(id)) {
            throw new IllegalArgumentException("A responsibility id cannot be blank.");
        }
        keywords = List.copyOf(keywords);
        unknownFields = unknownFields == null ? UnknownFields.NONE : unknownFields;
    }

    /** A responsibility with no unknown fields. */
    public static Responsibility of(String id, String text, String... keywords) {
        return new Responsibility(id, text, List.of(keywords), UnknownFields.NONE);
    }

    public Responsibility withText(String newText) {
        return new Responsibility(id, newText, keywords, unknownFields);
    }

    public Responsibility withKeywords(List<String> newKeywords) {
        return new Responsibility(id, text, newKeywords, unknownFields);
    }
}
