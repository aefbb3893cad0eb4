package org.slastudio.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportFilesTest {

    @TempDir
    Path dir;

    @Test
    void aWrittenPdfGetsTheSamePermissionsAsAnyNewFileAndNoTemporaryIsLeft() throws IOException {
        Path ordinary = Files.writeString(dir.resolve("ordinary.txt"), "x");
        Path pdf = dir.resolve("agreement.pdf");

        String answer = ExportFiles.writeAtomically(pdf, out -> {
            out.write("%PDF".getBytes(StandardCharsets.US_ASCII));
            return "written";
        });

        assertThat(answer).isEqualTo("written");
        assertThat(Files.readString(pdf)).isEqualTo("%PDF");
        assertThat(Files.getPosixFilePermissions(pdf)).isEqualTo(Files.getPosixFilePermissions(ordinary));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("ordinary.txt", "agreement.pdf");
        }
    }

    @Test
    void aFailedWriteLeavesThePreviousPdfWholeAndNoTemporary() throws IOException {
        Path pdf = Files.writeString(dir.resolve("agreement.pdf"), "the signed version");

        assertThatThrownBy(() -> ExportFiles.writeAtomically(pdf, out -> {
            out.write("half".getBytes(StandardCharsets.US_ASCII));
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(Files.readString(pdf)).isEqualTo("the signed version");
        try (var files = Files.list(dir)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void aFolderThatDoesNotExistIsNamed() {
        assertThatThrownBy(() -> ExportFiles.writeAtomically(dir.resolve("missing/agreement.pdf"), out -> null))
                .isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("missing").hasMessageContaining("the folder does not exist");
    }

    @Test
    void aLinkIsWrittenThroughToTheFileItPointsToEvenOneNotThereYet() throws IOException {
        Path existing = Files.writeString(dir.resolve("old.pdf"), "old");
        Path toExisting = Files.createSymbolicLink(dir.resolve("current.pdf"), existing.getFileName());
        Path toNothing = Files.createSymbolicLink(dir.resolve("next.pdf"), Path.of("sub", "..", "new.pdf"));
        Files.createDirectory(dir.resolve("sub"));

        ExportFiles.writeAtomically(toExisting, out -> { out.write('1'); return null; });
        ExportFiles.writeAtomically(toNothing, out -> { out.write('2'); return null; });

        assertThat(Files.isSymbolicLink(toExisting)).isTrue();
        assertThat(Files.isSymbolicLink(toNothing)).isTrue();
        assertThat(Files.readString(existing)).isEqualTo("1");
        assertThat(Files.readString(dir.resolve("new.pdf"))).isEqualTo("2");
    }

    @Test
    void aFolderIsRefusedByNameBeforeAnythingIsWritten() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("agreement.pdf"));
        Path link = Files.createSymbolicLink(dir.resolve("link.pdf"), folder);
        boolean[] written = {false};

        for (Path target : new Path[] {folder, link}) {
            assertThatThrownBy(() -> ExportFiles.writeAtomically(target, out -> written[0] = true))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining(folder.toString()).hasMessageContaining("is a folder, not a regular file");
        }

        assertThat(written[0]).isFalse();
        assertThat(folder).isEmptyDirectory();
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void aLinkThatLeadsBackToItselfIsRefused() throws IOException {
        Path loop = Files.createSymbolicLink(dir.resolve("loop.pdf"), Path.of("loop.pdf"));

        assertThatThrownBy(() -> ExportFiles.writeAtomically(loop, out -> null)).hasMessageContaining("too many symbolic links");
        assertThat(Files.isSymbolicLink(loop)).isTrue();
    }
}
