package org.slastudio.store;

import org.slastudio.model.Negotiation;
import org.slastudio.model.Position;
import org.slastudio.model.Round;

/**
 * The negotiation of a draft file: the positions on each term and the rounds so far. Read and write sit together
 * in one class per section, as a wizard step loads and builds its own part, so that a new term is one edit here.
 */
final class NegotiationSection {

    private NegotiationSection() {
    }

    static Negotiation readNegotiation(Fields o) {
        return new Negotiation(
                o.list("positions", false, p -> new Position(p.text("term"), p.decimal("opening", "99.95"),
                        p.decimals("fallbacks"), p.decimal("walkAway", "99.5"))),
                o.list("rounds", false, r -> {
                    Integer number = r.whole("number", "2");
                    return new Round(number == null ? 0 : number, r.text("proposedBy"), r.date("date"), r.text("note"));
                }));
    }

    static void writeNegotiation(Out o, Negotiation v) {
        o.list("positions", v.positions(), null, NegotiationSection::writePosition);
        o.list("rounds", v.rounds(), null, NegotiationSection::writeRound);
    }

    private static void writePosition(Out o, Position v) {
        o.text("term", v.term());
        o.decimal("opening", v.opening());
        o.decimals("fallbacks", v.fallbacks());
        o.decimal("walkAway", v.walkAway());
    }

    private static void writeRound(Out o, Round v) {
        o.whole("number", v.number());
        o.text("proposedBy", v.proposedBy());
        o.time("date", v.date());
        o.text("note", v.note());
    }
}
