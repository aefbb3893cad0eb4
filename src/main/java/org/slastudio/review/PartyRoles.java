package org.slastudio.review;

import java.util.Objects;
import org.slastudio.model.Agreement;
import org.slastudio.model.AgreementType;
import org.slastudio.model.Party;
import org.slastudio.model.PartyRole;

/** An agreement needs someone to give the promise and someone to receive it. */
final class PartyRoles implements ReviewRule {

    @Override
    public void check(Agreement a, Findings out) {
        if (a.overview() != null && a.overview().type() == AgreementType.INTERNAL) {
            if (a.parties().stream().filter(Objects::nonNull).count() < 2) {
                out.error("$.parties", "An internal agreement needs at least two parties; this one has "
                                + a.parties().stream().filter(Objects::nonNull).count() + ".",
                        "Add the departments that give and receive the service.");
            }
            return;
        }
        if (!has(a, PartyRole.PROVIDER)) {
            out.error("$.parties", "No party is the provider.", "Add the provider, or set the role of the party that provides the services.");
        }
        if (!has(a, PartyRole.CUSTOMER)) {
            out.error("$.parties", "No party is the customer.", "Add the customer, or set the role of the party that receives the services.");
        }
    }

    private static boolean has(Agreement a, PartyRole role) {
        for (Party p : a.parties()) {
            if (p != null && p.role() == role) {
                return true;
            }
        }
        return false;
    }
}
