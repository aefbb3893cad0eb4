package org.slastudio.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slastudio.model.Agreement;

class AutosaveTest {

    @TempDir
    Path home;

    @AfterEach
    void forgetTheOverride() {
        System.clearProperty(UserFolders.HOME_PROPERTY);
    }

    private Autosave autosave() {
        return new Autosave(home.resolve("recovery"));
    }

    @Test
    void aRecoveryCopyOfAFileMapsBackToThatFile() throws IOException {
        Path original = home.resolve("work").resolve("contoso.sla.json");

        autosave().save(original, Draft.of(Fixtures.full()));

        List<Recovery> pending = autosave().pending();
        assertThat(pending).singleElement().satisfies(r -> {
            assertThat(r.original()).isEqualTo(original.toAbsolutePath());
            assertThat(r.untitledName()).isNull();
            assertThat(r.displayName()).isEqualTo("contoso.sla.json");
            assertThat(r.copy().getParent()).isEqualTo(home.resolve("recovery"));
            assertThat(r.copy().getFileName().toString()).startsWith("contoso-").endsWith(".sla.json");
            assertThat(r.load().draft().agreement()).isEqualTo(Fixtures.full());
        });
    }

    @Test
    void aNeverSavedDraftIsRecoveredUnderItsUntitledName() throws IOException {
        autosave().saveUntitled("Untitled 2", Draft.of(Fixtures.full()));

        assertThat(autosave().pending()).singleElement().satisfies(r -> {
            assertThat(r.original()).isNull();
            assertThat(r.displayName()).isEqualTo("Untitled 2");
        });
    }

    @Test
    void autosavingAgainReplacesTheCopyOfTheSameDraft() throws IOException {
        Path original = home.resolve("a.sla.json");
        autosave().save(original, Draft.of(Agreement.blank()));
        autosave().save(original, Draft.of(Fixtures.full()));

        assertThat(autosave().pending()).singleElement()
                .satisfies(r -> assertThat(r.load().draft().agreement()).isEqualTo(Fixtures.full()));
        assertThat(Fixtures.filesIn(home.resolve("recovery"))).hasSize(2).noneMatch(n -> n.endsWith(".bak") || n.endsWith(".tmp"));
    }

    @Test
    void draftsWithTheSameFileNameInDifferentFoldersGetTheirOwnCopies() throws IOException {
        autosave().save(home.resolve("x").resolve("sla.sla.json"), Draft.of(Agreement.blank()));
        autosave().save(home.resolve("y").resolve("sla.sla.json"), Draft.of(Fixtures.full()));
        autosave().saveUntitled("Untitled 1", Draft.of(Agreement.blank()));
        autosave().saveUntitled("Untitled 2", Draft.of(Agreement.blank()));

        assertThat(autosave().pending()).extracting(Recovery::original).containsOnlyOnce(
                home.resolve("x").resolve("sla.sla.json"), home.resolve("y").resolve("sla.sla.json"));
        assertThat(autosave().pending()).hasSize(4);
    }

    @Test
    void savingTheDraftDiscardsItsRecoveryCopy() throws IOException {
        Path original = home.resolve("contoso.sla.json");
        Draft draft = Draft.of(Fixtures.full());
        Recovery recovery = autosave().save(original, draft);

        DraftStore.save(original, draft);
        autosave().discard(recovery);

        assertThat(autosave().pending()).isEmpty();
        assertThat(Fixtures.filesIn(home.resolve("recovery"))).isEmpty();
    }

    @Test
    void aCopyWhoseOriginIsLostIsStillOfferedBack() throws IOException {
        Recovery recovery = autosave().save(home.resolve("lost.sla.json"), Draft.of(Fixtures.full()));
        try (Stream<Path> files = Files.list(recovery.copy().getParent())) {
            for (Path origin : files.filter(p -> p.toString().endsWith(".origin")).toList()) {
                Files.delete(origin);
            }
        }

        assertThat(autosave().pending()).singleElement().satisfies(r -> {
            assertThat(r.original()).isNull();
            assertThat(r.displayName()).startsWith("lost-");
            assertThat(r.load().readable()).isTrue();
        });
    }

    @Test
    void nothingIsPendingBeforeAnythingWasAutosaved() throws IOException {
        assertThat(autosave().pending()).isEmpty();
        assertThat(home.resolve("recovery")).doesNotExist();
    }

    @Test
    void theUsersRecoveryFolderIsUnderTheHomeFolder() throws IOException {
        System.setProperty(UserFolders.HOME_PROPERTY, home.toString());

        Recovery recovery = Autosave.inUserFolder().saveUntitled("Untitled 1", Draft.of(Agreement.blank()));

        assertThat(recovery.copy().getParent()).isEqualTo(home.resolve("recovery"));
    }
}
