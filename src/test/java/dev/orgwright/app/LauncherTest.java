package dev.orgwright.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LauncherTest {

    @Test
    void noArgumentsOpenTheWindow() {
        assertFalse(Launcher.isCommandLine(new String[0]));
    }

    @Test
    void aChartFileOpensTheWindow() {
        assertFalse(Launcher.isCommandLine(new String[] {"acme.orgchart.json"}));
        assertFalse(Launcher.isCommandLine(new String[] {"/home/ola/charts/acme.orgchart.json", "validate"}));
        assertFalse(Launcher.isCommandLine(new String[] {"./stats"}));
    }

    @Test
    void aCommandNameRunsTheCommandLine() {
        for (String command : List.of("validate", "stats", "format", "help")) {
            assertTrue(Launcher.isCommandLine(new String[] {command, "acme.orgchart.json"}), command);
        }
        assertTrue(Launcher.isCommandLine(new String[] {"stats"}));
    }

    @Test
    void anOptionRunsTheCommandLine() {
        for (String option : List.of("--help", "-h", "--version", "-V", "--no-such-option")) {
            assertTrue(Launcher.isCommandLine(new String[] {option}), option);
        }
    }

    @Test
    void noCommandNameLooksLikeAFile() {
        // Launcher skips building the command line for file-like arguments; a command named
        // like a file would then never run.
        for (String command : dev.orgwright.cli.Cli.commandNames()) {
            assertFalse(Launcher.looksLikeAFile(command), command);
        }
        assertTrue(Launcher.looksLikeAFile("acme.orgchart.json"));
        assertTrue(Launcher.looksLikeAFile("charts/acme"));
        assertTrue(Launcher.looksLikeAFile("C:\\charts\\acme"));
    }

    @Test
    void theStartUpMeasurementOpensTheWindow() {
        assertFalse(Launcher.isCommandLine(new String[] {"--exit-after-first-frame"}));
        assertFalse(Launcher.isCommandLine(new String[] {"--exit-after-first-frame", "acme.orgchart.json"}));
        assertFalse(Launcher.isCommandLine(new String[] {"acme.orgchart.json", "--exit-after-first-frame"}));
    }

    @Test
    void aWindowNeedsADisplayOnlyOnX11AndWayland() {
        assertFalse(Launcher.hasDisplay(Map.of(), "Linux", null));
        assertFalse(Launcher.hasDisplay(Map.of("DISPLAY", ""), "Linux", null));
        assertTrue(Launcher.hasDisplay(Map.of("DISPLAY", ":0"), "Linux", null));
        assertTrue(Launcher.hasDisplay(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux", null));
        assertTrue(Launcher.hasDisplay(Map.of(), "Linux", "Monocle"));
        assertTrue(Launcher.hasDisplay(Map.of(), "Windows 11", null));
        assertTrue(Launcher.hasDisplay(Map.of(), "Mac OS X", null));
    }

    /**
     * The command line must work on a build server with no display: run the launcher in a fresh
     * JVM, as a user would, and watch which classes it loads.
     */
    @Test
    void theCommandLineLoadsNoJavaFxClass() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-verbose:class", "-cp",
                System.getProperty("java.class.path"), Launcher.class.getName(), "--version");
        builder.environment().remove("DISPLAY");
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));

        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("Orgwright development build"), output);
        assertTrue(output.contains("dev.orgwright.cli.Cli"), "the class list is there: " + output);
        List<String> javafx = output.lines().filter(l -> l.contains(" javafx.") || l.contains(" com.sun.javafx."))
                .toList();
        assertEquals(List.of(), javafx);
        assertFalse(output.contains("dev.orgwright.app.DesktopWindow"), "the door to the window stays shut");
    }
}
