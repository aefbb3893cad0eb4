package org.slastudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slastudio.export.Fingerprint;
import org.slastudio.store.DraftStore;

class ExportCommandTest {
    private static final Path EXAMPLE = Path.of("templates/example-cloud-hosting.sla.json");

    @TempDir
    Path dir;

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private Path impossibleDraft() throws IOException {
        String impossible = Files.readString(EXAMPLE)
                .replaceFirst("\"targetPercent\"\\s*:\\s*[0-9.]+", "\"targetPercent\" : 100.5");
        Path draft = dir.resolve("impossible.sla.json");
        Files.writeString(draft, impossible);
        return draft;
    }

    @Test
    void theExampleIsWrittenAsADraftWithItsPagesAndFingerprintReported() throws IOException {
        Path pdf = dir.resolve("agreement.pdf");

        CommandRun run = CommandRun.of("export", EXAMPLE.toString(), "-o", pdf.toString());

        assertThat(run.status()).as(run.err()).isZero();
        String fingerprint = Fingerprint.shortOf(DraftStore.load(EXAMPLE).draft());
        assertThat(run.out()).contains("Wrote " + pdf).contains("marked DRAFT").contains("fingerprint " + fingerprint);
        assertThat(text(pdf)).contains("Fingerprint " + fingerprint).contains("Managed Cloud Hosting Service Level Agreement")
                .contains("DR");
        assertThat(dir).isDirectoryNotContaining("glob:**.part");
    }

    @Test
    void aFinalCopyHasNoDraftMark() throws IOException {
        Path pdf = dir.resolve("final.pdf");

        CommandRun run = CommandRun.of("export", EXAMPLE.toString(), "-o", pdf.toString(), "--final");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("final copy");
        assertThat(text(pdf).replaceAll("\\s+", "")).doesNotContain("DRAFT");
    }

    @Test
    void aDraftWithReviewErrorsIsRefusedNamingTheErrorsAndNothingIsWritten() throws IOException {
        Path pdf = dir.resolve("agreement.pdf");

        CommandRun run = CommandRun.of("export", impossibleDraft().toString(), "-o", pdf.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("error").contains("$.services[0].levels[0].targetPercent").contains("--force");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void forceExportsADraftWithErrorsAndStillNamesThem() throws IOException {
        Path pdf = dir.resolve("agreement.pdf");

        CommandRun run = CommandRun.of("export", impossibleDraft().toString(), "-o", pdf.toString(), "--force");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).contains("$.services[0].levels[0].targetPercent").contains("exporting anyway");
        assertThat(text(pdf)).contains("100.5%");
    }

    @Test
    void anUnreadableDraftExitsWithTwoAndNoStackTrace() throws IOException {
        Path broken = dir.resolve("broken.sla.json");
        Files.writeString(broken, "{ not json");

        CommandRun run = CommandRun.of("export", broken.toString(), "-o", dir.resolve("x.pdf").toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("broken.sla.json cannot be read").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void aMissingDraftExitsWithTwo() {
        CommandRun run = CommandRun.of("export", dir.resolve("nowhere.sla.json").toString(), "-o", dir.resolve("x.pdf").toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("nowhere.sla.json");
    }

    @Test
    void draftAndFinalCannotBeAskedForTogether() {
        CommandRun run = CommandRun.of("export", EXAMPLE.toString(), "-o", dir.resolve("x.pdf").toString(),
                "--final", "--draft-watermark");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("mutually exclusive");
    }

    @Test
    void aFolderThatDoesNotExistIsReportedAsAnUnwritableOutput() {
        Path pdf = dir.resolve("no-such-folder").resolve("agreement.pdf");

        CommandRun run = CommandRun.of("export", EXAMPLE.toString(), "-o", pdf.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("cannot write").contains("agreement.pdf");
    }

    @Test
    void anOutputThatIsALinkIsWrittenThroughAndStaysALink() throws IOException {
        Path real = dir.resolve("real.pdf");
        Path link = Files.createSymbolicLink(dir.resolve("link.pdf"), real.getFileName());

        CommandRun run = CommandRun.of("export", EXAMPLE.toString(), "-o", link.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(text(real)).contains("Managed Cloud Hosting");
    }

    @Test
    void anOutputThatIsAFolderOrAPipeIsRefusedByNameWithStatusTwo() throws IOException, InterruptedException {
        Path folder = Files.createDirectory(dir.resolve("agreement.pdf"));
        Path pipe = dir.resolve("pipe.pdf");
        assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();

        CommandRun intoFolder = CommandRun.of("export", EXAMPLE.toString(), "-o", folder.toString());
        CommandRun intoPipe = CommandRun.of("export", EXAMPLE.toString(), "-o", pipe.toString());

        assertThat(intoFolder.status()).isEqualTo(2);
        assertThat(intoFolder.err()).contains("cannot write", folder.toString(), "is a folder, not a regular file");
        assertThat(intoPipe.status()).isEqualTo(2);
        assertThat(intoPipe.err()).contains(pipe.toString(), "is a device, a pipe or another special file");
        assertThat(folder).isDirectory();
        assertThat(Files.isRegularFile(pipe)).isFalse();
        assertThat(Files.exists(pipe)).isTrue();
    }
}
