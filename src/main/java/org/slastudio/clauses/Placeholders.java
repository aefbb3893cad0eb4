package org.slastudio.clauses;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slastudio.model.Agreement;

/**
 * Placeholders such as {@code {{customer.legalName}}} or {@code {{service.storage.target}}} in clause texts, filled
 * from the draft so that the prose and the numbers never disagree. The names are listed in docs/clauses.md and
 * {@link #FORMS}; ids in them cannot contain dots.
 */
public final class Placeholders {
    /**
     * Every placeholder SLA Studio knows; {@code <id>} stands for the id of a party, service, window, metric or figure,
     * {@code <windowId>} for a window's and {@code <n>} for a tier's number, counted from 1.
     */
    public static final List<String> FORMS = Stream.of(AgreementPlaceholders.FORMS, ServicePlaceholders.FORMS,
            WindowPlaceholders.FORMS, CreditPlaceholders.FORMS, MetricPlaceholders.FORMS).flatMap(List::stream).toList();

    /** A placeholder this draft cannot fill, and why. */
    public record Gap(String name, String reason) {
    }

    private Placeholders() {
    }

    /** The placeholder names in a text, in order, as written between the braces (without surrounding blanks). */
    public static List<String> names(String text) {
        List<String> names = new ArrayList<>();
        if (text == null) {
            return names;
        }
        for (PlaceholderScan.Match m : PlaceholderScan.placeholders(text)) {
            names.add(m.name());
        }
        return names;
    }

    /**
     * Placeholders that are not among {@link #FORMS}, whatever the draft holds, in order; a {@code {{} or {@code }}}
     * that does not pair up is listed as written, up to the end of its word.
     */
    public static List<String> unknown(String text) {
        List<String> unknown = new ArrayList<>();
        if (text == null) {
            return unknown;
        }
        for (String name : names(text)) {
            if (!isKnown(name)) {
                unknown.add(name);
            }
        }
        unknown.addAll(PlaceholderScan.strays(text));
        return unknown;
    }

    /** Known placeholders in a text that this draft cannot fill, e.g. a service id it does not have, or an unset cap. */
    public static List<Gap> unfilled(String text, Agreement agreement) {
        List<Gap> gaps = new ArrayList<>();
        for (String name : names(text)) {
            if (isKnown(name)) {
                FilledValue v = resolve(name, agreement);
                if (v.text() == null) {
                    gaps.add(new Gap(name, v.reason()));
                }
            }
        }
        return gaps;
    }

    /** The text with every placeholder the draft can fill replaced; the others stay as written, so the gap shows. */
    public static String fill(String text, Agreement agreement) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (PlaceholderScan.Match m : PlaceholderScan.placeholders(text)) {
            String value = isKnown(m.name()) ? resolve(m.name(), agreement).text() : null;
            out.append(text, from, m.start()).append(value == null ? text.substring(m.start(), m.end()) : value);
            from = m.end();
        }
        return out.append(text, from, text.length()).toString();
    }

    /** The text a placeholder stands for in this draft, if it is known and the draft has it. */
    public static Optional<String> value(String name, Agreement agreement) {
        return isKnown(name) ? Optional.ofNullable(resolve(name, agreement).text()) : Optional.empty();
    }

    static boolean isKnown(String name) {
        String[] parts = name.split("\\.", -1);
        return FORMS.stream().anyMatch(form -> matches(form.split("\\."), parts));
    }

    private static boolean matches(String[] form, String[] parts) {
        if (form.length != parts.length) {
            return false;
        }
        for (int i = 0; i < form.length; i++) {
            boolean fits = switch (form[i]) {
                case "<id>", "<windowId>" -> !parts[i].isEmpty();
                case "<n>" -> parts[i].matches("[1-9]\\d{0,3}");
                default -> form[i].equals(parts[i]);
            };
            if (!fits) {
                return false;
            }
        }
        return true;
    }

    private static FilledValue resolve(String name, Agreement a) {
        String[] p = name.split("\\.");
        return switch (p[0]) {
            case "service" -> ServicePlaceholders.resolve(p, a);
            case "window" -> WindowPlaceholders.resolve(p, a);
            case "credits" -> CreditPlaceholders.resolve(p, a);
            case "metric" -> MetricPlaceholders.resolve(p, a);
            default -> AgreementPlaceholders.resolve(p, a);
        };
    }
}
