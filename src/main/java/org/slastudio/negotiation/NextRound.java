package org.slastudio.negotiation;

import java.util.Map;
import org.slastudio.model.Agreement;

/** The next round built from the other side's draft, change by change. */
public final class NextRound {
    private NextRound() {
    }

    /**
     * Our draft with each accepted change of theirs taken over; a change with no decision is rejected. Our negotiation
     * (positions, rounds) stays ours. Changes are applied in the order {@link DraftDiff} lists them, which is the order
     * that places added and moved elements where they are in theirs.
     */
    public static Agreement build(Agreement ours, Agreement theirs, Map<Change, Decision> decisions) {
        Agreement next = ours;
        for (Change change : DraftDiff.between(ours, theirs)) {
            if (decisions.get(change) == Decision.ACCEPT) {
                next = (Agreement) Terms.adopt(next, theirs, change.term().steps(), change.kind() == Change.Kind.MOVED);
            }
        }
        return next;
    }
}
