package dev.orgwright.render.deck;

import dev.orgwright.render.RenderTexts;
import dev.orgwright.model.Chart;
import dev.orgwright.rules.Finding;
import dev.orgwright.rules.Severity;
import dev.orgwright.rules.Validation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The findings summary: how many findings of each rule and severity, then the findings themselves,
 * the most severe first, on at most {@link #MAX_LIST_SLIDES} slides (the rest are counted, not listed).
 */
final class FindingsTables {

    static final int MAX_LIST_SLIDES = 3;

    private FindingsTables() {
    }

    static void write(Validation findings, Chart chart, TableSlides tables, SlideDecor decor,
                      Supplier<SlideShapes> newSlide) {
        List<Finding> all = new ArrayList<>();
        for (Finding f : findings.all()) {
            // A deck of part of a chart (a view's team) lists the findings of what it shows.
            if (f.position().map(chart::contains).orElse(true)) {
                all.add(f);
            }
        }
        all.sort(Comparator.comparing(Finding::severity));
        Map<String, int[]> byRule = new LinkedHashMap<>();
        for (Finding f : all) {
            byRule.computeIfAbsent(f.ruleId(), k -> new int[Severity.values().length])[f.severity().ordinal()]++;
        }
        List<List<String>> counts = new ArrayList<>();
        byRule.forEach((rule, n) -> counts.add(List.of(rule, Integer.toString(n[0]), Integer.toString(n[1]),
                Integer.toString(n[2]))));
        if (counts.isEmpty()) {
            counts.add(List.of(RenderTexts.t("deck.findings.none"), "0", "0", "0"));
        }
        tables.write(RenderTexts.t("deck.findings"), List.of(RenderTexts.t("deck.findings.rule"),
                RenderTexts.t("deck.findings.errors"), RenderTexts.t("deck.findings.warnings"), RenderTexts.t("deck.findings.notes")), counts, List.of(0.55, 0.15, 0.15, 0.15),
                decor::heading, newSlide);
        if (all.isEmpty()) {
            return;
        }
        int shown = Math.min(all.size(), tables.rowsPerSlide() / 2 * MAX_LIST_SLIDES);
        List<List<String>> rows = new ArrayList<>();
        for (Finding f : all.subList(0, shown)) {
            String where = f.position().filter(chart::contains).map(id -> chart.position(id).title().strip()).orElse(RenderTexts.t("deck.findings.chart"));
            rows.add(List.of(RenderTexts.t("deck.findings.severity." + f.severity().id()), where, f.message()));
        }
        if (shown < all.size()) {
            rows.add(List.of("", "", RenderTexts.t("deck.findings.more", all.size() - shown)));
        }
        // A finding's sentence often takes two lines: half as many rows a slide.
        List<List<List<String>>> pages = new ArrayList<>();
        int per = Math.max(1, tables.rowsPerSlide() / 2);
        for (int i = 0; i < rows.size(); i += per) {
            pages.add(rows.subList(i, Math.min(rows.size(), i + per)));
        }
        for (int i = 0; i < pages.size(); i++) {
            tables.write(pages.size() == 1 ? RenderTexts.t("deck.findings.detail")
                    : RenderTexts.t("deck.findings.detailPart", i + 1, pages.size()), List.of(RenderTexts.t("deck.findings.severity"),
                    RenderTexts.t("deck.findings.position"), RenderTexts.t("deck.findings.finding")), pages.get(i),
                    List.of(0.12, 0.28, 0.60), decor::heading, newSlide);
        }
    }
}
