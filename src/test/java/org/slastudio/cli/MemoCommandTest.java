package org.slastudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slastudio.export.Fingerprint;
import org.slastudio.export.MemoOption;
import org.slastudio.model.Agreement;
import org.slastudio.model.Agreements;
import org.slastudio.model.Negotiation;
import org.slastudio.model.Position;
import org.slastudio.model.Service;
import org.slastudio.store.Draft;
import org.slastudio.store.DraftStore;

class MemoCommandTest {

    @TempDir
    Path dir;

    private Path save(String name, Agreement agreement) throws IOException {
        Path file = dir.resolve(name);
        DraftStore.save(file, Draft.of(agreement));
        return file;
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ').replaceAll("\\s+", " ");
        }
    }

    private static Agreement withPositions() {
        return Agreements.valid().withNegotiation(new Negotiation(List.of(new Position(
                "services[storage].levels[24x7].targetPercent", new BigDecimal("99.987"), List.of(new BigDecimal("99.943")),
                new BigDecimal("97.321"))), List.of()));
    }

    @Test
    void twoDraftsMakeAMemoWithTheirNamesRecommendationAndFingerprints() throws IOException {
        Agreement ours = withPositions();
        Agreement theirs = MemoOption.atLevel(ours, new BigDecimal("99.5")).agreement();
        Path a = save("ours.sla.json", ours);
        Path b = save("theirs.sla.json", theirs);
        Path pdf = dir.resolve("memo.pdf");

        CommandRun run = CommandRun.of("memo", a.toString(), b.toString(), "-o", pdf.toString(), "--names", "Ours,Theirs",
                "--recommendation", "Accept theirs for storage only.", "--trials", "1200", "--seed", "7");

        assertThat(run.status()).as(run.err()).isZero();
        String fingerprint = Fingerprint.shortOf(Draft.of(ours.withNegotiation(Negotiation.none())));
        assertThat(run.out()).contains("Wrote " + pdf).contains("2 options").contains("seed 7").contains(fingerprint);
        String text = text(pdf);
        assertThat(text).contains("1 Ours", "2 Theirs", "Accept theirs for storage only.", "Draft fingerprint " + fingerprint,
                "Object Storage", "Managed Database", "seed 7 for every option");
        assertThat(text).doesNotContain("99.987", "99.943", "97.321");
        assertThat(dir).isDirectoryNotContaining("glob:**.part");
    }

    @Test
    void oneDraftWithLevelsMakesOneOptionPerLevelAndSaysTheRule() throws IOException {
        Path draft = save("draft.sla.json", Agreements.valid());
        Path pdf = dir.resolve("levels.pdf");

        CommandRun run = CommandRun.of("memo", draft.toString(), "--levels", "99.5,99.9,99.95", "-o", pdf.toString(),
                "--trials", "1200");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("3 options");
        assertThat(text(pdf)).contains("1 99.5%", "2 99.9%", "3 99.95%", "level of every service set to 99.95%");
    }

    @ParameterizedTest(name = "{0} drafts are refused")
    @ValueSource(ints = {1, 5})
    void fewerThanTwoOrMoreThanFourDraftsAreAMisuse(int count) throws IOException {
        Path draft = save("draft.sla.json", Agreements.valid());
        String[] args = new String[count + 3];
        args[0] = "memo";
        for (int i = 1; i <= count; i++) {
            args[i] = draft.toString();
        }
        args[count + 1] = "-o";
        args[count + 2] = dir.resolve("memo.pdf").toString();

        CommandRun run = CommandRun.of(args);

        assertThat(run.status()).isEqualTo(Cli.UNREADABLE);
        assertThat(run.err()).contains("an options memo compares two to four drafts; " + count + " given");
        assertThat(dir.resolve("memo.pdf")).doesNotExist();
    }

    @Test
    void oneLevelIsNotAChoice() throws IOException {
        Path draft = save("draft.sla.json", Agreements.valid());

        CommandRun run = CommandRun.of("memo", draft.toString(), "--levels", "99.9", "-o", dir.resolve("m.pdf").toString());

        assertThat(run.status()).isEqualTo(Cli.UNREADABLE);
        assertThat(run.err()).contains("--levels needs two to four levels; 1 given");
    }

    @Test
    void levelsWithMoreThanOneDraftAreRefused() throws IOException {
        Path draft = save("draft.sla.json", Agreements.valid());

        CommandRun run = CommandRun.of("memo", draft.toString(), draft.toString(), "--levels", "99.5,99.9",
                "-o", dir.resolve("m.pdf").toString());

        assertThat(run.status()).isEqualTo(Cli.UNREADABLE);
        assertThat(run.err()).contains("--levels makes the options from one draft; 2 given");
    }

    @Test
    void namesMustBeOnePerOption() throws IOException {
        Path draft = save("draft.sla.json", Agreements.valid());

        CommandRun run = CommandRun.of("memo", draft.toString(), draft.toString(), "--names", "Only one",
                "-o", dir.resolve("m.pdf").toString());

        assertThat(run.status()).isEqualTo(Cli.UNREADABLE);
        assertThat(run.err()).contains("--names gives 1 name for 2 options");
    }

    @Test
    void anUnreadableDraftIsReportedWithExitTwo() throws IOException {
        Path good = save("draft.sla.json", Agreements.valid());
        Path broken = dir.resolve("broken.sla.json");
        Files.writeString(broken, "{ not json");

        CommandRun run = CommandRun.of("memo", good.toString(), broken.toString(), "-o", dir.resolve("m.pdf").toString());

        assertThat(run.status()).isEqualTo(Cli.UNREADABLE);
        assertThat(run.err()).contains("memo: " + broken + " cannot be read");
        assertThat(run.err()).doesNotContain("Exception");
    }

    @Test
    void aDraftTheSimulatorCannotUseIsAFindingNamingTheOptionAndField() throws IOException {
        Agreement a = Agreements.valid();
        Service s = a.services().get(0);
        Agreement feeless = a.withServices(List.of(new Service(s.id(), s.name(), s.description(), s.providerId(),
                s.recipientId(), null, s.businessImportance(), s.downtimeCostPerHour(), s.levels(), s.measurement()),
                a.services().get(1)));
        Path good = save("a.sla.json", a);
        Path bad = save("b.sla.json", feeless);

        CommandRun run = CommandRun.of("memo", good.toString(), bad.toString(), "-o", dir.resolve("m.pdf").toString(),
                "--trials", "1200");

        assertThat(run.status()).isEqualTo(Cli.FINDINGS);
        assertThat(run.err()).contains("Option \"Option B\"").contains("$.services[0].monthlyFee");
    }
}
