package org.slastudio.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slastudio.clauses.ClauseLibrary;
import org.slastudio.model.Agreement;
import org.slastudio.model.Clause;
import org.slastudio.model.Section;
import org.slastudio.store.Autosave;
import org.slastudio.store.DraftStore;
import org.slastudio.store.Draft;
import org.slastudio.store.UserFolders;
import org.slastudio.ui.compare.Rounds;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The Review step's actions and the panels they open, walked by control ids in the whole window, headless. */
@ExtendWith(ApplicationExtension.class)
class ReviewActionsWalkTest {
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Path folder;
    private AppModel app;
    private String homeBefore;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        folder = Files.createTempDirectory("actions");
        homeBefore = System.getProperty(UserFolders.HOME_PROPERTY);
        System.setProperty(UserFolders.HOME_PROPERTY, folder.resolve("home").toString());
        app = new AppModel(new StoreFiles(), new StoreRecovery(new Autosave(folder.resolve("recovery"))), dialogs,
                List.of(Starter.of("blank", "Blank draft", "An empty agreement.", Agreement::blank),
                        Starter.of("ours", "Our draft", "The draft we sent.", Rounds::ours)),
                new RecentDrafts(folder.resolve("recent.txt")), agreement -> List.of());
        AppWindow.show(stage, app, Settings.inMemory());
        stage.show();
    }

    @AfterEach
    void restoreHome() {
        if (homeBefore == null) {
            System.clearProperty(UserFolders.HOME_PROPERTY);
        } else {
            System.setProperty(UserFolders.HOME_PROPERTY, homeBefore);
        }
    }

    @Test
    void aFinalCopyIsExportedFromTheReviewStepWhileTheWindowStaysResponsive(FxRobot robot) throws Exception {
        robot.clickOn("#start-new-ours");
        robot.clickOn("#wizard-step-review");
        dialogs.pdfToSaveTo = folder.resolve("hosting.pdf");

        robot.clickOn("#review-final-copy");
        robot.clickOn("#review-export-pdf");

        Label outcome = robot.lookup("#review-export-outcome").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> outcome.isVisible() && outcome.getText().startsWith("Wrote"));
        assertThat(outcome.getText()).contains("hosting.pdf", "final copy");
        assertThat(ExportPdfTest.text(folder.resolve("hosting.pdf"))).contains("Nimbus Hosting GmbH");
        assertThat(ExportPdfTest.markedDraft(folder.resolve("hosting.pdf"))).isFalse();
    }

    @Test
    void whatTheReviewStepSaidOfOneDraftsExportIsGoneWhenAnotherDraftIsOpened(FxRobot robot) throws Exception {
        robot.clickOn("#start-new-ours");
        robot.clickOn("#wizard-step-review");
        dialogs.pdfToSaveTo = folder.resolve("ours.pdf");
        robot.clickOn("#review-export-pdf");
        Label outcome = robot.lookup("#review-export-outcome").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> outcome.isVisible() && outcome.getText().startsWith("Wrote"));
        Path other = folder.resolve("other.sla.json");
        DraftStore.save(other, Draft.of(Rounds.theirs()));
        dialogs.unsavedAnswer = Dialogs.UnsavedChoice.DISCARD;

        robot.interact(() -> app.open(other));
        robot.clickOn("#wizard-step-review");

        assertThat(app.draft().agreement()).isEqualTo(Rounds.theirs());
        assertThat(robot.lookup("#review-export-outcome").queryAs(Label.class).isVisible()).isFalse();
        assertThat(app.export().outcome().get()).isEmpty();
    }

    @Test
    void acceptedAndRejectedChangesBuildTheNextRoundInTheEditor(FxRobot robot) throws Exception {
        robot.clickOn("#start-new-ours");
        Path theirs = folder.resolve("returned.sla.json");
        DraftStore.save(theirs, Draft.of(Rounds.theirs()));
        dialogs.fileToCompare = theirs;
        robot.clickOn("#wizard-step-review");

        robot.clickOn("#review-compare");
        robot.clickOn("#compare-reject-0");
        robot.clickOn("#compare-accept-1");
        robot.clickOn("#compare-accept-2");
        dialogs.pdfToSaveTo = folder.resolve("changes.pdf");
        robot.clickOn("#compare-export-redline");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(folder.resolve("changes.pdf")));
        robot.clickOn("#compare-build-next-round");

        Agreement next = app.draft().agreement();
        assertThat(next.services().get(0).levels().get(0).targetPercent()).isEqualTo(new BigDecimal("99.95"));
        assertThat(next.creditRegime().monthlyCapPercent()).isEqualTo(new BigDecimal("30"));
        assertThat(next.clauses()).containsExactly(new Clause(Section.SERVICE_CREDITS, "Remedies",
                "Service credits are the only remedy for missed service levels."));
        assertThat(robot.lookup("#review-page").tryQuery()).isPresent();
        assertThat(robot.lookup("#compare-page").tryQuery()).isEmpty();
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.draft().agreement()).isEqualTo(Rounds.ours());
    }

    @Test
    void aClauseFromTheLibraryIsInsertedFromTheCreditsStepAndItsTextEdited(FxRobot robot) {
        robot.clickOn("#start-new-ours");
        robot.clickOn("#wizard-step-credits");

        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#clauses-section").<ComboBox<Section>>query().getValue()).isEqualTo(Section.SERVICE_CREDITS);
        Node first = robot.lookup("#clauses-library .list-cell").nth(0).query();
        robot.clickOn(first);
        robot.clickOn("#clauses-insert");

        Clause inserted = ClauseLibrary.builtIn().clauses(Section.SERVICE_CREDITS).get(0).toClause();
        assertThat(app.draft().agreement().clauses()).containsExactly(Rounds.ours().clauses().get(0), inserted);
        robot.clickOn("#clauses-text");
        robot.lookup("#clauses-text").queryTextInputControl().selectAll();
        robot.write("Credits are owed by {{provider.legalName}}.");
        robot.clickOn("#clauses-close");

        assertThat(app.draft().agreement().clauses().get(1))
                .isEqualTo(new Clause(Section.SERVICE_CREDITS, inserted.heading(), "Credits are owed by {{provider.legalName}}."));
        assertThat(robot.lookup("#credits-page").tryQuery()).isPresent();
    }

    @Test
    void aDraftSavedAsATemplateIsOfferedOnTheStartScreen(FxRobot robot) {
        robot.clickOn("#start-new-ours");
        dialogs.templateDetails = new Dialogs.TemplateDetails("house-terms", "Our house terms", "How we sell hosting.");

        robot.interact(() -> menuItem(robot, "menu-save-template").fire());
        dialogs.unsavedAnswer = Dialogs.UnsavedChoice.DISCARD;
        robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(UserFolders.templates().resolve("house-terms.sla.json")).isNotEmptyFile();
        robot.clickOn("#start-new-house-terms");
        assertThat(app.draft().agreement().overview().title()).isEqualTo("Our house terms");
        assertThat(app.draft().agreement().services()).isEqualTo(Rounds.ours().services());
    }

    private static MenuItem menuItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow();
    }
}
