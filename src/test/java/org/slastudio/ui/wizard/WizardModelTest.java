package org.slastudio.ui.wizard;

import org.junit.jupiter.api.Test;
import org.slastudio.model.Agreement;
import org.slastudio.review.Finding;
import org.slastudio.review.Severity;
import org.slastudio.ui.credits.CreditsModel;
import org.slastudio.ui.metrics.MetricsModel;
import org.slastudio.ui.overview.OverviewModel;
import org.slastudio.ui.parties.PartiesModel;
import org.slastudio.ui.review.ReviewModel;
import org.slastudio.ui.services.ServicesModel;
import org.slastudio.ui.start.ExampleAgreement;
import org.slastudio.ui.windows.WindowsModel;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WizardModelTest {
    private final DraftModel draft = new DraftModel();
    private final OverviewModel overview = new OverviewModel(draft);
    private final PartiesModel parties = new PartiesModel(draft);
    private final List<Finding> findings = new ArrayList<>();
    private final WizardModel wizard = new WizardModel(draft, List.of(overview, parties, new ServicesModel(draft),
            new WindowsModel(draft), new CreditsModel(draft), new MetricsModel(draft), new ReviewModel(draft)),
            agreement -> List.copyOf(findings));

    @Test
    void leavingAStepCommitsWhatWasTyped() {
        typeTitle("Hosting SLA");

        wizard.goTo(1);

        assertThat(draft.agreement().overview().title()).isEqualTo("Hosting SLA");
        assertThat(wizard.current().get()).isEqualTo(1);
    }

    @Test
    void nextIsNotAllowedWhileAFieldHoldsTextThatCannotBeRead() {
        assertThat(wizard.canGoNext().get()).isTrue();

        currencyText("EURO");
        overview.commit();
        assertThat(wizard.canGoNext().get()).isFalse();
        wizard.next();
        assertThat(wizard.current().get()).isZero();
        assertThat(wizard.status(0).get()).isEqualTo(StepStatus.PROBLEM);

        currencyText("EUR");
        overview.commit();
        assertThat(wizard.canGoNext().get()).isTrue();
    }

    @Test
    void backIsNotAllowedOnTheFirstStepNorNextOnTheLast() {
        assertThat(wizard.canGoBack().get()).isFalse();
        wizard.goTo(6);
        assertThat(wizard.canGoNext().get()).isFalse();
        assertThat(wizard.canGoBack().get()).isTrue();
    }

    @Test
    void undoAndRedoWorkAcrossStepsAndShowTheStepTheyChange() {
        typeTitle("Hosting SLA");
        wizard.goTo(1);
        parties.add();
        wizard.goTo(2);

        wizard.undo();
        assertThat(draft.agreement().parties()).isEmpty();
        assertThat(wizard.current().get()).isEqualTo(1);

        wizard.undo();
        assertThat(draft.agreement().overview().title()).isEmpty();
        assertThat(wizard.current().get()).isZero();

        wizard.redo();
        assertThat(draft.agreement().overview().title()).isEqualTo("Hosting SLA");
        assertThat(wizard.current().get()).isZero();
        assertThat(wizardTitleField()).isEqualTo("Hosting SLA");
    }

    @Test
    void undoTakesBackTheEditStillBeingTyped() {
        typeTitle("First");
        overview.commit();
        typeTitle("Second");

        wizard.undo();

        assertThat(draft.agreement().overview().title()).isEqualTo("First");
        assertThat(wizardTitleField()).isEqualTo("First");
    }

    @Test
    void aFindingLeadsToItsStepRowAndField() {
        draft.start(ExampleAgreement.managedHosting(), null);
        wizard.restart();

        wizard.reveal(new Finding("$.parties[1].legalName", Severity.ERROR, "Legal name is missing", null));

        assertThat(wizard.current().get()).isEqualTo(1);
        assertThat(parties.reveal("$.parties[1].legalName")).contains("parties-legal-name");
        assertThat(wizard.focusRequest().get()).isEqualTo("parties-legal-name");
    }

    @Test
    void startedStepsWithFindingsShowAProblemAndOthersAreNotNaggedYet() {
        findings.add(new Finding("$.parties", Severity.ERROR, "An agreement needs a provider and a customer", null));
        findings.add(new Finding("$.services", Severity.WARNING, "No services yet", null));
        draft.commit(Agreement.blank().withMetrics(List.of()));
        typeTitle("Hosting SLA");
        wizard.goTo(1);

        assertThat(wizard.findings()).hasSize(2);
        assertThat(wizard.status(0).get()).isEqualTo(StepStatus.COMPLETE);
        assertThat(wizard.status(1).get()).isEqualTo(StepStatus.PROBLEM);
        assertThat(wizard.status(2).get()).isEqualTo(StepStatus.NOT_STARTED);
        assertThat(wizard.status(6).get()).isEqualTo(StepStatus.PROBLEM);
    }

    @Test
    void informationalFindingsAreNoProblem() {
        findings.add(new Finding("$.overview.version", Severity.INFO, "Consider a version label", null));
        typeTitle("T");
        overview.commit();

        assertThat(wizard.status(0).get()).isEqualTo(StepStatus.COMPLETE);
    }

    private void typeTitle(String title) {
        overview.titleInput().text().set(title);
    }

    private void currencyText(String text) {
        overview.currencyInput().text().set(text);
    }

    private String wizardTitleField() {
        return overview.titleInput().text().get();
    }
}
