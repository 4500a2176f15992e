package dev.orgwright.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A second Orgwright process for tests: it locks a chart or autosaves one, says "ready", and
 * then waits to be killed, as a crash would end it.
 */
final class OtherProcess implements AutoCloseable {

    private final Process process;

    private OtherProcess(Process process) {
        this.process = process;
    }

    /** Starts {@code main} below with {@code args} and waits until it is ready. */
    static OtherProcess start(String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OtherProcess.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (!"ready".equals(line)) {
            process.destroyForcibly();
            throw new IOException("the other process did not start: " + line);
        }
        return new OtherProcess(process);
    }

    /** Ends the process abruptly, without any clean-up. */
    void crash() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        crash();
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "lock" -> {
                ChartFileLock.Attempt attempt = ChartFileLock.tryLock(Path.of(args[1]));
                if (!(attempt instanceof ChartFileLock.Acquired)) {
                    System.out.println("not locked: " + attempt);
                    return;
                }
            }
            case "autosave" -> {
                RecoverySession session = new RecoveryStore(Path.of(args[1])).startSession();
                session.autosave(session.newEntryId(), Path.of(args[2]), SampleCharts.leadershipTeam().withTitle(args[3]));
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
        System.out.println("ready");
        System.out.flush();
        System.in.read(); // until killed
    }
}
