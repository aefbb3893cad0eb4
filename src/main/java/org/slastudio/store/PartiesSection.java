package org.slastudio.store;

import org.slastudio.model.Contact;
import org.slastudio.model.Party;
import org.slastudio.model.PartyRole;
import org.slastudio.model.Signatory;

/**
 * The parties of a draft file, with their contacts and signatories. Read and write sit together in one class per
 * section, as a wizard step loads and builds its own part, so that a new term is one edit in one small file.
 */
final class PartiesSection {

    private PartiesSection() {
    }

    static Party readParty(Fields o) {
        return new Party(o.text("id"), o.choice("role", PartyRole.class), o.text("legalName"), o.text("address"),
                o.object("contact", c -> new Contact(c.text("name"), c.text("email"), c.text("phone"))),
                o.object("signatory", s -> new Signatory(s.text("name"), s.text("title"))));
    }

    static void writeParty(Out o, Party v) {
        o.text("id", v.id());
        o.choice("role", v.role());
        o.text("legalName", v.legalName());
        o.text("address", v.address());
        o.object("contact", v.contact(), PartiesSection::writeContact);
        o.object("signatory", v.signatory(), PartiesSection::writeSignatory);
    }

    private static void writeContact(Out o, Contact v) {
        o.text("name", v.name());
        o.text("email", v.email());
        o.text("phone", v.phone());
    }

    private static void writeSignatory(Out o, Signatory v) {
        o.text("name", v.name());
        o.text("title", v.title());
    }
}
