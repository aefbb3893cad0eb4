package org.slastudio.review;

import java.util.List;
import org.slastudio.clauses.Placeholders;
import org.slastudio.model.Agreement;
import org.slastudio.model.Clause;

/** A placeholder that cannot be filled would print as {{...}} in the signed agreement, so it is an error. */
final class ClausePlaceholders implements ReviewRule {

    @Override
    public void check(Agreement a, Findings out) {
        for (int i = 0; i < a.clauses().size(); i++) {
            Clause c = a.clauses().get(i);
            if (c != null) {
                check(a, c.heading(), Paths.clause(i) + ".heading", Describe.clause(c, i), out);
                check(a, c.text(), Paths.clause(i) + ".text", Describe.clause(c, i), out);
            }
        }
    }

    private static void check(Agreement a, String text, String path, String clause, Findings out) {
        for (String unknown : Placeholders.unknown(text)) {
            boolean paired = !unknown.startsWith("{{") && !unknown.endsWith("}}");
            String shown = shortened(paired ? "{{" + unknown + "}}" : unknown);
            out.error(path, clause + " uses " + shown + (paired ? ", which is not a placeholder SLA Studio knows." : ", whose braces do not pair up."),
                    paired ? "Use one of " + family(unknown) + ", or write the value out." : "Write a placeholder as {{name}}, e.g. {{customer.legalName}}.");
        }
        for (Placeholders.Gap gap : Placeholders.unfilled(text, a)) {
            out.error(path, clause + " uses {{" + gap.name() + "}}, which cannot be filled: " + gap.reason() + ".",
                    "Fill in what it refers to, or change the placeholder.");
        }
    }

    /** The placeholders that start like the unknown one, or all of them, so the fix names the likely intended one. */
    private static String family(String unknown) {
        String first = unknown.contains(".") ? unknown.substring(0, unknown.indexOf('.') + 1) : unknown + ".";
        List<String> near = Placeholders.FORMS.stream().filter(f -> f.startsWith(first)).toList();
        List<String> shown = near.isEmpty() ? Placeholders.FORMS : near;
        return String.join(", ", shown.stream().map(f -> "{{" + f + "}}").toList());
    }

    /** A heading or a stray brace's word may be of any length; its ends show which it is. */
    static String shortened(String written) {
        return written.length() <= 80 ? written : written.substring(0, 40) + "…" + written.substring(written.length() - 39);
    }
}
