package org.slastudio.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slastudio.clauses.ClauseLibrary;
import org.slastudio.clauses.LibraryClause;
import org.slastudio.clauses.Placeholders;
import org.slastudio.model.Agreement;
import org.slastudio.model.Clause;
import org.slastudio.model.Section;
import org.slastudio.store.Autosave;
import org.slastudio.ui.fields.Words;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A library clause read in full before it is inserted, and one on the subject of a clause the draft has already:
 * warned of, then cancelled, inserted beside it or put in its place, as the user answers.
 */
@ExtendWith(ApplicationExtension.class)
class ClauseLibraryWalkTest {
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final LibraryClause remedy = ClauseLibrary.builtIn().clauses(Section.SERVICE_CREDITS).get(0);
    private final Clause ours = new Clause(Section.SERVICE_CREDITS, remedy.heading(), "Our own words on the same matter.");
    private AppModel app;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Path folder = Files.createTempDirectory("library");
        app = new AppModel(new StoreFiles(), new StoreRecovery(new Autosave(folder.resolve("recovery"))), dialogs,
                TestStarters.BLANK_AND_EXAMPLE, new RecentDrafts(folder.resolve("recent.txt")), agreement -> List.of());
        AppWindow.show(stage, app, Settings.inMemory());
        stage.show();
    }

    /** The example with our own clause under the library clause's heading, and the library open on its section. */
    private Agreement openWithOurClause(FxRobot robot) {
        robot.clickOn("#start-example");
        robot.interact(() -> app.draft().commit(app.draft().agreement().withClauses(List.of(ours))));
        robot.clickOn("#wizard-step-credits");
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#clauses-library .list-cell").nth(0).<Node>query());
        return app.draft().agreement();
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void aLibraryClauseIsReadInFullWithThePlaceholdersFilledFromTheDraftBeforeItIsInserted(FxRobot robot) {
        Agreement draft = openWithOurClause(robot);

        assertThat(label(robot, "#clauses-library-heading")).isEqualTo(remedy.heading());
        assertThat(label(robot, "#clauses-library-favours")).isEqualTo("Leans: " + remedy.favours().label());
        assertThat(label(robot, "#clauses-library-note")).isEqualTo("When to use it: " + remedy.note());
        String filled = label(robot, "#clauses-library-text");
        assertThat(filled).isEqualTo(Placeholders.fill(remedy.text(), remedy.addTo(draft)));
        if (remedy.text().contains("{{provider.legalName}}")) {
            assertThat(filled).contains(draft.parties().stream().filter(p -> "provider".equals(p.id())).findFirst()
                    .orElseThrow().legalName());
        }
        assertThat(app.draft().agreement()).isEqualTo(draft);
    }

    @Test
    void insertingBesideAClauseOnTheSameSubjectWarnsAndCancelLeavesTheDraftAlone(FxRobot robot) {
        Agreement draft = openWithOurClause(robot);
        String overlap = "\"" + remedy.heading() + "\" in the " + Words.of(Section.SERVICE_CREDITS) + " section: the same heading";
        assertThat(label(robot, "#clauses-library-overlap")).isEqualTo("On the same subject as " + overlap
                + ". Inserting it asks whether to keep both or replace it.");
        dialogs.overlapAnswer = Dialogs.OverlapChoice.CANCEL;

        robot.clickOn("#clauses-insert");

        assertThat(dialogs.asked).containsExactly("overlap " + remedy.heading() + ": " + overlap);
        assertThat(app.draft().agreement()).isEqualTo(draft);
    }

    @Test
    void insertAnywayKeepsBothAndReplacePutsTheLibraryClauseInPlaceOfOurs(FxRobot robot) {
        Agreement draft = openWithOurClause(robot);
        dialogs.overlapAnswer = Dialogs.OverlapChoice.INSERT_ANYWAY;

        robot.clickOn("#clauses-insert");
        assertThat(app.draft().agreement().clauses()).containsExactly(ours, remedy.toClause());
        assertThat(robot.lookup("#clauses-text").queryTextInputControl().getText()).isEqualTo(remedy.text());

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.draft().agreement()).isEqualTo(draft);
        dialogs.overlapAnswer = Dialogs.OverlapChoice.REPLACE;
        robot.clickOn(robot.lookup("#clauses-library .list-cell").nth(0).<Node>query());
        robot.clickOn("#clauses-insert");

        assertThat(app.draft().agreement().clauses()).containsExactly(remedy.toClause());
        assertThat(app.draft().agreement().figures()).containsAll(remedy.figures());
        assertThat(robot.lookup("#clauses-text").queryTextInputControl().getText()).isEqualTo(remedy.text());
        assertThat(robot.lookup("#clauses-library-overlap").queryAs(Label.class).getText())
                .contains("the same heading");
    }

    @Test
    void aClauseOnASubjectTheDraftDoesNotCoverIsInsertedWithoutAQuestion(FxRobot robot) {
        openWithOurClause(robot);
        robot.interact(() -> app.clauses().section().set(Section.ESCALATION));
        // Selected without a click: a second click on the same spot so soon would be a double-click, which inserts.
        robot.interact(() -> robot.lookup("#clauses-library").queryListView().getSelectionModel().select(0));
        assertThat(label(robot, "#clauses-library-overlap")).isEmpty();

        robot.clickOn("#clauses-insert");

        assertThat(dialogs.asked).isEmpty();
        assertThat(app.draft().agreement().clauses()).containsExactly(ours,
                ClauseLibrary.builtIn().clauses(Section.ESCALATION).get(0).toClause());
    }
}
