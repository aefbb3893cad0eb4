package org.slastudio.ui.clauses;

import org.slastudio.clauses.LibraryClause;
import org.slastudio.model.Clause;
import org.slastudio.ui.fields.Words;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which clauses of a draft a library clause would meet on the same subject. A lawyer calls two clauses "on the same
 * subject" when a reader would have to choose between them to know the rule:
 * <ul>
 *   <li>both define the same term ("Downtime" means ...), in whatever section: two definitions of one word conflict;</li>
 *   <li>or, in the same section, their headings name the same matter: equal once case and punctuation are set aside,
 *       or one heading is the other followed by more words ("Measurement" and "Measurement and audit", "Service
 *       credits" and "Service credits as sole remedy").</li>
 * </ul>
 * The section alone is not enough: Service credits holds sole remedy, limits, an at-risk amount and earn-back side by
 * side, and a draft needs several of those at once.
 */
final class ClauseOverlaps {
    /** A clause of the draft that the library clause overlaps, at its place in the draft's clauses, and why. */
    record Overlap(int index, Clause clause, String why) {
        /** E.g. "Definition of Downtime" in the Definitions section: both define "Downtime". */
        String described() {
            String heading = clause.heading() == null || clause.heading().isBlank() ? "Clause " + (index + 1) : clause.heading();
            return "\"" + heading + "\" in the " + Words.of(clause.section()) + " section: " + why;
        }
    }

    /** "X" means, "X" shall mean, "X" has the meaning, "X" refers to; straight or curly quotes. */
    private static final Pattern DEFINED = Pattern.compile(
            "[\"\u201C]([^\"\u201D]{1,60})[\"\u201D]\\s+(?:means|shall mean|has the meaning|refers to)\\b");

    private ClauseOverlaps() {
    }

    static List<Overlap> of(LibraryClause candidate, List<Clause> draft) {
        Set<String> terms = definedTerms(candidate.text());
        String heading = normalised(candidate.heading());
        List<Overlap> found = new ArrayList<>();
        for (int i = 0; i < draft.size(); i++) {
            Clause c = draft.get(i);
            if (c == null) {
                continue;
            }
            List<String> shared = new ArrayList<>();
            for (String term : definedTerms(c.text())) {
                if (terms.stream().anyMatch(t -> t.equalsIgnoreCase(term))) {
                    shared.add("\"" + term + "\"");
                }
            }
            if (!shared.isEmpty()) {
                found.add(new Overlap(i, c, "both define " + String.join(" and ", shared)));
                continue;
            }
            String other = normalised(c.heading());
            if (c.section() == candidate.section() && !heading.isEmpty() && !other.isEmpty()) {
                if (heading.equals(other)) {
                    found.add(new Overlap(i, c, "the same heading"));
                } else if (heading.startsWith(other + " ") || other.startsWith(heading + " ")) {
                    found.add(new Overlap(i, c, "its heading names the same matter"));
                }
            }
        }
        return found;
    }

    /** The terms a text defines, as written, in the order they come. */
    static Set<String> definedTerms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        Matcher m = DEFINED.matcher(text == null ? "" : text);
        while (m.find()) {
            terms.add(m.group(1).strip());
        }
        return terms;
    }

    /** "Earn-back" and "Earn back", "Service Credits" and "service credits" read as one heading. */
    private static String normalised(String heading) {
        return heading == null ? "" : heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
