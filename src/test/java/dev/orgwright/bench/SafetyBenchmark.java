package dev.orgwright.bench;

import dev.orgwright.io.BackupPolicy;
import dev.orgwright.io.ChartFiles;
import dev.orgwright.io.ChartFormatException;
import dev.orgwright.io.ChartReader;
import dev.orgwright.io.FileFingerprint;
import dev.orgwright.io.RecoverySession;
import dev.orgwright.io.RecoveryStore;
import dev.orgwright.layout.CardSizer;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Edits;
import dev.orgwright.model.Position;
import dev.orgwright.ui.document.Autosaver;
import dev.orgwright.ui.editor.ChartWindowModel;
import dev.orgwright.ui.editor.WindowChange;
import dev.orgwright.ui.fx.Dialogs;
import dev.orgwright.ui.fx.SaveChoice;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

/**
 * What keeping work safe costs on a chart of 100,000 positions: the autosave on the window's
 * thread (only scheduling) and on its background thread (the write), a save with and without a
 * backup, the fingerprint checks made on focus and before a save, and refusing a gigabyte
 * stream. Not a test: it prints figures and never fails a build.
 *
 * <pre>
 * mvn -q -o test-compile exec:java -Dexec.mainClass=dev.orgwright.bench.SafetyBenchmark -Dexec.classpathScope=test
 * </pre>
 */
public final class SafetyBenchmark {

    private SafetyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("orgwright-safety-bench");
        try {
            run(IoBenchmark.realisticChart(100_000, new Random(42)), folder);
        } finally {
            try (Stream<Path> all = Files.walk(folder)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void run(Chart chart, Path folder) throws Exception {
        System.out.printf(Locale.ROOT, "%,d positions%n", chart.size());
        RecoveryStore store = new RecoveryStore(folder.resolve("recovery"));
        try (RecoverySession session = store.startSession()) {
            String entry = session.newEntryId();
            print("autosave write (background thread)", time(() -> session.autosave(entry, null, chart)));

            ChartWindowModel model = new ChartWindowModel(chart, CardSizer.fixed(180, 64), ChartFiles::load, NO_DIALOGS);
            long[] before = new long[1];
            long[] autosaveNanos = new long[1];
            model.listen(WindowChange.Aspect.all(), change -> before[0] = System.nanoTime());
            Autosaver autosaver = Autosaver.attach(model.session(), session, Duration.ofSeconds(3));
            model.listen(WindowChange.Aspect.all(), change -> autosaveNanos[0] = System.nanoTime() - before[0]);
            Position first = chart.inTreeOrder().iterator().next();
            int[] n = new int[1];
            double editMs = time(() -> model.apply(Edits.setHolder(first.id(), "Holder " + n[0]++)));
            print("edit, relayout and listeners on the window's thread", editMs);
            System.out.printf(Locale.ROOT, "  %-52s %8.3f ms (last edit); %d writes begun meanwhile%n",
                    "of which the autosave's part", autosaveNanos[0] / 1e6, autosaver.writtenCount());
            autosaver.flush();
            autosaver.close();
        }

        Path file = folder.resolve("bench" + ChartFiles.EXTENSION);
        ChartFiles.save(file, chart);
        print("save (fsync), no backup", time(() -> ChartFiles.save(file, chart, BackupPolicy.NONE)));
        print("save (fsync), keeping NAME~", time(() -> ChartFiles.save(file, chart, BackupPolicy.KEEP_PREVIOUS)));
        FileFingerprint fingerprint = FileFingerprint.of(file).orElseThrow();
        print("change check on focus (time and size)", time(() -> fingerprint.matches(file)));
        print("change check before a save (SHA-256)", time(() -> fingerprint.matchesExactly(file)));
        print("refusing a 1 GB stream", time(SafetyBenchmark::refuseGigabyte));
    }

    private static void refuseGigabyte() {
        InputStream spaces = new InputStream() {
            private long left = 1L << 30;

            @Override
            public int read() {
                return left-- > 0 ? (left == (1L << 30) - 1 ? '{' : ' ') : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int count = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + count, (byte) ' ');
                if (left == 1L << 30) {
                    b[off] = '{';
                }
                left -= count;
                return count;
            }
        };
        try {
            ChartReader.read(spaces, "gigabyte.orgchart.json");
            throw new AssertionError("a gigabyte was accepted");
        } catch (ChartFormatException expected) {
            // refused, as it should be
        }
    }

    private static double time(Median.Step step) throws Exception {
        return Median.millis(5, 7, step);
    }

    private static void print(String what, double ms) {
        System.out.printf(Locale.ROOT, "  %-52s %8.3f ms%n", what, ms);
    }

    /** Answers every question with "no" (cancel, nothing chosen); the benchmark asks none. */
    private static final Dialogs NO_DIALOGS = (Dialogs) java.lang.reflect.Proxy.newProxyInstance(
            Dialogs.class.getClassLoader(), new Class<?>[] {Dialogs.class}, (proxy, method, args) -> {
                Class<?> type = method.getReturnType();
                return type == Optional.class ? Optional.empty() : type == int.class ? -1
                        : type == SaveChoice.class ? SaveChoice.CANCEL : type == boolean.class ? false : null;
            });
}
