package org.slastudio.export;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Object names as OpenSLO asks for them (RFC 1123 labels: at most 63 lower-case letters, digits and hyphens, starting
 * and ending with a letter or digit), each given out once.
 */
final class OpenSloNames {
    static final int MAX = 63;
    private final Set<String> taken = new HashSet<>();

    /** "Customer_Portal", "Zürich 24x7" become "customer-portal", "zurich-24x7"; nothing usable becomes {@code fallback}. */
    static String label(String text, String fallback) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String label = trim(plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"), MAX);
        return label.isEmpty() ? fallback : label;
    }

    /** The label of {@code text}, with -2, -3 ... added where it was given out already. */
    String unique(String text, String fallback) {
        String base = label(text, fallback);
        String name = base;
        for (int n = 2; !taken.add(name); n++) {
            String suffix = "-" + n;
            name = trim(base, MAX - suffix.length()) + suffix;
        }
        return name;
    }

    /** At most {@code max} characters, with no hyphen at either end. */
    private static String trim(String label, int max) {
        String cut = label.length() > max ? label.substring(0, max) : label;
        return cut.replaceAll("^-+|-+$", "");
    }

    /** Display names stay within 63 characters, as the OpenSLO SDK checks; the description keeps the whole. */
    static String display(String text) {
        String t = text.strip();
        return t.length() <= MAX ? t : t.substring(0, MAX - 1).strip() + "…";
    }
}
