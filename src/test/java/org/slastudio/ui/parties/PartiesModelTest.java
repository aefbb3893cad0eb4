package org.slastudio.ui.parties;

import org.junit.jupiter.api.Test;
import org.slastudio.model.Contact;
import org.slastudio.model.Party;
import org.slastudio.model.PartyRole;
import org.slastudio.model.Signatory;
import org.slastudio.ui.wizard.DraftModel;

import static org.assertj.core.api.Assertions.assertThat;

class PartiesModelTest {
    private final DraftModel draft = new DraftModel();
    private final PartiesModel step = new PartiesModel(draft);

    @Test
    void theFirstTwoPartiesAddedAreProviderAndCustomer() {
        step.reload();
        step.add();
        step.add();

        assertThat(draft.agreement().parties()).extracting(Party::id, Party::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("provider-1", PartyRole.PROVIDER),
                        org.assertj.core.groups.Tuple.tuple("customer-1", PartyRole.CUSTOMER));
    }

    @Test
    void theDetailsEditTheSelectedParty() {
        step.reload();
        step.add();
        step.id.text().set("provider");
        step.legalName.text().set("Nimbus Hosting GmbH");
        step.address.text().set("Berlin");
        step.contactName.text().set("Desk");
        step.contactEmail.text().set("desk@nimbus.example");
        step.contactPhone.text().set("+49 30 1");
        step.signatoryName.text().set("Anna Weber");
        step.signatoryTitle.text().set("Director");

        step.commit();

        assertThat(draft.agreement().parties()).containsExactly(new Party("provider", PartyRole.PROVIDER,
                "Nimbus Hosting GmbH", "Berlin", new Contact("Desk", "desk@nimbus.example", "+49 30 1"),
                new Signatory("Anna Weber", "Director")));
    }

    @Test
    void selectingAnotherPartyKeepsWhatWasTypedForTheFirst() {
        step.reload();
        step.add();
        step.add();
        step.select(0);
        step.legalName.text().set("Typed before switching");

        step.select(1);

        assertThat(draft.agreement().parties().get(0).legalName()).isEqualTo("Typed before switching");
        assertThat(step.legalName.text().get()).isEmpty();
    }

    @Test
    void duplicateGivesTheCopyAFreshIdAndMovingReorders() {
        step.reload();
        step.add();
        step.legalName.text().set("Nimbus");
        step.duplicate();

        assertThat(draft.agreement().parties()).extracting(Party::id).containsExactly("provider-1", "provider-1-1");
        assertThat(draft.agreement().parties().get(1).legalName()).isEqualTo("Nimbus");

        step.move(-1);
        assertThat(draft.agreement().parties()).extracting(Party::id).containsExactly("provider-1-1", "provider-1");

        step.remove();
        assertThat(draft.agreement().parties()).extracting(Party::id).containsExactly("provider-1");
    }

    @Test
    void eachTableActionIsOneUndoableEdit() {
        step.reload();
        step.add();
        step.add();

        draft.undo();
        step.reload();

        assertThat(draft.agreement().parties()).hasSize(1);
        assertThat(step.rows.rows()).hasSize(1);
    }

    @Test
    void aFindingAboutASignatorySelectsThatParty() {
        step.reload();
        step.add();
        step.add();
        step.select(0);

        assertThat(step.reveal("$.parties[1].signatory.name")).contains("parties-signatory-name");
        assertThat(step.rows.selected().get()).isEqualTo(1);
    }
}
