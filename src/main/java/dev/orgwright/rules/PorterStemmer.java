package dev.orgwright.rules;

/**
 * Porter's English stemmer (1980), so that "reviews", "reviewed" and "reviewing" meet "review",
 * and "restructures" meets "restructuring". Words are expected in lower case.
 */
final class PorterStemmer implements Stemmer {

    private char[] b;
    private int k;  // index of the last letter of the current stem
    private int j;  // end of the stem before a suffix under test

    /** The English stemmer; it keeps no state between words. */
    static final Stemmer ENGLISH = PorterStemmer::porter;

    @Override
    public String stem(String word) {
        return porter(word);
    }

    /** The stem of a lower-case word. Short words are left alone. */
    static String porter(String word) {
        if (word.length() <= 2) {
            return word;
        }
        return new PorterStemmer().run(word);
    }

    private String run(String word) {
        b = word.toCharArray();
        k = b.length - 1;
        step1ab();
        if (k > 0) {
            step1c();
            step2();
            step3();
            step4();
            step5();
        }
        return new String(b, 0, k + 1);
    }

    private boolean consonant(int i) {
        switch (b[i]) {
            case 'a', 'e', 'i', 'o', 'u':
                return false;
            case 'y':
                return i == 0 || !consonant(i - 1);
            default:
                return true;
        }
    }

    /** The number of vowel-consonant sequences in b[0..j]. */
    private int measure() {
        int n = 0;
        int i = 0;
        while (true) {
            if (i > j) {
                return n;
            }
            if (!consonant(i)) {
                break;
            }
            i++;
        }
        i++;
        while (true) {
            while (true) {
                if (i > j) {
                    return n;
                }
                if (consonant(i)) {
                    break;
                }
                i++;
            }
            i++;
            n++;
            while (true) {
                if (i > j) {
                    return n;
                }
                if (!consonant(i)) {
                    break;
                }
                i++;
            }
            i++;
        }
    }

    private boolean vowelInStem() {
        for (int i = 0; i <= j; i++) {
            if (!consonant(i)) {
                return true;
            }
        }
        return false;
    }

    private boolean doubleConsonant(int at) {
        return at >= 1 && b[at] == b[at - 1] && consonant(at);
    }

    /** consonant-vowel-consonant ending at {@code i}, the last not w, x or y: "hop", not "hoop". */
    private boolean cvc(int i) {
        if (i < 2 || !consonant(i) || consonant(i - 1) || !consonant(i - 2)) {
            return false;
        }
        char ch = b[i];
        return ch != 'w' && ch != 'x' && ch != 'y';
    }

    private boolean ends(String s) {
        int l = s.length();
        int o = k - l + 1;
        if (o < 0) {
            return false;
        }
        for (int i = 0; i < l; i++) {
            if (b[o + i] != s.charAt(i)) {
                return false;
            }
        }
        j = k - l;
        return true;
    }

    /** Replaces b[j+1..k] with {@code s}. */
    private void setTo(String s) {
        int l = s.length();
        int o = j + 1;
        if (o + l > b.length) {
            b = java.util.Arrays.copyOf(b, o + l);
        }
        for (int i = 0; i < l; i++) {
            b[o + i] = s.charAt(i);
        }
        k = j + l;
    }

    private void replaceIfMeasured(String s) {
        if (measure() > 0) {
            setTo(s);
        }
    }

    private void step1ab() {
        if (b[k] == 's') {
            if (ends("sses")) {
                k -= 2;
            } else if (ends("ies")) {
                setTo("i");
            } else if (b[k - 1] != 's') {
                k--;
            }
        }
        if (ends("eed")) {
            if (measure() > 0) {
                k--;
            }
        } else if ((ends("ed") || ends("ing")) && vowelInStem()) {
            k = j;
            if (ends("at")) {
                setTo("ate");
            } else if (ends("bl")) {
                setTo("ble");
            } else if (ends("iz")) {
                setTo("ize");
            } else if (doubleConsonant(k)) {
                k--;
                char ch = b[k];
                if (ch == 'l' || ch == 's' || ch == 'z') {
                    k++;
                }
            } else {
                j = k;
                if (measure() == 1 && cvc(k)) {
                    setTo("e");
                }
            }
        }
    }

    private void step1c() {
        if (ends("y") && vowelInStem()) {
            b[k] = 'i';
        }
    }

    private static final String[][] STEP2 = {
        {"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"}, {"izer", "ize"},
        {"bli", "ble"}, {"alli", "al"}, {"entli", "ent"}, {"eli", "e"}, {"ousli", "ous"},
        {"ization", "ize"}, {"ation", "ate"}, {"ator", "ate"}, {"alism", "al"}, {"iveness", "ive"},
        {"fulness", "ful"}, {"ousness", "ous"}, {"aliti", "al"}, {"iviti", "ive"}, {"biliti", "ble"},
        {"logi", "log"},
    };

    private static final String[][] STEP3 = {
        {"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"}, {"ical", "ic"}, {"ful", ""}, {"ness", ""},
    };

    private static final String[] STEP4 = {
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate",
        "iti", "ous", "ive", "ize",
    };

    private void step2() {
        for (String[] rule : STEP2) {
            if (ends(rule[0])) {
                replaceIfMeasured(rule[1]);
                return;
            }
        }
    }

    private void step3() {
        for (String[] rule : STEP3) {
            if (ends(rule[0])) {
                replaceIfMeasured(rule[1]);
                return;
            }
        }
    }

    private void step4() {
        for (String suffix : STEP4) {
            if (ends(suffix)) {
                if (suffix.equals("ion") && (j < 0 || (b[j] != 's' && b[j] != 't'))) {
                    return;
                }
                if (measure() > 1) {
                    k = j;
                }
                return;
            }
        }
    }

    private void step5() {
        j = k;
        if (b[k] == 'e') {
            int m = measure();
            if (m > 1 || (m == 1 && !cvc(k - 1))) {
                k--;
            }
        }
        if (b[k] == 'l' && doubleConsonant(k) && measure() > 1) {
            k--;
        }
    }
}
