package org.slastudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slastudio.store.DraftStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CliTest {

    private static final Path EXAMPLE = Path.of("templates/example-cloud-hosting.sla.json");

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void theExampleAgreementValidatesWithoutErrors() {
        CommandRun run = CommandRun.of("validate", EXAMPLE.toString());

        assertThat(run.status()).as(run.out()).isZero();
        assertThat(run.out()).contains("example-cloud-hosting.sla.json: 0 errors");
    }

    @Test
    void aFileThatIsNotJsonCannotBeReadAndExitsWithTwo() throws IOException {
        Path broken = write("broken.sla.json", "{ \"schemaVersion\": 1, \"overview\": ");

        CommandRun run = CommandRun.of("validate", broken.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).contains("broken.sla.json: cannot be read");
        assertThat(run.out() + run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aMissingFileCannotBeReadAndExitsWithTwo() {
        CommandRun run = CommandRun.of("validate", dir.resolve("nowhere.sla.json").toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).contains("nowhere.sla.json: cannot be read");
    }

    @Test
    void aDraftWithAnImpossibleTargetHasErrorsAndExitsWithOne() throws IOException {
        String example = Files.readString(EXAMPLE);
        String impossible = example.replaceFirst("\"targetPercent\"\\s*:\\s*[0-9.]+", "\"targetPercent\" : 100.5");
        Path draft = write("impossible.sla.json", impossible);

        CommandRun run = CommandRun.of("validate", draft.toString());

        assertThat(run.status()).as(run.out()).isEqualTo(1);
        assertThat(run.out()).contains("error").contains("$.services[0].levels[0].targetPercent");
    }

    @Test
    void theWorstFileDecidesTheExitStatus() throws IOException {
        Path broken = write("broken.sla.json", "not json at all");

        CommandRun run = CommandRun.of("validate", EXAMPLE.toString(), broken.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).contains("example-cloud-hosting.sla.json: 0 errors").contains("broken.sla.json");
    }

    @Test
    void aNumberBeyondAnyDecimalIsAFindingAtItsPathAndTheOtherFilesAreStillReported() throws IOException {
        String example = Files.readString(EXAMPLE);
        Path huge = write("huge.sla.json", example.replaceFirst("\"targetPercent\"\\s*:\\s*[0-9.]+", "\"targetPercent\": 1E+2147483648"));

        CommandRun run = CommandRun.of("validate", huge.toString(), EXAMPLE.toString());

        assertThat(run.status()).as(run.out() + run.err()).isEqualTo(1);
        // no clause of the template states the target (the table of service levels does), so it is the one error
        assertThat(run.out()).contains("huge.sla.json: 1 error,", "$.services[0].levels[0].targetPercent",
                "the number 1E+2147483648 is out of range", "example-cloud-hosting.sla.json: 0 errors");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void findingsCanBePrintedAsJson() throws IOException {
        Path broken = write("broken.sla.json", "[1, 2]");

        CommandRun run = CommandRun.of("validate", "--format", "json", EXAMPLE.toString(), broken.toString());

        JsonNode root = JsonMapper.builder().build().readTree(run.out());
        assertThat(root.get("files")).hasSize(2);
        assertThat(root.get("files").get(0).get("readable").asBoolean()).isTrue();
        assertThat(root.get("files").get(0).get("errors").asInt()).isZero();
        assertThat(root.get("files").get(1).get("readable").asBoolean()).isFalse();
        assertThat(root.get("files").get(1).get("findings").get(0).get("severity").asString()).isEqualTo("error");
    }

    @Test
    void aNewDraftFromATemplateIsWrittenAndLoadsCleanly() {
        Path target = dir.resolve("acme.sla.json");

        CommandRun run = CommandRun.of("new", "--template", "cloud-hosting", "-o", target.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(DraftStore.load(target).problems()).isEmpty();
        assertThat(CommandRun.of("validate", target.toString()).status()).isZero();
    }

    @Test
    void anUnknownTemplateIsNamedWithTheOnesThatExist() {
        CommandRun run = CommandRun.of("new", "--template", "nonesuch", "-o", dir.resolve("x.sla.json").toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("no template 'nonesuch'").contains("cloud-hosting");
    }

    @Test
    void newNeverOverwritesADraftUnlessForced() throws IOException {
        Path existing = write("mine.sla.json", "my precious work");

        CommandRun refused = CommandRun.of("new", "--template", "cloud-hosting", "-o", existing.toString());

        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).contains("already exists").contains("--force");
        assertThat(Files.readString(existing)).isEqualTo("my precious work");

        CommandRun forced = CommandRun.of("new", "--template", "cloud-hosting", "-o", existing.toString(), "--force");
        assertThat(forced.status()).isZero();
        assertThat(DraftStore.load(existing).readable()).isTrue();
    }

    @Test
    void templatesListsTheExampleAgreement() {
        CommandRun run = CommandRun.of("templates");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("cloud-hosting");
    }

    @Test
    void versionNamesTheProductAndItsVersion() {
        CommandRun run = CommandRun.of("--version");

        assertThat(run.status()).isZero();
        assertThat(run.out()).matches("(?s)SLA Studio \\d+\\.\\d+\\.\\d+.*");
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "new", "templates"})
    void everyCommandExplainsItselfAndItsVersion(String command) {
        CommandRun help = CommandRun.of(command, "--help");
        CommandRun version = CommandRun.of(command, "--version");

        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("Usage: sla-studio " + command);
        assertThat(version.out()).startsWith("SLA Studio ");
    }

    @Test
    void aMisusedCommandGetsAUsageMessageNotAStackTrace() {
        CommandRun run = CommandRun.of("validate", "--frobnicate", "x.sla.json");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option: '--frobnicate'").contains("Usage: sla-studio validate");
        assertThat(run.err()).doesNotContain("\tat ");
    }

    @Test
    void percentagesMayBeWrittenWithTheirSignAndANonNumberIsNamed() {
        CommandRun withSign = CommandRun.of("downtime", "--target", "99.9%", "--period", "2025-03");
        CommandRun notANumber = CommandRun.of("simulate", EXAMPLE.toString(), "--levels", "99,abc");

        assertThat(withSign.status()).as(withSign.err()).isZero();
        assertThat(withSign.out()).contains("44 min 38.4 s");
        assertThat(notANumber.status()).isEqualTo(2);
        assertThat(notANumber.err()).contains("'abc' is not a number; write e.g. 99.9").doesNotContain("java.lang");
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        CommandRun run = CommandRun.of("frobnicate");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("frobnicate");
    }

    @org.junit.jupiter.api.Test
    void aJsonFileThatIsNotADraftIsUnreadableWithExitStatusTwo() throws java.io.IOException {
        java.nio.file.Path other = java.nio.file.Files.createTempFile("catalogue", ".json");
        java.nio.file.Files.writeString(other, "{\"templates\": [{\"name\": \"x\"}]}");

        CommandRun run = CommandRun.of("validate", other.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out() + run.err()).contains("this is JSON but not an SLA Studio draft").doesNotContain("\tat ");
    }
}
