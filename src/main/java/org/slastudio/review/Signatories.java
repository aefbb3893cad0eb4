package org.slastudio.review;

import org.slastudio.model.Agreement;
import org.slastudio.model.Party;
import org.slastudio.model.Signatory;

/** The signature block needs a name and a title for each party; the draft is usable without them until signing. */
final class Signatories implements ReviewRule {

    @Override
    public void check(Agreement a, Findings out) {
        for (int i = 0; i < a.parties().size(); i++) {
            Party p = a.parties().get(i);
            if (p == null) {
                continue;
            }
            Signatory s = p.signatory();
            String name = "Party " + Describe.label(p, i);
            if (s == null || (Describe.blank(s.name()) && Describe.blank(s.title()))) {
                out.warning(Paths.party(i) + ".signatory", name + " has no signatory.", "Enter the name and title of the person who signs for it.");
            } else if (Describe.blank(s.name())) {
                out.warning(Paths.party(i) + ".signatory.name", name + ": the signatory has no name.", "Enter the name of the person who signs.");
            } else if (Describe.blank(s.title())) {
                out.warning(Paths.party(i) + ".signatory.title", name + ": the signatory " + s.name() + " has no title.",
                        "Enter their title, e.g. Managing Director.");
            }
        }
    }
}
