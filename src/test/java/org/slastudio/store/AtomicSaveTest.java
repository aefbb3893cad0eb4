package org.slastudio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slastudio.model.Agreement;

class AtomicSaveTest {

    @TempDir
    Path folder;

    @AfterEach
    void noMoreCrashes() {
        AtomicFiles.beforeRename = () -> { };
    }

    @Test
    void savingWritesTheDraftAndKeepsThePreviousVersionAsBak() throws IOException {
        Path file = folder.resolve("contract.sla.json");
        DraftStore.save(file, Draft.of(Agreement.blank()));
        DraftStore.save(file, Draft.of(Fixtures.full()));

        assertThat(DraftStore.load(file).draft().agreement()).isEqualTo(Fixtures.full());
        assertThat(DraftStore.backupOf(file)).hasFileName("contract.sla.json.bak");
        assertThat(DraftStore.load(DraftStore.backupOf(file)).draft().agreement()).isEqualTo(Agreement.blank());
        assertThat(Files.readString(file)).isEqualTo(Fixtures.fullJson());
    }

    @Test
    void aDamagedFilePointsToItsBackup() throws IOException {
        Path file = folder.resolve("contract.sla.json");
        DraftStore.save(file, Draft.of(Fixtures.full()));
        DraftStore.save(file, Draft.of(Fixtures.full()));
        Files.writeString(file, Files.readString(file).substring(0, 300));

        LoadResult result = DraftStore.load(file);

        assertThat(result.problems()).singleElement().satisfies(p ->
                assertThat(p.message()).contains("cut off", "open its backup contract.sla.json.bak instead"));
    }

    @Test
    void aFirstSaveHasNoBackup() throws IOException {
        Path file = folder.resolve("new.sla.json");
        DraftStore.save(file, Draft.of(Fixtures.full()));

        assertThat(DraftStore.backupOf(file)).doesNotExist();
    }

    @Test
    void aCrashBetweenWritingAndRenamingLeavesTheOldFileWhole() throws IOException {
        Path file = folder.resolve("contract.sla.json");
        DraftStore.save(file, Draft.of(Fixtures.full()));
        String before = Files.readString(file);
        AtomicFiles.beforeRename = () -> {
            throw new IllegalStateException("simulated crash");
        };

        assertThatThrownBy(() -> DraftStore.save(file, Draft.of(Agreement.blank()))).hasMessage("simulated crash");

        assertThat(Files.readString(file)).isEqualTo(before);
        LoadResult result = DraftStore.load(file);
        assertThat(result.problems()).isEmpty();
        assertThat(result.draft().agreement()).isEqualTo(Fixtures.full());
    }

    @Test
    void temporaryFilesLeftByACrashAreRemovedByTheNextSave() throws IOException {
        Path file = folder.resolve("contract.sla.json");
        Path leftover = folder.resolve(".contract.sla.json.0123456789ab.tmp");
        Path someoneElses = folder.resolve(".other.sla.json.0123456789ab.tmp");
        Files.writeString(leftover, "{\"schemaVersion\": 1, \"overv");
        Files.writeString(someoneElses, "keep");

        DraftStore.save(file, Draft.of(Fixtures.full()));

        assertThat(leftover).doesNotExist();
        assertThat(someoneElses).exists();
        assertThat(Fixtures.filesIn(folder)).containsExactlyInAnyOrder("contract.sla.json", ".other.sla.json.0123456789ab.tmp");
    }

