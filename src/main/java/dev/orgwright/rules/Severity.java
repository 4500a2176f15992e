package dev.orgwright.rules;

import java.util.Locale;
import java.util.Optional;

/** How much a finding matters: an error breaks the design, a warning questions it, info notes it. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The lower-case name used in settings, files and the command line: "error". */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The severity named by {@code id} ("error", "warning", "info"), if it is one. */
    public static Optional<Severity> fromId(String id) {
        for (Severity s : values()) {
            if (s.id().equalsIgnoreCase(id)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
