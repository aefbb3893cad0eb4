package org.slastudio.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slastudio.model.Agreement;
import org.slastudio.store.Autosave;
import org.slastudio.store.UserFolders;
import org.slastudio.ui.start.ExampleAgreement;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class AppModelTest {
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final MemoryFiles files = new MemoryFiles();
    @TempDir
    Path home;
    private AppModel app;

    private AppModel app() {
        if (app == null) {
            app = new AppModel(files, recovery(), dialogs, TestStarters.BLANK_AND_EXAMPLE,
                    new RecentDrafts(home.resolve("recent.txt")), agreement -> List.of(), Jobs.inline());
        }
        return app;
    }

    private StoreRecovery recovery() {
        return new StoreRecovery(new Autosave(home.resolve("recovery")));
    }

    private Starter example() {
        return app().starters().stream().filter(s -> s.name().equals(AppModel.EXAMPLE)).findFirst().orElseThrow();
    }

    @Test
    void theExampleOpensInTheWizardAsAnUnsavedDraft() {
        assertThat(app().begin(example())).isTrue();

        assertThat(app().editing().get()).isTrue();
        assertThat(app().draft().agreement()).isEqualTo(ExampleAgreement.managedHosting());
        assertThat(app().draft().windowTitle().get()).isEqualTo("*Untitled draft — SLA Studio");
    }

    @Test
    void savingANewDraftAsksWhereAndSuggestsANameFromTheTitle() {
        app().begin(example());
        dialogs.fileToSaveTo = home.resolve("hosting");

        assertThat(app().save()).isTrue();

        Path saved = home.resolve("hosting.sla.json");
        assertThat(dialogs.asked).containsExactly("save as managed-hosting-service-level-agreement.sla.json");
        assertThat(files.files.get(saved)).isEqualTo(ExampleAgreement.managedHosting());
        assertThat(app().draft().windowTitle().get()).isEqualTo("hosting.sla.json — SLA Studio");
        assertThat(app().recent().paths()).containsExactly(saved.toAbsolutePath());
    }

    @Test
    void fileDialogsStartInTheDraftsFolderAndProposeItsOwnName() throws IOException {
        app().begin(example());
        app().saveAs();
        assertThat(dialogs.proposed).containsExactly(
                UserFolders.documents().resolve("managed-hosting-service-level-agreement.sla.json"));
        Path folder = java.nio.file.Files.createDirectories(home.resolve("clients").resolve("acme"));
        dialogs.fileToSaveTo = folder.resolve("hosting-v2.sla.json");
        app().saveAs();
        dialogs.proposed.clear();

        app().saveAs();
        app().export().exportPdf();
        app().compare().compareWith();
        app().open();

        assertThat(dialogs.proposed).containsExactly(folder.resolve("hosting-v2.sla.json"), folder.resolve("hosting-v2.pdf"),
                folder, folder);
    }

    @Test
    void closingWithUnsavedChangesAsksAndCancelKeepsTheDraft() {
        app().begin(example());
        dialogs.unsavedAnswer = Dialogs.UnsavedChoice.CANCEL;

        assertThat(app().close()).isFalse();

        assertThat(dialogs.asked).containsExactly("unsaved Untitled draft");
        assertThat(app().editing().get()).isTrue();
    }

    @Test
    void closingWhileAFieldHoldsTextThatCannotBeUsedIsRefusedWithItsMessageAndKeepsTheText() {
        app().begin(example());
        dialogs.fileToSaveTo = home.resolve("hosting");
        app().save();
        dialogs.asked.clear();
        app().overview().currencyInput().text().set("euros");

        assertThat(app().close()).isFalse();

        assertThat(dialogs.errorsShown()).singleElement().asString()
                .startsWith("error A field holds text that cannot be used: Currency: enter a three-letter currency code")
                .contains("Ctrl+Z");
        assertThat(app().editing().get()).isTrue();
        assertThat(app().overview().currencyInput().text().get()).isEqualTo("euros");

        app().wizard().undo();
        assertThat(app().overview().currencyInput().text().get()).isEqualTo("EUR");
        assertThat(app().close()).isTrue();
    }

    @Test
    void closingAndDiscardingGoesBackToTheStartScreen() {
        app().begin(example());
        dialogs.unsavedAnswer = Dialogs.UnsavedChoice.DISCARD;

        assertThat(app().close()).isTrue();

        assertThat(app().editing().get()).isFalse();
        assertThat(files.files).isEmpty();
    }

    @Test
    void closingAndChoosingSaveSavesFirst() {
        Path file = home.resolve("a.sla.json");
        files.files.put(file, Agreement.blank());
        app().open(file);
        app().parties().add();
        dialogs.unsavedAnswer = Dialogs.UnsavedChoice.SAVE;

        assertThat(app().close()).isTrue();

        assertThat(files.files.get(file).parties()).hasSize(1);
        assertThat(dialogs.asked).containsExactly("unsaved a.sla.json");
    }

    @Test
    void aSavedDraftClosesWithoutAsking() {
        Path file = home.resolve("a.sla.json");
        files.files.put(file, ExampleAgreement.managedHosting());
        app().open(file);

        assertThat(app().close()).isTrue();
        assertThat(dialogs.asked).isEmpty();
    }

    @Test
    void anUnreadableFileShowsTheStoresMessagesAndOpensNothing() {
        Path file = home.resolve("broken.sla.json");
        files.problems.put(file, List.of("$: not a draft file: expected an object at line 1"));

        assertThat(app().open(file)).isFalse();

        assertThat(dialogs.asked).containsExactly("error Cannot open broken.sla.json: $: not a draft file: expected an object at line 1");
        assertThat(app().editing().get()).isFalse();
    }

    @Test
    void aFileWithProblemsOpensOnlyIfTheUserAgrees() {
        Path file = home.resolve("partial.sla.json");
        files.files.put(file, ExampleAgreement.managedHosting());
        files.problems.put(file, List.of("$.services[0].monthlyFee.amount: \"12k\" is not an amount"));

        assertThat(app().open(file)).isFalse();
        dialogs.openDespiteProblems = true;
        assertThat(app().open(file)).isTrue();

        assertThat(app().draft().file().get()).isEqualTo(file);
    }

    @Test
    void aFailedSaveSaysWhyAndKeepsTheChangesUnsaved() {
        app().begin(example());
        files.unwritable = home.resolve("locked.sla.json");
        dialogs.fileToSaveTo = files.unwritable;

        assertThat(app().save()).isFalse();

        assertThat(dialogs.asked.get(1)).startsWith("error Could not save locked.sla.json:").contains("permission denied")
                .contains("Save As");
        assertThat(app().draft().dirty().get()).isTrue();
    }

    @Test
    void recentDraftsSurviveARestart() {
        Path file = home.resolve("a.sla.json");
        files.files.put(file, Agreement.blank());
        app().open(file);

        RecentDrafts again = new RecentDrafts(home.resolve("recent.txt"));

        assertThat(again.paths()).containsExactly(file.toAbsolutePath());
    }

    @Test
    void unsavedChangesAreKeptAndOfferedBackAfterACrash() {
        app().begin(example());
        app().parties().add();
        app().autosave();

        AppModel afterCrash = new AppModel(files, recovery(), dialogs, TestStarters.BLANK_AND_EXAMPLE,
                new RecentDrafts(home.resolve("recent.txt")), agreement -> List.of());
        dialogs.restore = true;

        assertThat(afterCrash.offerRecovery()).isTrue();
        assertThat(dialogs.asked).containsExactly("restore Untitled draft");
        assertThat(afterCrash.draft().agreement()).isEqualTo(app().draft().agreement());
        assertThat(afterCrash.draft().dirty().get()).isTrue();
        assertThat(afterCrash.editing().get()).isTrue();
    }

    @Test
    void aRestoredFileShowsItsChangesAgainstTheFileAndUndoGoesBackToIt() {
        Path file = home.resolve("a.sla.json");
        files.files.put(file, ExampleAgreement.managedHosting());
        app().open(file);
        app().parties().remove();
        app().autosave();

        AppModel afterCrash = new AppModel(files, recovery(), dialogs, TestStarters.BLANK_AND_EXAMPLE,
                new RecentDrafts(home.resolve("recent.txt")), agreement -> List.of());
        dialogs.restore = true;
        afterCrash.offerRecovery();

        assertThat(afterCrash.draft().file().get()).isEqualTo(file);
        assertThat(afterCrash.draft().agreement().parties()).hasSize(1);
        afterCrash.wizard().undo();
        assertThat(afterCrash.draft().agreement()).isEqualTo(ExampleAgreement.managedHosting());
    }

    @Test
    void savingOrDecliningLeavesNoCopyToOfferAgain() throws Exception {
        app().begin(example());
        app().autosave();
        dialogs.fileToSaveTo = home.resolve("saved");
        app().save();
        assertThat(recovery().pending()).isEmpty();

        app().parties().add();
        app().autosave();
        assertThat(recovery().pending()).hasSize(1);
        dialogs.restore = false;
        assertThat(app().offerRecovery()).isFalse();
        assertThat(recovery().pending()).isEmpty();
    }

    @Test
    void theCopyIsWrittenOffTheUiThreadAndASaveWaitsForItSoThatNoCopyOutlivesTheSave() throws Exception {
        StoreRecovery store = recovery();
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch written = new CountDownLatch(1);
        AtomicReference<String> writtenOn = new AtomicReference<>();
        RecoveryCopies slowDisk = new RecoveryCopies() {
            @Override
            public void keep(Path file, Agreement agreement, Object carried) throws IOException {
                writtenOn.set(Thread.currentThread().getName());
                writing.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
                store.keep(file, agreement, carried);
                written.countDown();
            }

            @Override
            public void discard(Path file) throws IOException {
                store.discard(file);
            }

            @Override
            public List<Pending> pending() throws IOException {
                return store.pending();
            }
        };
        AppModel slow = new AppModel(files, slowDisk, dialogs, TestStarters.BLANK_AND_EXAMPLE,
                new RecentDrafts(home.resolve("recent.txt")), agreement -> List.of(), Jobs.background());
        slow.begin(example());

        slow.autosave();
        assertThat(writing.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(writtenOn.get()).isNotEqualTo(Thread.currentThread().getName());

        Thread disk = new Thread(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            release.countDown();
        });
        disk.start();
        dialogs.fileToSaveTo = home.resolve("saved");
        assertThat(slow.save()).isTrue();
        assertThat(written.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(store.pending()).isEmpty();
    }

    @Test
    void aDraftWithoutChangesKeepsNoCopy() throws Exception {
        Path file = home.resolve("a.sla.json");
        files.files.put(file, Agreement.blank());
        app().open(file);

        app().autosave();

        assertThat(recovery().pending()).isEmpty();
    }

    @Test
    void aBlankDraftClosesWithoutAskingUntilSomethingIsTyped() {
        app().begin(app().starters().get(0));
        assertThat(app().close()).isTrue();

        app().begin(app().starters().get(0));
        app().parties().add();
        dialogs.unsavedAnswer = Dialogs.UnsavedChoice.CANCEL;
        assertThat(app().close()).isFalse();
        assertThat(dialogs.asked).containsExactly("unsaved Untitled draft");
    }
}
