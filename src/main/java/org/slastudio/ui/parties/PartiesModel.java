package org.slastudio.ui.parties;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.slastudio.model.Agreement;
import org.slastudio.model.Contact;
import org.slastudio.model.Party;
import org.slastudio.model.PartyRole;
import org.slastudio.model.Signatory;
import org.slastudio.ui.fields.Input;
import org.slastudio.ui.fields.RowsModel;
import org.slastudio.ui.fields.TableEditor;
import org.slastudio.ui.fields.UniqueIds;
import org.slastudio.ui.wizard.DraftModel;
import org.slastudio.ui.wizard.JsonPaths;
import org.slastudio.ui.wizard.StepModel;

import java.util.Locale;
import java.util.Optional;

/** The parties: a table, and the selected party's details. */
public final class PartiesModel extends StepModel implements TableEditor.Actions {
    final RowsModel<Party> rows = new RowsModel<>();
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
        super("parties", "Parties", "$.parties", draft);
        rows.selected().addListener((o, was, is) -> quietly(this::showSelected));
    }

    @Override
    public void load(Agreement agreement) {
        rows.load(agreement.parties());
        showSelected();
    }

    @Override
    protected Agreement apply(Agreement agreement) {
        rows.selectedRow().ifPresent(p -> rows.replaceSelected(fromInputs(p)));
        return agreement.withParties(rows.snapshot());
    }

    @Override
    public Object part(Agreement agreement) {
        return agreement.parties();
    }

    @Override
    protected void showRowOf(String path) {
        JsonPaths.index(path, "parties").ifPresent(rows::select);
    }

    @Override
    public boolean onScreen(String path) {
        return JsonPaths.index(path, "parties").map(i -> i == rows.selected().get()).orElse(true);
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
    public void select(int index) {
        if (index != rows.selected().get()) {
            commit();
            rows.select(index);
        }
    }

    @Override
    public void add() {
        edit(() -> {
            PartyRole next = rows.rows().isEmpty() ? PartyRole.PROVIDER
                    : rows.rows().size() == 1 ? PartyRole.CUSTOMER : PartyRole.SUBCONTRACTOR;
            String key = UniqueIds.next(next.name().toLowerCase(Locale.ROOT),
                    rows.rows().stream().map(Party::id).toList());
            rows.add(new Party(key, next, "", "", new Contact("", "", ""), new Signatory("", "")));
        });
    }

    @Override
    public void duplicate() {
        edit(() -> rows.duplicateSelected(p -> new Party(UniqueIds.next(p.id() == null ? "party" : p.id(),
                rows.rows().stream().map(Party::id).toList()), p.role(), p.legalName(), p.address(), p.contact(), p.signatory())));
    }

    @Override
    public void remove() {
        edit(rows::removeSelected);
    }

    @Override
    public void move(int delta) {
        edit(() -> rows.moveSelected(delta));
    }

    /** Keeps what is typed in the details, then changes the rows, as one undoable edit. */
    private void edit(Runnable change) {
        quietly(() -> {
            rows.selectedRow().ifPresent(p -> rows.replaceSelected(fromInputs(p)));
            change.run();
            // The same position may now hold another row, so the details are shown afresh.
            showSelected();
        });
        commit();
    }

    private void showSelected() {
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

    private Party fromInputs(Party before) {
        Contact contact = new Contact(text(contactName), text(contactEmail), text(contactPhone));
        Signatory signatory = new Signatory(text(signatoryName), text(signatoryTitle));
        // Blank fields where the draft had none are not an edit: it keeps saying nothing.
        return new Party(text(id), role.get(), text(legalName), text(address),
                before.contact() == null && contact.equals(new Contact("", "", "")) ? null : contact,
                before.signatory() == null && signatory.equals(new Signatory("", "")) ? null : signatory);
    }

    static String text(Input<String> input) {
        String value = input.valueOr(null);
        return value == null ? "" : value;
    }
}
