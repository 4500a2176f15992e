package dev.orgwright.ui.compare;

import dev.orgwright.io.AtomicFileWriter;
import dev.orgwright.io.ChangeListWriter;
import dev.orgwright.io.SaveFailedException;
import dev.orgwright.model.diff.ChartDiff;
import dev.orgwright.rules.Finding;
import dev.orgwright.rules.FindingsComparison;
import dev.orgwright.ui.fx.Dialogs;
import dev.orgwright.ui.fx.Texts;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The comparison window's Save Change List…: the changes as CSV (for a spreadsheet) or Markdown
 * (to paste into a report), the format chosen by the file's ending, written atomically so that a
 * failed save leaves an older file as it was.
 */
public final class ChangeListFile {

    public static final String FAILED = Texts.t("compare.changeListFile.theChangeListCould");

    /** The formats of a change list. */
    public enum Format {
        CSV, MARKDOWN;

        /** Markdown for a file ending in .md or .markdown, CSV otherwise. */
        public static Format of(Path file) {
            String name = name(file);
            return name.endsWith(".md") || name.endsWith(".markdown") ? MARKDOWN : CSV;
        }

        /** Whether the file's name already says its format. */
        public static boolean hasEnding(Path file) {
            String name = name(file);
            return name.endsWith(".csv") || name.endsWith(".md") || name.endsWith(".markdown");
        }

        private static String name(Path file) {
            return file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        }
    }

    private ChangeListFile() {
    }

    /** "Leadership team - changes.csv": the proposal's title as a file name. */
    static String suggestedName(ChartDiff diff) {
        String base = diff.newChart().title().strip().replaceAll("[\\\\/:*?\"<>|]+", " ").replaceAll("\\s+", " ").strip();
        return Texts.t("compare.changeListFile.changesCsv", (base.isEmpty() ? "chart" : base));
    }

    /**
     * Asks where to save the change list of {@code diff} and writes it; a failure is reported
     * through {@code dialogs}. The file written, or empty when the user cancelled or it failed.
     */
    static Optional<Path> chooseAndSave(ChartDiff diff, FindingsComparison findings, Dialogs dialogs) {
        Optional<Path> target = dialogs.chooseChangeListFile(suggestedName(diff));
        if (target.isEmpty()) {
            return target;
        }
        try {
            write(diff, findings, target.get());
            return target;
        } catch (SaveFailedException e) {
            dialogs.showError(FAILED, e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Writes the change list of {@code diff} to {@code target} in the format its ending names (the
     * Markdown document, as {@code orgwright diff --format markdown} writes it, also lists the
     * findings the proposal fixes and introduces). A
     * CSV file starts with a byte order mark, so that spreadsheets read its accents as UTF-8.
     */
    static void write(ChartDiff diff, FindingsComparison findings, Path target) throws SaveFailedException {
        Format format = Format.of(target);
        AtomicFileWriter.write(target, out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            if (format == Format.MARKDOWN) {
                ChangeListWriter.writeMarkdownDocument(diff, "", lines(findings.fixed()),
                        lines(findings.introduced()), writer);
            } else {
                ChangeListWriter.writeCsv(diff, writer);
            }
            writer.flush();
        });
    }

    private static List<ChangeListWriter.FindingLine> lines(List<Finding> findings) {
        return findings.stream()
                .map(f -> new ChangeListWriter.FindingLine(f.severity().id(), f.ruleId(), f.message()))
                .toList();
    }
}
