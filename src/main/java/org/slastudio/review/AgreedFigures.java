package org.slastudio.review;

import java.util.HashMap;
import java.util.Map;
import org.slastudio.clauses.Placeholders;
import org.slastudio.model.AgreedFigure;
import org.slastudio.model.Agreement;
import org.slastudio.model.Clause;
import org.slastudio.model.Quantity;

/**
 * Agreed figures are terms only the clauses state: each needs an id a placeholder can name, a name a reader understands
 * and a value; one no clause uses states nothing in the agreement.
 */
final class AgreedFigures implements ReviewRule {

    @Override
    public void check(Agreement a, Findings out) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < a.figures().size(); i++) {
            AgreedFigure f = a.figures().get(i);
            String path = "$.figures[" + i + "]";
            if (f == null) {
                out.error(path, "Figure " + (i + 1) + " is an empty entry.", "Remove it or fill it in.");
                continue;
            }
            String name = "Figure " + (i + 1) + (Describe.blank(f.name()) ? "" : " '" + f.name().strip() + "'");
            if (Describe.blank(f.id()) || !f.id().matches("[A-Za-z0-9_-]+")) {
                out.error(path + ".id", name + (Describe.blank(f.id()) ? " has no id" : " has the id '" + f.id() + "'")
                                + ", which no placeholder can name.",
                        "Give it an id of letters, digits and dashes, e.g. termination-notice, and write {{figure.termination-notice}}.");
            } else if (seen.putIfAbsent(f.id(), i) != null) {
                out.error(path + ".id", name + " has the id '" + f.id() + "', which figure " + (seen.get(f.id()) + 1)
                        + " already has.", "Give each figure its own id.");
            }
            if (Describe.blank(f.name())) {
                out.warning(path + ".name", name + " has no name, so nobody reading the draft can tell what it is.",
                        "Name it as a lawyer would, e.g. Notice to terminate for persistent failure.");
            }
            Quantity v = f.value();
            if (v == null || v.amount() == null || v.unit() == null) {
                out.error(path + ".value", name + " has no value, so the clauses that use it cannot be filled.",
                        "Enter its value with its unit, e.g. 30 days or 10 business days.");
            } else if (v.amount().signum() < 0) {
                out.error(path + ".value", name + " is negative.", "Enter a value of zero or more.");
            } else if (v.unit() == Quantity.Unit.MONEY && v.currency() == null) {
                out.error(path + ".value.currency", name + " is an amount without a currency.", "Write it as, e.g., EUR 2,500.");
            }
            if (!Describe.blank(f.id()) && !usedByAClause(a, "figure." + f.id())) {
                out.info(path, name + " is used by no clause, so the agreement does not state it.",
                        "Write {{figure." + f.id() + "}} where a clause states it, or remove the figure.");
            }
        }
    }

    private static boolean usedByAClause(Agreement a, String placeholder) {
        for (Clause c : a.clauses()) {
            if (c != null && (Placeholders.names(c.text()).contains(placeholder) || Placeholders.names(c.heading()).contains(placeholder))) {
                return true;
            }
        }
        return false;
    }
}
