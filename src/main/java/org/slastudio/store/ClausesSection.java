package org.slastudio.store;

import org.slastudio.model.AgreedFigure;
import org.slastudio.model.Clause;
import org.slastudio.model.Quantity;
import org.slastudio.model.Section;

/**
 * The clauses of a draft file and the agreed figures they refer to. Read and write sit together in one class per
 * section, as a wizard step loads and builds its own part, so that a new term is one edit in one small file.
 */
final class ClausesSection {

    private ClausesSection() {
    }

    static Clause readClause(Fields o) {
        return new Clause(o.choice("section", Section.class), o.text("heading"), o.text("text"));
    }

    static void writeClause(Out o, Clause v) {
        o.choice("section", v.section());
        o.text("heading", v.heading());
        o.text("text", v.text());
    }

    static AgreedFigure readFigure(Fields o) {
        return new AgreedFigure(o.text("id"), o.text("name"), o.object("value", v -> new Quantity(
                v.decimal("amount", "30"), v.choice("unit", Quantity.Unit.class), v.currency("currency"))));
    }

    static void writeFigure(Out o, AgreedFigure v) {
        o.text("id", v.id());
        o.text("name", v.name());
        o.object("value", v.value(), ClausesSection::writeQuantity);
    }

    private static void writeQuantity(Out o, Quantity v) {
        o.decimal("amount", v.amount());
        o.choice("unit", v.unit());
        o.currency("currency", v.currency());
    }
}
