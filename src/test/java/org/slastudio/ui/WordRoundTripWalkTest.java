package org.slastudio.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slastudio.export.ExportOptions;
import org.slastudio.export.WordDocument;
import org.slastudio.model.Agreement;
import org.slastudio.store.DraftStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Word round trip in the whole window, headless, on the shipped example template: File > Export Word document…,
 * the other side types over a term, File > Import Word document… lists the change, and the comparison offers it.
 */
@ExtendWith(ApplicationExtension.class)
class WordRoundTripWalkTest {
    private static final String TARGET = "services[0].levels[0].targetPercent";
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Path folder;
    private AppModel app;

    @Start
    void start(Stage stage) throws Exception {
        folder = Files.createTempDirectory("word-walk");
        app = TemplateWindow.show(stage, dialogs);
    }

    private static MenuItem menuItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow();
    }

    private static void choose(FxRobot robot, String id) {
        robot.interact(() -> menuItem(robot, id).fire());
    }

    /** Exports the draft on screen through File > Export Word document… and waits until the file is there. */
    private Path exported(FxRobot robot, String name) throws Exception {
        Path docx = folder.resolve(name);
        dialogs.wordToSaveTo = docx;
        choose(robot, "menu-export-docx");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(docx) && app.export().outcome().get().startsWith("Wrote"));
        return docx;
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Labeled.class).getText();
    }

    @Test
    void theOpenTemplateIsExportedAsAWordDocumentBesideThePdfInTheFileMenu(FxRobot robot) throws Exception {
        assertThat(menuItem(robot, "menu-export-docx").isDisable()).isTrue();
        assertThat(menuItem(robot, "menu-import-docx").isDisable()).isTrue();
        robot.clickOn("#start-example");
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        List<String> file = bar.getMenus().get(0).getItems().stream().map(MenuItem::getId).toList();
        assertThat(file.indexOf("menu-export-docx")).isEqualTo(file.indexOf("menu-export-pdf") + 1);

        Path docx = exported(robot, "hosting.docx");

        assertThat(dialogs.asked).containsExactly("docx managed-cloud-hosting-service-level-agreement.docx");
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            assertThat(zip.getEntry("word/document.xml")).isNotNull();
            String body = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(body).contains("<w:tag w:val=\"" + TARGET + "\"/>", "Northwind Cloud GmbH");
        }
        robot.clickOn("#wizard-step-review");
        assertThat(text(robot, "review-export-outcome")).startsWith("Wrote hosting.docx: Word document, marked DRAFT");
    }

    @Test
    void aMarkedUpCopyIsListedByTermAndGoingOnToCompareOffersTheChange(FxRobot robot) throws Exception {
        robot.clickOn("#start-example");
        Agreement before = app.draft().agreement();
        Path returned = exported(robot, "returned.docx");
        ReturnedWord.typeOver(returned, TARGET, "99.95%", "99.9%");
        dialogs.wordToImport = returned;

        choose(robot, "menu-import-docx");
        // The page is shown when the read begins; its summary once the read is in.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#word-import-summary").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "word-import-summary")).isEqualTo("returned.docx changes 1 term (all as plain edits, not tracked);"
                + " no other edits; 0 comments.");
        assertThat(text(robot, "word-import-change-0-term")).isEqualTo("Managed Kubernetes Platform, 24x7: availability target");
        assertThat(text(robot, "word-import-change-0-place")).isNotBlank();
        assertThat(robot.lookup("#word-import-change-0-words").query().getAccessibleText()).isEqualTo("Ours 99.95%; theirs 99.9%");
        assertThat(text(robot, "word-import-change-0-how")).isEqualTo("plain edit (not tracked)");
        assertThat(text(robot, "word-import-change-0-comments")).isEqualTo("—");
        assertThat(robot.lookup("#word-import-change-1-term").tryQuery()).isEmpty();
        assertThat(unnamedControls(robot.lookup("#word-import-page").query())).isEmpty();
        assertThat(app.draft().agreement()).isEqualTo(before);

        robot.clickOn("#word-import-compare");

        assertThat(robot.lookup("#compare-page").tryQuery()).isPresent();
        assertThat(app.compare().rows()).singleElement().satisfies(r ->
                assertThat(r.change().description()).contains("99.95", "99.9"));
        assertThat(app.draft().agreement()).isEqualTo(before);
        robot.clickOn("#compare-back-to-source");
        assertThat(robot.lookup("#word-import-page").tryQuery()).isPresent();
        robot.clickOn("#word-import-compare");
        robot.clickOn("#compare-accept-0");
        robot.clickOn("#compare-build-next-round");

        assertThat(app.draft().agreement().services().get(0).levels().get(0).targetPercent()).isEqualByComparingTo("99.9");
        assertThat(robot.lookup("#compare-page").tryQuery()).isEmpty();
        assertThat(robot.lookup("#word-import-page").tryQuery()).isEmpty();
    }

    @Test
    void aDocumentOfAnotherDraftIsRefusedWithItsMessageAndTheDraftStaysAsItIs(FxRobot robot) throws Exception {
        robot.clickOn("#start-example");
        Agreement before = app.draft().agreement();
        Path other = folder.resolve("saas.docx");
        try (OutputStream out = Files.newOutputStream(other)) {
            WordDocument.write(DraftStore.load(Path.of("templates/saas-subscription.sla.json")).draft(), ExportOptions.draft(), out);
        }
        dialogs.wordToImport = other;

        choose(robot, "menu-import-docx");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !dialogs.errorsShown().isEmpty());

        assertThat(dialogs.errorsShown()).singleElement().asString().startsWith("error Cannot import saas.docx: saas.docx cannot be"
                + " imported: it was exported from another draft (fingerprint ");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#word-import-page").tryQuery()).isEmpty();
        assertThat(robot.lookup("#wizard-content").tryQuery()).isPresent();
        assertThat(app.draft().agreement()).isEqualTo(before);
        assertThat(app.draft().canUndo().get()).isFalse();
    }

    /** The view's buttons that lack an id or accessible text. */
    private static List<Control> unnamedControls(Node page) {
        return page.lookupAll(".button").stream().filter(Button.class::isInstance).map(Control.class::cast)
                .filter(c -> c.getId() == null || c.getAccessibleText() == null).toList();
    }
}
