package org.slastudio.export;

import java.util.List;

/** What the title page says: the title, the kind of agreement, the parties, the key facts and the draft's status. */
record Cover(String title, String kind, List<CoverParty> parties, List<Fact> facts, String status) {

    record CoverParty(Words name, String role, Words address) {
    }

    record Fact(String label, Words value) {
    }

    /** The signature block of one party: "For NAME (Role)" and the signatory's name and title. */
    record Signatory(Words party, Words name, Words title) {
    }
}