    @Test
    void savingKeepsTheFilesPermissions() throws IOException {
        Path file = folder.resolve("shared.sla.json");
        DraftStore.save(file, Draft.of(Agreement.blank()));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));

        DraftStore.save(file, Draft.of(Fixtures.full()));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-rw-r--");
    }

    @Test
    void savingThroughALinkReplacesTheLinkedFileAndKeepsTheLink() throws IOException {
        Path real = folder.resolve("real.sla.json");
        Path link = folder.resolve("link.sla.json");
        DraftStore.save(real, Draft.of(Agreement.blank()));
        Files.createSymbolicLink(link, real);

        DraftStore.save(link, Draft.of(Fixtures.full()));

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(DraftStore.load(real).draft().agreement()).isEqualTo(Fixtures.full());
    }

    @Test
    void savingThroughALinkToAFileNotThereYetCreatesItAndKeepsTheLink() throws IOException {
        Path link = Files.createSymbolicLink(folder.resolve("link.sla.json"), Path.of("new.sla.json"));

        DraftStore.save(link, Draft.of(Fixtures.full()));

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(DraftStore.load(folder.resolve("new.sla.json")).draft().agreement()).isEqualTo(Fixtures.full());
    }

    @Test
    void aBackupThatIsALinkIsWrittenThroughAndStaysALink() throws IOException {
        Path file = folder.resolve("contract.sla.json");
        Path kept = folder.resolve("kept.json");
        DraftStore.save(file, Draft.of(Agreement.blank()));
        Files.createSymbolicLink(DraftStore.backupOf(file), kept.getFileName());

        DraftStore.save(file, Draft.of(Fixtures.full()));

        assertThat(Files.isSymbolicLink(DraftStore.backupOf(file))).isTrue();
        assertThat(DraftStore.load(kept).draft().agreement()).isEqualTo(Agreement.blank());
    }

    @Test
    void aDraftOrBackupPathThatIsAFolderOrAPipeIsRefusedAndNothingChanges() throws Exception {
        Path folderDraft = Files.createDirectory(folder.resolve("folder.sla.json"));
        Path pipe = folder.resolve("pipe.sla.json");
        assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();
        Path file = folder.resolve("contract.sla.json");
        DraftStore.save(file, Draft.of(Agreement.blank()));
        String before = Files.readString(file);
        Files.createDirectory(DraftStore.backupOf(file));

        assertThatThrownBy(() -> DraftStore.save(folderDraft, Draft.of(Fixtures.full())))
                .isInstanceOf(IOException.class).hasMessageContaining(folderDraft + ": is a folder, not a regular file");
        assertThatThrownBy(() -> DraftStore.save(pipe, Draft.of(Fixtures.full())))
                .hasMessageContaining(pipe + ": is a device, a pipe or another special file");
        assertThatThrownBy(() -> DraftStore.save(file, Draft.of(Fixtures.full())))
                .hasMessageContaining(DraftStore.backupOf(file) + ": is a folder");

        assertThat(folderDraft).isEmptyDirectory();
        assertThat(Files.isRegularFile(pipe)).isFalse();
        assertThat(Files.readString(file)).isEqualTo(before);
        assertThat(Fixtures.filesIn(folder)).containsExactlyInAnyOrder("folder.sla.json", "pipe.sla.json",
                "contract.sla.json", "contract.sla.json.bak");
    }

    @Test
    void killingTheProcessWhileItSavesLeavesOneWholeVersion() throws Exception {
        Path file = folder.resolve("killed.sla.json");
        Agreement first = Fixtures.large("first", 400);
        Agreement second = Fixtures.large("second", 400);
        Agreement before = Fixtures.large("before", 10);
        for (int round = 0; round < 4; round++) {
            DraftStore.save(file, Draft.of(before));
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    SaveLoop.class.getName(), file.toString())
                    .redirectErrorStream(true).start();
            try {
                BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
                assertThat(out.readLine()).isEqualTo("saved");
                Thread.sleep(ThreadLocalRandom.current().nextInt(20, 300));
            } finally {
                child.destroyForcibly();
                assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
            }

            LoadResult result = DraftStore.load(file);
            assertThat(result.problems()).noneMatch(LoadProblem::fatal);
            assertThat(result.draft().agreement()).isIn(first, second); // and not before: the child did save
        }
        DraftStore.save(file, Draft.of(first));
        assertThat(Fixtures.filesIn(folder)).containsExactlyInAnyOrder("killed.sla.json", "killed.sla.json.bak");
    }
}
