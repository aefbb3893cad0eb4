package org.slastudio.export;

import static org.slastudio.export.Comparison.at;
import static org.slastudio.export.Comparison.field;
import static org.slastudio.export.Comparison.isClause;
import static org.slastudio.export.Comparison.loose;
import static org.slastudio.export.Comparison.name;
import static org.slastudio.export.Comparison.order;
import static org.slastudio.export.Comparison.quoted;
import static org.slastudio.export.Comparison.where;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slastudio.clauses.Placeholders;
import org.slastudio.clauses.Quantities;
import org.slastudio.export.Comparison.Cite;
import org.slastudio.export.Comparison.Entry;
import org.slastudio.model.AgreedFigure;
import org.slastudio.model.Agreement;
import org.slastudio.model.Clause;
import org.slastudio.model.Section;
import org.slastudio.negotiation.Change;
import org.slastudio.negotiation.TermKey;

/**
 * The comparison's words for the draft's own clauses (amended, inserted, deleted, moved: cited by their captions
 * with placeholders filled in) and for the agreed figures they state.
 */
final class ClauseComparison {
    private final Comparison c;

    ClauseComparison(Comparison comparison) {
        this.c = comparison;
    }

    Entry entry(Change change) {
        return change.term().steps().get(0).field().equals("figures") ? figure(change) : clause(change);
    }

    private Entry clause(Change change) {
        TermKey key = change.term();
        Clause a = (Clause) at(c.previous, key, 1);
        Clause b = (Clause) at(c.next, key, 1);
        switch (change.kind()) {
            case REMOVED -> {
                if (a == null) {
                    return null;
                }
                Cite cite = prose(c.was, c.previous, a);
                Optional<AgreementOutline.Heading> section = c.was.section(sectionTitle(a.section()));
                if (isClause(cite) && section.isPresent() && c.is.section(section.get().caption()).isEmpty()) {
                    // The section goes with its last clause: the reader looks for the section's number.
                    return new Entry(section.get().cited() + " is deleted, with clause " + cite.heading().number() + " ("
                            + cite.heading().caption() + ").", List.of(), List.of(), order(cite));
                }
                return c.deleted(cite, "the clause " + quoted(caption(a, c.previous)) + " is deleted", null);
            }
            case ADDED -> {
                if (b == null) {
                    return null;
                }
                Cite cite = prose(c.is, c.next, b);
                Optional<AgreementOutline.Heading> section = c.is.section(sectionTitle(b.section()));
                Entry lead = isClause(cite) && section.isPresent() && c.was.section(section.get().caption()).isEmpty()
                        ? new Entry("A new clause " + section.get().number() + " (" + section.get().caption() + ") is inserted, with "
                        + "clause " + cite.heading().number() + " (" + cite.heading().caption() + ").", List.of(), List.of(), order(cite))
                        : c.inserted(cite, "a new clause " + quoted(caption(b, c.next)) + " is inserted", null);
                String text = lead.text().endsWith(".") ? lead.text().substring(0, lead.text().length() - 1) + ":" : lead.text();
                return new Entry(text, List.of(), AgreementDocument.paragraphs(Placeholders.fill(b.text(), c.next)), lead.order());
            }
            case MOVED -> {
                Cite from = a == null ? null : prose(c.was, c.previous, a);
                Cite to = b == null ? null : prose(c.is, c.next, b);
                if (!isClause(from) || !isClause(to)) {
                    return null;
                }
                return new Entry(from.heading().cited() + " is moved and becomes clause " + to.heading().number() + ".",
                        List.of(), List.of(), order(to));
            }
            default -> {
                if (a == null || b == null) {
                    return null;
                }
                String before = Placeholders.fill(a.text() == null ? "" : a.text(), c.previous);
                String after = Placeholders.fill(b.text() == null ? "" : b.text(), c.next);
                // A placeholder written out as its value reads the same: nothing changes for the reader.
                return before.equals(after) ? null : c.amended(prose(c.is, c.next, b), before, after);
            }
        }
    }

    /** The draft's own clause as the agreement captions it, placeholders filled in. */
    private static String caption(Clause clause, Agreement agreement) {
        return clause.heading() == null || clause.heading().isBlank() ? "General"
                : Placeholders.fill(clause.heading().strip(), agreement);
    }

    private static Cite prose(AgreementOutline outline, Agreement agreement, Clause clause) {
        String section = sectionTitle(clause.section());
        String caption = caption(clause, agreement);
        // The draft's clauses come first in their section, so the first with the caption is the draft's own.
        return outline.clause(section, caption).or(() -> outline.clause(null, caption)).map(h -> new Cite(h, null, true))
                .orElseGet(() -> loose(where(outline, section, null, null)));
    }

    /** The section's title in the agreement, as AgreementDocument writes it. */
    static String sectionTitle(Section section) {
        if (section == null) {
            return "";
        }
        return switch (section) {
            case OVERVIEW -> "Overview";
            case DEFINITIONS -> "Definitions and interpretation";
            case PARTIES -> "Parties";
            case SERVICES -> "Services";
            case AVAILABILITY -> "Availability";
            case MEASUREMENT -> "Measurement";
            case EXCLUSIONS -> "Exclusions";
            case SERVICE_CREDITS -> "Service credits";
            case METRICS -> "Metrics";
            case REPORTING -> "Reporting";
            case ESCALATION -> "Escalation";
            case TERMINATION -> "Termination";
            case REVIEW_OF_SERVICE_LEVELS -> "Review of service levels";
        };
    }

    // ---- agreed figures: stated in the clauses that name them

    private Entry figure(Change change) {
        TermKey key = change.term();
        AgreedFigure a = (AgreedFigure) at(c.previous, key, 1);
        AgreedFigure b = (AgreedFigure) at(c.next, key, 1);
        AgreedFigure any = b != null ? b : a;
        if (any == null || change.kind() == Change.Kind.MOVED || "name".equals(field(change)) && key.steps().size() > 1) {
            return null; // the order and the names of figures are the draft's; the agreement prints only their values
        }
        Agreement where = b != null ? c.next : c.previous;
        Agreement other = b != null ? c.previous : c.next;
        List<Cite> cites = new ArrayList<>();
        boolean onlyInNewOrDeletedClauses = change.kind() != Change.Kind.CHANGED;
        for (Clause clause : where.clauses()) {
            if (clause != null && clause.text() != null && clause.text().contains("{{figure." + any.id() + "}}")) {
                onlyInNewOrDeletedClauses &= !other.clauses().contains(clause);
                Cite cite = prose(b != null ? c.is : c.was, where, clause);
                if (isClause(cite)) {
                    cites.add(cite);
                }
            }
        }
        if (onlyInNewOrDeletedClauses && !cites.isEmpty()) {
            return null; // the clause inserted or deleted with it states it
        }
        String figure = "agreed figure " + quoted(name(any.name(), any.id()));
        String sentence = switch (change.kind()) {
            case ADDED -> "the " + figure + " of " + Quantities.format(b.value()) + " is inserted";
            case REMOVED -> "the " + figure + " of " + Quantities.format(a.value()) + " is deleted";
            default -> c.changed(figure, a.value(), b.value(), Quantities::format, "changed");
        };
        if (cites.isEmpty()) {
            return c.says(null, sentence);
        }
        String lead = (cites.size() == 1 ? "Clause " : "Clauses ") + Wording.list(cites.stream()
                .map(c -> c.heading().number() + " (" + c.heading().caption() + ")").toList());
        return new Entry(lead + ": " + sentence + ".", List.of(), List.of(), order(cites.get(0)));
    }
}
