package org.slastudio.ui;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slastudio.ui.help.Glossary;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The Help menu: the guide, the glossary (searched, and opened on the field being edited) and the screens. */
@ExtendWith(ApplicationExtension.class)
class HelpWalkTest {
    @Start
    void start(Stage stage) throws Exception {
        TemplateWindow.show(stage, new ScriptedDialogs());
    }

    @Test
    void theGuideOpensOnItsFirstChapterAndShowsTheChapterChosen(FxRobot robot) {
        robot.interact(() -> menuItem(robot, "menu-help-guide").fire());
        ListView<?> chapters = robot.lookup("#help-guide-chapters").queryListView();
        assertThat(chapters.getItems()).hasSize(6);
        assertThat(robot.lookup("#help-guide-text .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Getting started");
        robot.interact(() -> chapters.getSelectionModel().select(3));
        assertThat(robot.lookup("#help-guide-text .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Negotiating").anySatisfy(t -> assertThat(t).contains("Compare with"));
    }

    @Test
    void theGlossaryNarrowsToTheTermsMatchingTheSearch(FxRobot robot) {
        robot.interact(() -> menuItem(robot, "menu-help-glossary").fire());
        ListView<Glossary.Term> terms = robot.lookup("#help-glossary-terms").queryListView();
        assertThat(terms.getItems()).isEqualTo(Glossary.standard().terms());
        robot.clickOn("#help-glossary-search").write("earn-back");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(terms.getItems()).isNotEmpty().first().extracting(Glossary.Term::name).isEqualTo("Earn-back");
        assertThat(robot.lookup("#help-glossary-count").queryLabeled().getText()).endsWith(terms.getItems().size() == 1 ? "term" : "terms");
        robot.interact(() -> robot.lookup("#help-glossary-search").queryAs(TextField.class).setText("no term says this"));
        assertThat(terms.getItems()).isEmpty();
    }

    @Test
    void shiftF1OnAFieldOpensTheGlossaryOnItsTerm(FxRobot robot) {
        robot.clickOn("#start-example");
        robot.clickOn("#wizard-step-credits");
        robot.interact(() -> robot.lookup("#credits-fee-basis").queryAs(ComboBox.class).requestFocus());
        robot.press(KeyCode.SHIFT, KeyCode.F1).release(KeyCode.F1, KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<Glossary.Term> terms = robot.lookup("#help-glossary-terms").queryListView();
        assertThat(terms.getSelectionModel().getSelectedItem()).extracting(Glossary.Term::name).isEqualTo("Fee basis");
        assertThat(terms.getItems()).isEqualTo(Glossary.standard().terms());
    }

    @Test
    void theScreensShowTheReadmesPicturesFromInsideTheApp(FxRobot robot) throws Exception {
        robot.interact(() -> menuItem(robot, "menu-help-screens").fire());
        ListView<?> screens = robot.lookup("#help-screens-list").queryListView();
        assertThat(screens.getItems()).hasSizeGreaterThanOrEqualTo(13);
        robot.interact(() -> screens.getSelectionModel().select(4));
        ImageView image = robot.lookup("#help-screens-image").queryAs(ImageView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> image.getImage() != null && image.getImage().getProgress() >= 1);
        assertThat(image.getImage().isError()).isFalse();
        assertThat(image.getImage().getWidth()).isGreaterThan(1000);
        assertThat(robot.lookup("#help-screens-caption").queryLabeled().getText()).isEqualTo("Availability windows");
    }

    private static MenuItem menuItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow();
    }
}
