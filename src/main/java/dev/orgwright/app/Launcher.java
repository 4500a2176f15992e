package dev.orgwright.app;

import dev.orgwright.cli.Cli;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * The program's entry point: decides between the chart designer window and the command line.
 *
 * <ul>
 *   <li>No arguments, or a first argument that is neither a command name nor an option (a chart
 *       file to open): the window starts.</li>
 *   <li>A command name ({@code validate}, {@code stats}, {@code format}, and whatever commands
 *       {@link dev.orgwright.cli.OrgwrightCommand} gains later) or an option ({@code --help},
 *       {@code --version}, ...): the command line runs, and the process exits with its code.</li>
 *   <li>{@code --exit-after-first-frame} anywhere: the window starts, prints
 *       {@code first frame after N ms} once the chart is on the screen, and exits.</li>
 * </ul>
 *
 * <p>The command line must run on a build server with no display, so this class never touches
 * JavaFX: the window is reached only through {@link DesktopWindow}, a separate class the JVM
 * loads (with JavaFX behind it) only when the window is wanted. A file that happens to be named
 * like a command ("stats") is taken as the command; open it as {@code ./stats}.
 */
public final class Launcher {

    /** A window option, not a command: measures start-up (see the README). */
    static final String EXIT_AFTER_FIRST_FRAME = "--exit-after-first-frame";

    private Launcher() {
    }

    /** Starts the window or runs a command; see the class description. */
    public static void main(String[] args) {
        if (isCommandLine(args)) {
            System.exit(runCommandLine(args));
        }
        if (!hasDisplay(System.getenv(), System.getProperty("os.name", ""), System.getProperty("glass.platform"))) {
            // On a server a mistyped command lands here; JavaFX would answer with a page of stack trace.
            System.err.println("orgwright: there is no display to open the chart designer window on"
                    + (args.length > 0 ? ", and '" + args[0] + "' is not a command" : "")
                    + ". Run 'orgwright --help' to see the commands.");
            System.exit(2);
        }
        DesktopWindow.open(args);
    }

    /** Whether {@code args} ask for the command line rather than the window. Starts nothing. */
    static boolean isCommandLine(String[] args) {
        if (args.length == 0) {
            return false;
        }
        String first = args[0];
        if (Arrays.asList(args).contains(EXIT_AFTER_FIRST_FRAME)) {
            return false;
        }
        if (first.startsWith("-")) {
            return true;
        }
        // A chart file (opened from the file manager, say) starts the window without building
        // the command line first, which would cost start-up time for nothing.
        return !looksLikeAFile(first) && Cli.commandNames().contains(first);
    }

    /** Command names are plain words: a name with a dot or a path separator is a file. */
    static boolean looksLikeAFile(String argument) {
        return argument.contains(".") || argument.contains("/") || argument.contains("\\");
    }

    /**
     * Whether a window can be shown at all. Only X11 and Wayland systems can lack a display;
     * Windows and macOS always have one, and an explicit glass platform (Monocle, in headless
     * tests) brings its own.
     */
    static boolean hasDisplay(Map<String, String> environment, String osName, String glassPlatform) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (glassPlatform != null || os.startsWith("windows") || os.startsWith("mac")) {
            return true;
        }
        return !environment.getOrDefault("DISPLAY", "").isBlank()
                || !environment.getOrDefault("WAYLAND_DISPLAY", "").isBlank();
    }

    private static int runCommandLine(String[] args) {
        PrintWriter out = console(FileDescriptor.out);
        PrintWriter err = console(FileDescriptor.err);
        return Cli.run(args, out, err, dev.orgwright.ui.export.HeadlessPng::exporter);
    }

    /**
     * A writer on standard output or error. Java 17 encodes console text in the platform charset,
     * which on a build server with {@code LANG=C} is ASCII and turns every "ü" of a holder's name
     * into "?"; UTF-8 is what terminals, CI logs and JSON readers expect. A Windows console
     * announces its own code page, which is then used.
     */
    private static PrintWriter console(FileDescriptor fd) {
        String announced = System.getProperty(fd == FileDescriptor.out ? "sun.stdout.encoding" : "sun.stderr.encoding");
        Charset charset = announced != null && Charset.isSupported(announced)
                ? Charset.forName(announced) : StandardCharsets.UTF_8;
        return new PrintWriter(new OutputStreamWriter(new FileOutputStream(fd), charset), true);
    }
}
