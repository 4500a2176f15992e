package dev.orgwright.ui;

import dev.orgwright.ui.fx.Texts;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What Help → About says: the program's version and licence, the Java runtime it runs on, and
 * every library it ships with its licence, read from {@code libraries.tsv} beside this class.
 */
record AboutContent(String name, String version, String licence, String runtime, List<Library> libraries) {

    static final String LICENCE = Texts.t("about.apacheLicense");
    static final String RESOURCE = "libraries.tsv";

    /** A library the program ships; {@code broughtBy} names the dependency that pulls it in. */
    record Library(String coordinates, String version, String name, String licence, Optional<String> broughtBy) {
    }

    /** The content for this program, on the Java runtime it runs on now. */
    static AboutContent of(String name, String version) {
        String runtime = Texts.t("about.javaGplWithClasspath", System.getProperty("java.vm.vendor", ""), Runtime.version());
        return new AboutContent(name, version, LICENCE, runtime.strip(), shippedLibraries());
    }

    /** The shipped libraries, in the order of the list. */
    static List<Library> shippedLibraries() {
        try (InputStream in = AboutContent.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Library> parse(List<String> lines) {
        List<Library> libraries = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length < 4) {
                throw new IllegalStateException(RESOURCE + ": a line needs coordinates, version, name and licence: " + line);
            }
            libraries.add(new Library(f[0], f[1], f[2], f[3], f.length > 4 ? Optional.of(f[4]) : Optional.empty()));
        }
        return List.copyOf(libraries);
    }

    /** The whole content as plain text, for copying into a support request. */
    String asText() {
        StringBuilder text = new StringBuilder()
                .append(name).append(' ').append(version).append('\n')
                .append(Texts.t("about.licensedUnderThe2", licence)).append('\n')
                .append(Texts.t("about.runsOn2", runtime)).append("\n\n").append(Texts.t("about.librariesColon")).append('\n');
        for (Library library : libraries) {
            text.append("  ").append(library.name()).append(' ').append(library.version())
                    .append(" — ").append(library.licence()).append('\n');
        }
        return text.toString();
    }
}
