package org.slastudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slastudio.export.Fingerprint;
import org.slastudio.store.DraftStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Many drafts in one run: export -d and simulate over several drafts. */
class BatchCommandsTest {
    private static final Path EXAMPLE = Path.of("templates/example-cloud-hosting.sla.json");
    private static final Path SAAS = Path.of("templates/saas-subscription.sla.json");

    @TempDir
    Path dir;

    private Path copy(Path template, String name) throws IOException {
        Path draft = dir.resolve(name);
        Files.copy(template, draft);
        return draft;
    }

    private Path broken(String name) throws IOException {
        Path draft = dir.resolve(name);
        Files.writeString(draft, "{ \"schemaVersion\": ");
        return draft;
    }

    @Test
    void eachDraftIsExportedIntoTheDirectoryUnderItsOwnName() throws IOException {
        Path acme = copy(EXAMPLE, "acme.sla.json");
        Path globex = copy(SAAS, "globex.sla.json");
        Path out = dir.resolve("out");

        CommandRun run = CommandRun.of("export", acme.toString(), globex.toString(), "-d", out.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(out.resolve("acme.pdf")).isNotEmptyFile();
        assertThat(out.resolve("globex.pdf")).isNotEmptyFile();
        assertThat(run.out()).contains("Wrote " + out.resolve("acme.pdf"))
                .contains("fingerprint " + Fingerprint.shortOf(DraftStore.load(acme).draft()))
                .contains("Wrote " + out.resolve("globex.pdf"))
                .contains("fingerprint " + Fingerprint.shortOf(DraftStore.load(globex).draft()));
        assertThat(run.err()).contains("2 of 2 drafts exported to " + out);
    }

    @Test
    void theFormatNamesTheExtension() throws IOException {
        Path acme = copy(EXAMPLE, "acme.sla.json");
        Path out = dir.resolve("word");

        CommandRun run = CommandRun.of("export", acme.toString(), "-d", out.toString(), "--format", "docx");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(out.resolve("acme.docx")).isNotEmptyFile();
        assertThat(out).isDirectoryNotContaining("glob:**.pdf");
    }

    @Test
    void anUnreadableDraftIsNamedAndTheOthersAreStillExported() throws IOException {
        Path acme = copy(EXAMPLE, "acme.sla.json");
        Path bad = broken("bad.sla.json");
        Path globex = copy(SAAS, "globex.sla.json");
        Path out = dir.resolve("out");

        CommandRun run = CommandRun.of("export", acme.toString(), bad.toString(), globex.toString(), "-d", out.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("export: " + bad + " cannot be read")
                .contains("2 of 3 drafts exported to " + out + "; not exported: " + bad);
        assertThat(out.resolve("acme.pdf")).isNotEmptyFile();
        assertThat(out.resolve("globex.pdf")).isNotEmptyFile();
        assertThat(out.resolve("bad.pdf")).doesNotExist();
    }

    @Test
    void twoDraftsOfOneNameAreRefusedBeforeAnythingIsWritten() throws IOException {
        Path first = copy(EXAMPLE, "acme.sla.json");
        Files.createDirectories(dir.resolve("b"));
        Path second = Files.copy(SAAS, dir.resolve("b/acme.sla.json"));
        Path out = dir.resolve("out");

        CommandRun run = CommandRun.of("export", first.toString(), second.toString(), "-d", out.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains(first + " and " + second + " would both be written to " + out.resolve("acme.pdf"));
        assertThat(out).doesNotExist();
    }

    @Test
    void oneOutputFileForSeveralDraftsOrNoneAtAllIsAskedFor() throws IOException {
        Path acme = copy(EXAMPLE, "acme.sla.json");
        Path globex = copy(SAAS, "globex.sla.json");

        CommandRun several = CommandRun.of("export", acme.toString(), globex.toString(), "-o", dir.resolve("x.pdf").toString());
        CommandRun neither = CommandRun.of("export", acme.toString());
        CommandRun both = CommandRun.of("export", acme.toString(), "-o", "x.pdf", "-d", dir.toString());

        assertThat(several.status()).isEqualTo(2);
        assertThat(several.err()).contains("-o names one file, but 2 drafts are given; write them with -d DIR");
        assertThat(neither.status()).isEqualTo(2);
        assertThat(neither.err()).contains("say where to write: -o FILE for one draft, or -d DIR for each draft");
        assertThat(both.status()).isEqualTo(2);
        assertThat(both.err()).contains("give either -o FILE or -d DIR, not both");
    }

    @Test
    void severalDraftsAreSimulatedInOneRunEachAsOnItsOwn() throws IOException {
        Path acme = copy(EXAMPLE, "acme.sla.json");
        Path globex = copy(SAAS, "globex.sla.json");

        CommandRun both = CommandRun.of("simulate", acme.toString(), globex.toString(), "--trials", "1200", "--format", "json");
        CommandRun acmeAlone = CommandRun.of("simulate", acme.toString(), "--trials", "1200", "--format", "json");
        CommandRun globexAlone = CommandRun.of("simulate", globex.toString(), "--trials", "1200", "--format", "json");

        assertThat(both.status()).as(both.err()).isZero();
        JsonMapper mapper = JsonMapper.builder().build();
        JsonNode list = mapper.readTree(both.out());
        assertThat(list.isArray()).isTrue();
        assertThat(list.size()).isEqualTo(2);
        assertThat(list.get(0).get("draft").asString()).isEqualTo(acme.toString());
        assertThat(list.get(1).get("draft").asString()).isEqualTo(globex.toString());
        // The same numbers as each draft simulated alone, with the same seed.
        JsonNode acmeTable = mapper.readTree(acmeAlone.out());
        JsonNode globexTable = mapper.readTree(globexAlone.out());
        assertThat(list.get(0).get("services")).isEqualTo(acmeTable.get("services"));
        assertThat(list.get(1).get("services")).isEqualTo(globexTable.get("services"));
    }

    @Test
    void severalDraftsInCsvShareOneHeaderWithADraftColumn() throws IOException {
        Path acme = copy(EXAMPLE, "acme.sla.json");
        Path globex = copy(SAAS, "globex.sla.json");

        CommandRun run = CommandRun.of("simulate", acme.toString(), globex.toString(), "--trials", "1200", "--format", "csv");
        CommandRun alone = CommandRun.of("simulate", acme.toString(), "--trials", "1200", "--format", "csv");

        assertThat(run.status()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).startsWith("draft,service,levelPercent,");
        assertThat(lines.stream().filter(l -> l.startsWith("draft,"))).hasSize(1);
        List<String> acmeRows = alone.out().lines().skip(1).toList();
        assertThat(lines.subList(1, 1 + acmeRows.size())).containsExactlyElementsOf(
                acmeRows.stream().map(row -> acme + "," + row).toList());
        assertThat(lines.get(1 + acmeRows.size())).startsWith(globex + ",");
    }

    @Test
    void aBrokenDraftAmongOthersIsNamedAndTheRestAreSimulated() throws IOException {
        Path acme = copy(EXAMPLE, "acme.sla.json");
        Path bad = broken("bad.sla.json");

        CommandRun run = CommandRun.of("simulate", bad.toString(), acme.toString(), "--trials", "1200");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains(bad.toString());
        assertThat(run.out()).contains("== " + acme + " ==").doesNotContain("== " + bad + " ==");
    }
}
