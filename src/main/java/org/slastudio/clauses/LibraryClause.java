package org.slastudio.clauses;

import java.util.ArrayList;
import java.util.List;
import org.slastudio.model.AgreedFigure;
import org.slastudio.model.Agreement;
import org.slastudio.model.Clause;
import org.slastudio.model.Section;

/**
 * A reusable clause text from the library.
 *
 * @param id      short unique key, e.g. {@code credits-sole-remedy}
 * @param text    the clause, with placeholders such as {@code {{customer.legalName}}} filled from the draft
 * @param note    when to use it, for the drafter; not part of the agreement
 * @param favours which side the wording leans towards
 * @param figures the figures its {@code {{figure.<id>}}} placeholders need, with the values the library proposes
 */
public record LibraryClause(String id, Section section, String heading, String text, String note, Favours favours,
                            List<AgreedFigure> figures) {

    public LibraryClause {
        figures = List.copyOf(figures);
    }

    /** The clause as it goes into a draft, placeholders and all, so its numbers follow later edits of the draft. */
    public Clause toClause() {
        return new Clause(section, heading, text);
    }

    /** The draft with this clause at the end of its clauses, and the figures it needs that the draft does not have yet. */
    public Agreement addTo(Agreement a) {
        List<Clause> clauses = new ArrayList<>(a.clauses());
        clauses.add(toClause());
        List<AgreedFigure> known = new ArrayList<>(a.figures());
        for (AgreedFigure f : figures) {
            if (a.figure(f.id()).isEmpty()) {
                known.add(f);
            }
        }
        return a.withClauses(clauses).withFigures(known);
    }
}
