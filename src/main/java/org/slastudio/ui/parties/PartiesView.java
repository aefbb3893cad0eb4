package org.slastudio.ui.parties;

import javafx.scene.Node;
import org.slastudio.model.Party;
import org.slastudio.model.PartyRole;
import org.slastudio.ui.fields.Fields;
import org.slastudio.ui.fields.Form;
import org.slastudio.ui.fields.StepPage;
import org.slastudio.ui.fields.TableEditor;
import org.slastudio.ui.fields.Words;

/** The Parties step: ids {@code parties-table}, {@code parties-add} ... and {@code parties-<field>}. */
public final class PartiesView {
    private PartiesView() {
    }

    public static Node of(PartiesModel m) {
        Runnable commit = m::commit;
        TableEditor<Party> table = new TableEditor<>("parties", "party", m.rows, m)
                .column("Role", 140, p -> Words.of(p.role()))
                .column("Legal name", 260, Party::legalName)
                .column("Id", 110, Party::id)
                .column("Signatory", 200, p -> p.signatory() == null ? "" : p.signatory().name());
        Form details = new Form()
                .field("Role", Fields.choice("parties-role", "Party role", PartyRole.values(), m.role, commit))
                .field("Id", Fields.text("parties-id", m.id, commit), m.id)
                .wide("Legal name", Fields.text("parties-legal-name", m.legalName, commit), m.legalName)
                .wide("Address", Fields.area("parties-address", m.address, commit), m.address)
                .section("Contact and signatory")
                .field("Contact", Fields.text("parties-contact-name", m.contactName, commit), m.contactName)
                .field("Email", Fields.text("parties-contact-email", m.contactEmail, commit), m.contactEmail)
                .field("Phone", Fields.text("parties-contact-phone", m.contactPhone, commit), m.contactPhone)
                .field("Signatory", Fields.text("parties-signatory-name", m.signatoryName, commit), m.signatoryName)
                .field("Signatory title", Fields.text("parties-signatory-title", m.signatoryTitle, commit), m.signatoryTitle);
        details.disableProperty().bind(m.rows.selected().lessThan(0));
        return StepPage.of("parties", "Parties",
                "Who provides, who receives, and who signs. Other steps refer to a party by its id.",
                table, details);
    }
}
