package org.slastudio.ui;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slastudio.model.Agreement;
import org.slastudio.model.Clause;
import org.slastudio.model.Section;
import org.slastudio.store.DraftStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The clauses panel in the whole window: browsing never writes, and only the user's typing changes a clause. */
@ExtendWith(ApplicationExtension.class)
class ClausesWalkTest {
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Path folder;
    private AppModel app;

    @Start
    void start(Stage stage) throws Exception {
        app = TemplateWindow.show(stage, dialogs);
        folder = Files.createTempDirectory("clauses");
    }

    @Test
    void movingThroughTheSectionsWithTheKeyboardShowsEachSectionsOwnTextAndChangesNoClause(FxRobot robot) throws Exception {
        robot.clickOn("#start-new-" + AppModel.EXAMPLE);
        Agreement opened = app.draft().agreement();
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        ComboBox<?> sections = robot.lookup("#clauses-section").queryAs(ComboBox.class);
        robot.interact(() -> app.clauses().section().set(Section.OVERVIEW));
        robot.clickOn(robot.lookup("#clauses-draft .list-cell").nth(0).<javafx.scene.Node>query());
        assertThat(text(robot)).startsWith("This Agreement forms part of the Master Services Agreement");

        robot.clickOn("#clauses-section");
        robot.type(KeyCode.ESCAPE);
        for (int i = 1; i < Section.values().length; i++) {
            robot.type(KeyCode.DOWN);
            WaitForAsyncUtils.waitForFxEvents();
            Section shown = (Section) sections.getValue();
            assertThat(shown).isEqualTo(Section.values()[i]);
            String own = opened.clauses().stream().filter(c -> c.section() == shown).map(Clause::text).findFirst().orElse("");
            assertThat(text(robot)).as("text shown for %s", shown).isEqualTo(own);
        }
        robot.type(KeyCode.ENTER);

        dialogs.fileToSaveTo = folder.resolve("browsed.sla.json");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S).release(KeyCode.S, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.draft().agreement().clauses()).isEqualTo(opened.clauses());
        assertThat(app.draft().canUndo().get()).isFalse();
        assertThat(DraftStore.load(dialogs.fileToSaveTo).draft().agreement().clauses()).isEqualTo(opened.clauses());
    }

    @Test
    void typedClauseTextIsWrittenIntoItsOwnClauseAndCtrlZTakesItBack(FxRobot robot) {
        robot.clickOn("#start-new-" + AppModel.EXAMPLE);
        Agreement opened = app.draft().agreement();
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        robot.interact(() -> app.clauses().section().set(Section.DEFINITIONS));
        robot.clickOn(robot.lookup("#clauses-draft .list-cell").nth(0).<javafx.scene.Node>query());
        robot.clickOn("#clauses-text");
        robot.press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL);
        robot.write(" Added words.");

        // Another section chosen while the text is still focused: the typing belongs to Definitions.
        robot.interact(() -> app.clauses().section().set(Section.PARTIES));
        int definitions = index(opened, Section.DEFINITIONS);
        int parties = index(opened, Section.PARTIES);
        assertThat(app.draft().agreement().clauses().get(definitions).text())
                .isEqualTo(opened.clauses().get(definitions).text() + " Added words.");
        assertThat(app.draft().agreement().clauses().get(parties)).isEqualTo(opened.clauses().get(parties));
        assertThat(text(robot)).isEqualTo(opened.clauses().get(parties).text());

        robot.clickOn("#clauses-text");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);

        assertThat(app.draft().agreement().clauses()).isEqualTo(opened.clauses());
        assertThat(text(robot)).isEqualTo(opened.clauses().get(parties).text());
        ListView<?> drafted = robot.lookup("#clauses-draft").queryListView();
        assertThat(drafted.getItems()).hasSize(1);
    }

    @Test
    void typingThenCtrlZInTheClauseTextUndoesTheTypingAndNothingElse(FxRobot robot) {
        robot.clickOn("#start-new-" + AppModel.EXAMPLE);
        Agreement opened = app.draft().agreement();
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        robot.interact(() -> app.clauses().section().set(Section.EXCLUSIONS));
        robot.clickOn(robot.lookup("#clauses-draft .list-cell").nth(0).<javafx.scene.Node>query());
        robot.clickOn("#clauses-text");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("Nothing is excluded.");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);

        assertThat(app.draft().agreement()).isEqualTo(opened);
        assertThat(text(robot)).isEqualTo(opened.clauses().get(index(opened, Section.EXCLUSIONS)).text());
    }

    private static String text(FxRobot robot) {
        return robot.lookup("#clauses-text").queryAs(TextArea.class).getText();
    }

    private static int index(Agreement a, Section section) {
        for (int i = 0; i < a.clauses().size(); i++) {
            if (a.clauses().get(i).section() == section) {
                return i;
            }
        }
        throw new AssertionError("no clause in " + section);
    }
}
