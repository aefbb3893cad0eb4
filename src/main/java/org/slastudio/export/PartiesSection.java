package org.slastudio.export;

import java.util.ArrayList;
import java.util.List;
import org.slastudio.model.Party;
import org.slastudio.model.Section;

/** The Parties section: each party under its own clause, with its address and contact, then the draft's own text. */
final class PartiesSection {
    private final AgreementDocument document;
    private final Pages layout;

    PartiesSection(AgreementDocument document, Pages layout) {
        this.document = document;
        this.layout = layout;
    }

    void write() {
        document.section("Parties");
        for (Party party : document.parties()) {
            document.clauseHeading(Wording.text(party.legalName()) + " (the “" + AgreementDocument.role(party.role()) + "”)");
            Words phrase = Words.bold("Address: ").term(document.path(party) + ".address", Wording.text(party.address())).plain("\n");
            if (party.contact() != null) {
                phrase.strong("Contact: ");
                List<String> parts = new ArrayList<>();
                for (String s : new String[] {party.contact().name(), party.contact().email(), party.contact().phone()}) {
                    if (s != null && !s.isBlank()) {
                        parts.add(s.strip());
                    }
                }
                // A telephone number or an e-mail address is never broken across lines.
                if (parts.size() == 3) {
                    parts.set(2, parts.get(2).replace(' ', '\u00a0'));
                }
                parts.replaceAll(p -> p.contains("@") ? p.replace('-', '\u2011') : p);
                phrase.plain(String.join(", ", parts));
            }
            layout.ragged(phrase);
        }
        document.prose(Section.PARTIES);
    }
}
