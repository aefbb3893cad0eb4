package org.slastudio.clauses;

import org.slastudio.model.Clause;
import org.slastudio.model.Section;

/**
 * A reusable clause text from the library.
 *
 * @param id      short unique key, e.g. {@code credits-sole-remedy}
 * @param text    the clause, with placeholders such as {@code {{customer.legalName}}} filled from the draft
 * @param note    when to use it, for the drafter; not part of the agreement
 * @param favours which side the wording leans towards
 */
public record LibraryClause(String id, Section section, String heading, String text, String note, Favours favours) {

    /** The clause as it goes into a draft, placeholders and all, so its numbers follow later edits of the draft. */
    public Clause toClause() {
        return new Clause(section, heading, text);
    }
}
