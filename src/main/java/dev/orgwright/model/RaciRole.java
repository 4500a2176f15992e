package dev.orgwright.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The part a position plays in a responsibility of the catalog (the RACI matrix): it does the
 * work (Responsible), answers for it (Accountable), is asked before (Consulted) or told after
 * (Informed). A duty linked to a responsibility is Responsible unless it says otherwise, so
 * charts written before roles existed mean what they always meant.
 */
public enum RaciRole {
    /** Does the work. */
    RESPONSIBLE("R", "Responsible"),
    /** Answers for the outcome and decides; one position per responsibility. */
    ACCOUNTABLE("A", "Accountable"),
    /** Asked for an opinion before a decision. */
    CONSULTED("C", "Consulted"),
    /** Told about a decision after it is made. */
    INFORMED("I", "Informed");

    private final String letter;
    private final String label;

    RaciRole(String letter, String label) {
        this.letter = letter;
        this.label = label;
    }

    /** The letter written in files and matrices: R, A, C or I. */
    public String letter() {
        return letter;
    }

    /** The word shown to users: Responsible, Accountable, Consulted, Informed. */
    public String label() {
        return label;
    }

    /** The role of a letter or word, in any case ("a", "Accountable"); empty for anything else. */
    public static Optional<RaciRole> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toUpperCase(Locale.ROOT);
        for (RaciRole r : values()) {
            if (r.letter.equals(t) || r.label.toUpperCase(Locale.ROOT).equals(t)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /**
     * Which of two roles a cell of the matrix shows when a position has several duties linked to
     * one responsibility: A over R over C over I.
     */
    public static RaciRole stronger(RaciRole a, RaciRole b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return weight(a) >= weight(b) ? a : b;
    }

    private static int weight(RaciRole r) {
        return switch (r) {
            case ACCOUNTABLE -> 4;
            case RESPONSIBLE -> 3;
            case CONSULTED -> 2;
            case INFORMED -> 1;
        };
    }
}
