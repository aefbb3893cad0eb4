package org.slastudio.ui;

import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Styles;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slastudio.model.Agreement;
import org.slastudio.model.AgreementType;
import org.slastudio.model.CreditTier;
import org.slastudio.model.Money;
import org.slastudio.model.Party;
import org.slastudio.model.PartyRole;
import org.slastudio.model.Priority;
import org.slastudio.model.PriorityTarget;
import org.slastudio.model.ServiceLevel;
import org.slastudio.model.TierBound;
import org.slastudio.review.Finding;
import org.slastudio.review.Severity;
import org.slastudio.store.Autosave;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole window, headless: a draft is walked through every step by control ids, checked as an Agreement, saved
 * through the store, reopened and compared.
 */
@ExtendWith(ApplicationExtension.class)
class WizardWalkTest {
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Path folder;
    private final List<Finding> findings = new ArrayList<>();
    private AppModel app;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        folder = Files.createTempDirectory("drafts");
        app = new AppModel(new StoreFiles(), new StoreRecovery(new Autosave(folder.resolve("recovery"))), dialogs, TestStarters.BLANK_AND_EXAMPLE, new RecentDrafts(folder.resolve("recent.txt")), agreement -> List.copyOf(findings));
        AppWindow.show(stage, app, Settings.inMemory());
        stage.show();
    }

    @Test
    void aBlankDraftWalkedThroughEveryStepBecomesTheAgreementTyped(FxRobot robot) {
        robot.clickOn("#start-new-blank");

        type(robot, "#overview-title", "Managed Hosting SLA");
        choose(robot, "#overview-type", AgreementType.CUSTOMER_BASED);
        robot.interact(() -> robot.lookup("#overview-effective-date").queryAs(DatePicker.class).setValue(LocalDate.of(2027, 1, 1)));
        type(robot, "#overview-initial-months", "24");
        type(robot, "#overview-currency", "EUR");
        type(robot, "#overview-time-zone", "Europe/Berlin");
        robot.clickOn("#wizard-next");

        robot.clickOn("#parties-add");
        type(robot, "#parties-legal-name", "Nimbus Hosting GmbH");
        type(robot, "#parties-signatory-name", "Anna Weber");
        robot.clickOn("#parties-add");
        type(robot, "#parties-legal-name", "Acme Retail Ltd");
        robot.clickOn("#wizard-next");

        robot.clickOn("#services-add");
        type(robot, "#services-name", "Web shop hosting");
        type(robot, "#services-monthly-fee", "12,000.00");
        robot.clickOn("#wizard-step-windows");

        robot.clickOn("#windows-add");
        type(robot, "#windows-name", "Around the clock");
        robot.clickOn("#wizard-step-services");
        type(robot, "#services-level-0-target", "99.95%");
        robot.clickOn("#services-level-0-credit");
        robot.clickOn("#wizard-step-credits");

        robot.clickOn("#credits-tier-add");
        type(robot, "#credits-tier-0-lower", "99.0");
        type(robot, "#credits-tier-0-upper", "99.95");
        type(robot, "#credits-tier-0-credit", "10%");
        type(robot, "#credits-monthly-cap", "50");
        robot.clickOn("#wizard-next");

        robot.clickOn("#metrics-add");
        type(robot, "#metrics-name", "Incident response time");
        robot.clickOn("#metrics-priority-add");
        type(robot, "#metrics-priority-0-within", "15m");
        type(robot, "#metrics-priority-0-compliance", "95");
        robot.clickOn("#wizard-next");

        Agreement a = app.draft().agreement();
        assertThat(app.wizard().current().get()).isEqualTo(6);
        assertThat(a.overview().title()).isEqualTo("Managed Hosting SLA");
        assertThat(a.overview().type()).isEqualTo(AgreementType.CUSTOMER_BASED);
        assertThat(a.overview().effectiveDate()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(a.overview().term().initialMonths()).isEqualTo(24);
        assertThat(a.overview().currency()).isEqualTo(Currency.getInstance("EUR"));
        assertThat(a.overview().timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(a.parties()).extracting(Party::role, Party::legalName).containsExactly(
                org.assertj.core.groups.Tuple.tuple(PartyRole.PROVIDER, "Nimbus Hosting GmbH"),
                org.assertj.core.groups.Tuple.tuple(PartyRole.CUSTOMER, "Acme Retail Ltd"));
        assertThat(a.parties().get(0).signatory().name()).isEqualTo("Anna Weber");
        assertThat(a.services().get(0).name()).isEqualTo("Web shop hosting");
        assertThat(a.services().get(0).monthlyFee()).isEqualTo(Money.of("12000.00", "EUR"));
        assertThat(a.services().get(0).providerId()).isEqualTo(a.parties().get(0).id());
        assertThat(a.windows().get(0).name()).isEqualTo("Around the clock");
        assertThat(a.windows().get(0).isTwentyFourSeven()).isTrue();
        assertThat(a.services().get(0).levels())
                .containsExactly(new ServiceLevel(a.windows().get(0).id(), new BigDecimal("99.95"), true));
        assertThat(a.creditRegime().tiers()).containsExactly(
                new CreditTier(TierBound.inclusive("99.0"), TierBound.exclusive("99.95"), new BigDecimal("10"), null));
        assertThat(a.creditRegime().monthlyCapPercent()).isEqualTo(new BigDecimal("50"));
        assertThat(a.metrics().get(0).name()).isEqualTo("Incident response time");
        assertThat(a.metrics().get(0).priorityTargets())
                .containsExactly(new PriorityTarget(Priority.P1, Duration.ofMinutes(15), new BigDecimal("95")));

        dialogs.fileToSaveTo = folder.resolve("hosting.sla.json");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.window(0).getScene().getWindow()).isNotNull();
        assertThat(((Stage) robot.window(0)).getTitle()).isEqualTo("hosting.sla.json — SLA Studio");

        robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.editing().get()).isFalse();
        robot.clickOn("#start-recent-0");
        assertThat(app.draft().agreement()).isEqualTo(a);
        assertThat(dialogs.asked).containsExactly("save as managed-hosting-sla.sla.json");
    }

    @Test
    void undoAndRedoWorkAcrossStepsFromTheKeyboard(FxRobot robot) {
        robot.clickOn("#start-new-blank");
        type(robot, "#overview-title", "Hosting SLA");
        robot.clickOn("#wizard-next");
        robot.clickOn("#parties-add");

        undo(robot);
        assertThat(app.draft().agreement().parties()).isEmpty();
        assertThat(app.wizard().current().get()).isEqualTo(1);

        undo(robot);
        assertThat(app.draft().agreement().overview().title()).isEmpty();
        assertThat(app.wizard().current().get()).isZero();
        assertThat(robot.lookup("#overview-title").queryTextInputControl().getText()).isEmpty();

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#overview-title").queryTextInputControl().getText()).isEqualTo("Hosting SLA");
    }

    @Test
    void aFindingOnTheReviewStepLeadsToItsField(FxRobot robot) {
        findings.add(new Finding("$.services[0].levels[0].targetPercent", Severity.WARNING,
                "A target of 99.95% allows 21 minutes of downtime a month", null));
        robot.clickOn("#start-example");
        robot.clickOn("#wizard-step-review");
        assertThat(robot.lookup("#wizard-step-services").queryButton().getAccessibleText()).endsWith("has problems");

        ListView<?> list = robot.lookup("#review-findings").queryListView();
        assertThat(list.getItems()).hasSize(1);
        robot.doubleClickOn(robot.lookup("#review-findings .list-cell").nth(0).<Node>query());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.wizard().current().get()).isEqualTo(2);
        assertThat(robot.window(0).getScene().getFocusOwner().getId()).isEqualTo("services-level-0-target");
    }

    @Test
    void closingWithUnsavedChangesAsksFirst(FxRobot robot) {
        robot.clickOn("#start-example");
        dialogs.unsavedAnswer = Dialogs.UnsavedChoice.CANCEL;

        robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.asked).containsExactly("unsaved Untitled draft");
        assertThat(app.editing().get()).isTrue();
        assertThat(((Stage) robot.window(0)).getTitle()).isEqualTo("*Untitled draft — SLA Studio");
    }

    @Test
    void everyControlOfEveryStepHasAnIdAndAccessibleText(FxRobot robot) {
        robot.clickOn("#start-example");
        for (String step : List.of("overview", "parties", "services", "windows", "credits", "metrics", "review")) {
            robot.clickOn("#wizard-step-" + step);
            // Node.lookupAll, as TestFX's lookup of "#a .b, #a .c" finds nothing and would let this pass unseen.
            Node content = robot.lookup("#wizard-content").query();
            List<Control> unnamed = List.of(".text-field", ".combo-box", ".check-box", ".button", ".date-picker",
                            ".text-area", ".table-view", ".list-view").stream()
                    .flatMap(selector -> content.lookupAll(selector).stream()).distinct()
                    .filter(Control.class::isInstance).map(Control.class::cast)
                    .filter(c -> !c.getClass().getName().startsWith("javafx.scene.control.skin."))
                    .filter(c -> c.getId() == null || c.getAccessibleText() == null && !(c instanceof Labeled))
                    .filter(c -> c.getParent() == null || !(c.getParent().getStyleClass().contains("date-picker")))
                    .toList();
            assertThat(unnamed).as("controls without id or accessible text on " + step).isEmpty();
        }
    }

    @Test
    void theReviewMarksTheFieldAFindingIsAboutAndTheMarkGoesWhenFixed(FxRobot robot) throws Exception {
        findings.add(new Finding("$.overview.title", Severity.ERROR, "The agreement has no title.", "Enter a title."));
        robot.clickOn("#start-new-blank");
        WaitForAsyncUtils.waitForFxEvents();

        TextField title = robot.lookup("#overview-title").queryAs(TextField.class);
        // Marks are applied after the step is laid out, a pulse or two later.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> title.getPseudoClassStates().contains(Styles.STATE_DANGER));
        assertThat(title.getTooltip().getText()).isEqualTo("The agreement has no title.\nEnter a title.");

        findings.clear();
        type(robot, "#overview-title", "Hosting SLA");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> !title.getPseudoClassStates().contains(Styles.STATE_DANGER));
    }

    @Test
    void altArrowsMoveBetweenStepsAndEveryStepIsReachableByClicking(FxRobot robot) {
        robot.clickOn("#start-new-blank");
        robot.press(KeyCode.ALT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.wizard().current().get()).isEqualTo(1);

        robot.clickOn("#wizard-step-metrics");
        assertThat(app.wizard().current().get()).isEqualTo(5);
        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.wizard().current().get()).isEqualTo(4);
    }

    private static void type(FxRobot robot, String id, String text) {
        robot.clickOn(id);
        robot.lookup(id).queryTextInputControl().selectAll();
        robot.write(text).type(KeyCode.ENTER);
    }

    private static <T> void choose(FxRobot robot, String id, T value) {
        robot.interact(() -> robot.lookup(id).<ComboBox<T>>query().setValue(value));
    }

    private static void undo(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
