package org.slastudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slastudio.export.Fingerprint;
import org.slastudio.export.OpenSloDocuments;
import org.slastudio.model.Agreement;
import org.slastudio.store.Draft;
import org.slastudio.store.DraftStore;

class OpenSloExportCommandTest {
    private static final Path EXAMPLE = Path.of("templates/example-cloud-hosting.sla.json");

    @TempDir
    Path dir;

    private static OpenSloDocuments read(Path yaml) throws IOException {
        return OpenSloDocuments.read(Files.readString(yaml));
    }

    private Path impossibleDraft() throws IOException {
        String impossible = Files.readString(EXAMPLE)
                .replaceFirst("\"targetPercent\"\\s*:\\s*[0-9.]+", "\"targetPercent\" : 100.5");
        Path draft = dir.resolve("impossible.sla.json");
        Files.writeString(draft, impossible);
        return draft;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"slos.yaml", "slos.yml", "SLOS.YAML"})
    void aYamlOutputIsWrittenAsOpenSloWithItsCountsAndFingerprintReported(String file) throws IOException {
        Path yaml = dir.resolve(file);

        CommandRun run = CommandRun.of("export", EXAMPLE.toString(), "-o", yaml.toString());

        assertThat(run.status()).as(run.err()).isZero();
        String fingerprint = Fingerprint.shortOf(DraftStore.load(EXAMPLE).draft());
        assertThat(run.out()).contains("Wrote " + yaml + ": OpenSLO, 12 SLOs for 4 services, fingerprint " + fingerprint)
                .contains("placeholder metric sources (type Placeholder)")
                .contains("Left out 1 objective OpenSLO cannot state:")
                .contains("  metrics[5] (Monthly service report delivered): its target");
        OpenSloDocuments docs = read(yaml);
        assertThat(docs.slos()).hasSize(12);
        assertThat(OpenSloDocuments.objective(docs.slo("kubernetes-24x7")).path("target").decimalValue())
                .isEqualTo(new BigDecimal("0.9995"));
        assertThat(dir).isDirectoryNotContaining("glob:**.part");
    }

    @Test
    void theFormatOptionChoosesOpenSloWhateverTheExtension() throws IOException {
        Path out = dir.resolve("objectives.txt");

        CommandRun run = CommandRun.of("export", EXAMPLE.toString(), "-o", out.toString(), "--format", "openslo");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(read(out).slos()).isNotEmpty();
    }

    @Test
    void aPdfNameStillGivesAPdf() throws IOException {
        Path pdf = dir.resolve("agreement.pdf");

        CommandRun run = CommandRun.of("export", EXAMPLE.toString(), "-o", pdf.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());
    }

    @Test
    void aDraftWithReviewErrorsIsRefusedNamingTheErrorsAndNothingIsWritten() throws IOException {
        Path yaml = dir.resolve("slos.yaml");

        CommandRun run = CommandRun.of("export", impossibleDraft().toString(), "-o", yaml.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("$.services[0].levels[0].targetPercent").contains("--force");
        assertThat(yaml).doesNotExist();
    }

    @Test
    void forceExportsTheRestAndSaysTheImpossibleLevelWasLeftOut() throws IOException {
        Path yaml = dir.resolve("slos.yaml");

        CommandRun run = CommandRun.of("export", impossibleDraft().toString(), "-o", yaml.toString(), "--force");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).contains("exporting anyway");
        assertThat(run.out()).contains("11 SLOs").contains("services[0].levels[0] (Managed Kubernetes Platform in 24x7): an"
                + " OpenSLO target lies from 0 up to but not including 100%, and 100.5% does not");
        assertThat(read(yaml).slos()).extracting(d -> d.path("metadata").path("name").asString())
                .doesNotContain("kubernetes-24x7").contains("object-storage-24x7");
    }

    @Test
    void aDraftWithNothingOpenSloCanStateWritesNothingAndExitsWithOne() throws IOException {
        Path draft = dir.resolve("blank.sla.json");
        Files.writeString(draft, DraftStore.write(Draft.of(Agreement.blank())));
        Path yaml = dir.resolve("slos.yaml");

        CommandRun run = CommandRun.of("export", draft.toString(), "-o", yaml.toString(), "--force");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("has no objective OpenSLO can state; nothing written");
        assertThat(yaml).doesNotExist();
    }

    @Test
    void anUnreadableDraftExitsWithTwoAndNoStackTrace() throws IOException {
        Path broken = dir.resolve("broken.sla.json");
        Files.writeString(broken, "{ not json");

        CommandRun run = CommandRun.of("export", broken.toString(), "-o", dir.resolve("x.yaml").toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("broken.sla.json cannot be read").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(dir.resolve("x.yaml")).doesNotExist();
    }

    @Test
    void aFolderThatDoesNotExistIsReportedAsAnUnwritableOutput() {
        Path yaml = dir.resolve("no-such-folder").resolve("slos.yaml");

        CommandRun run = CommandRun.of("export", EXAMPLE.toString(), "-o", yaml.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("cannot write").contains("slos.yaml").doesNotContain("\tat ");
    }

    @Test
    void anExistingFileIsReplaced() throws IOException {
        Path yaml = Files.writeString(dir.resolve("slos.yaml"), "old: content\n");

        CommandRun run = CommandRun.of("export", EXAMPLE.toString(), "-o", yaml.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(Files.readString(yaml)).doesNotContain("old: content").startsWith("---\napiVersion: openslo/v1");
    }

    @Test
    void theHelpNamesTheOpenSloFormatAndItsExtensions() {
        CommandRun run = CommandRun.of("export", "--help");

        assertThat(run.status()).isZero();
        assertThat(run.out().replaceAll("\\s+", " ")).contains("pdf, docx or openslo")
                .contains(".yaml or .yml OpenSLO").contains("OpenSLO v1 (.yaml)").contains("no objective OpenSLO can state");
    }
}
