package org.slastudio.ui.parties;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.slastudio.model.Agreement;
import org.slastudio.model.Contact;
import org.slastudio.model.Party;
import org.slastudio.model.PartyRole;
import org.slastudio.model.Signatory;
import org.slastudio.ui.fields.Input;
import org.slastudio.ui.wizard.DraftModel;
import org.slastudio.ui.wizard.JsonPaths;
import org.slastudio.ui.wizard.TableStepModel;

import java.util.Locale;
import java.util.Optional;

/** The parties: a table, and the selected party's details. */
public final class PartiesModel extends TableStepModel<Party> {
    final Input<String> id = register(Input.text("Party id"));
    final ObjectProperty<PartyRole> role = new SimpleObjectProperty<>();
    final Input<String> legalName = register(Input.text("Legal name"));
    final Input<String> address = register(Input.text("Address"));
    final Input<String> contactName = register(Input.text("Contact name"));
    final Input<String> contactEmail = register(Input.text("Contact email"));
    final Input<String> contactPhone = register(Input.text("Contact phone"));
    final Input<String> signatoryName = register(Input.text("Signatory name"));
    final Input<String> signatoryTitle = register(Input.text("Signatory title"));

    public PartiesModel(DraftModel draft) {
        super("parties", "Parties", "party", draft);
    }

    @Override
    public void load(Agreement agreement) {
        rows.load(agreement.parties());
        showSelected();
    }

    @Override
    protected Agreement apply(Agreement agreement) {
        keepTyped();
        return agreement.withParties(rows.snapshot());
    }

    @Override
    public Object part(Agreement agreement) {
        return agreement.parties();
    }

    @Override
    public Optional<String> controlFor(String path) {
        if (JsonPaths.index(path, "parties").isEmpty()) {
            return Optional.of("parties-table");
        }
        String field = JsonPaths.field(path);
        return Optional.of(switch (field) {
            case "id" -> "parties-id";
            case "role" -> "parties-role";
            case "address" -> "parties-address";
            case "contact", "name", "email", "phone" -> path.contains(".signatory") ? "parties-signatory-name"
                    : "parties-contact-" + (field.equals("contact") ? "name" : field);
            case "signatory" -> "parties-signatory-name";
            case "title" -> "parties-signatory-title";
            default -> "parties-legal-name";
        });
    }

    @Override
    protected Party newRow() {
        PartyRole next = rows.rows().isEmpty() ? PartyRole.PROVIDER
                : rows.rows().size() == 1 ? PartyRole.CUSTOMER : PartyRole.SUBCONTRACTOR;
        return new Party(nextId(next.name().toLowerCase(Locale.ROOT)), next, "", "", new Contact("", "", ""),
                new Signatory("", ""));
    }

    @Override
    protected String idOf(Party p) {
        return p.id();
    }

    @Override
    protected Party withId(Party p, String id) {
        return new Party(id, p.role(), p.legalName(), p.address(), p.contact(), p.signatory());
    }

    @Override
    protected void showSelected() {
        Party p = rows.selectedRow().orElse(new Party("", null, "", "", null, null));
        Contact c = p.contact() == null ? new Contact("", "", "") : p.contact();
        Signatory s = p.signatory() == null ? new Signatory("", "") : p.signatory();
        id.show(p.id());
        role.set(p.role());
        legalName.show(p.legalName());
        address.show(p.address());
        contactName.show(c.name());
        contactEmail.show(c.email());
        contactPhone.show(c.phone());
        signatoryName.show(s.name());
        signatoryTitle.show(s.title());
    }

    @Override
    protected Party fromInputs(Party before) {
        Contact contact = new Contact(text(contactName), text(contactEmail), text(contactPhone));
        Signatory signatory = new Signatory(text(signatoryName), text(signatoryTitle));
        // Blank fields where the draft had none are not an edit: it keeps saying nothing.
        return new Party(text(id), role.get(), text(legalName), text(address),
                before.contact() == null && contact.equals(new Contact("", "", "")) ? null : contact,
                before.signatory() == null && signatory.equals(new Signatory("", "")) ? null : signatory);
    }
}
