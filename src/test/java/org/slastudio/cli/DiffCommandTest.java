package org.slastudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slastudio.model.Agreement;
import org.slastudio.model.Agreements;
import org.slastudio.model.Clause;
import org.slastudio.model.Negotiation;
import org.slastudio.model.Position;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;
import org.slastudio.store.Draft;
import org.slastudio.store.DraftStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DiffCommandTest {

    @TempDir
    Path dir;

    private Path save(String name, Agreement agreement) throws IOException {
        Path file = dir.resolve(name);
        DraftStore.save(file, Draft.of(agreement));
        return file;
    }

    /** Managed Database at 99.5% in business hours instead of 99.9%, and a word changed in the first clause. */
    private static Agreement counterProposal() {
        Agreement a = Agreements.valid();
        List<Service> services = new ArrayList<>();
        for (Service s : a.services()) {
            List<ServiceLevel> levels = s.levels().stream().map(l -> s.id().equals("database") && l.windowId().equals("business-hours")
                    ? new ServiceLevel(l.windowId(), new BigDecimal("99.5"), l.creditBearing()) : l).toList();
            services.add(new Service(s.id(), s.name(), s.description(), s.providerId(), s.recipientId(), s.monthlyFee(),
                    s.businessImportance(), s.downtimeCostPerHour(), levels, s.measurement()));
        }
        Clause first = a.clauses().get(0);
        return a.withServices(services).withClauses(List.of(new Clause(first.section(), first.heading(),
                first.text().replace("claimed", "approved")), a.clauses().get(1)));
    }

    private static Agreement oursWithPosition() {
        return Agreements.valid().withNegotiation(new Negotiation(List.of(new Position(
                "services[database].levels[business-hours].targetPercent", new BigDecimal("99.95"),
                List.of(new BigDecimal("99.8")), new BigDecimal("99.5"))), List.of()));
    }

    @Test
    void twoDraftsThatAgreeExitWithZero() throws IOException {
        Path a = save("a.sla.json", Agreements.valid());
        Path b = save("b.sla.json", Agreements.valid().withServices(List.of(Agreements.valid().services().get(0),
                Agreements.valid().services().get(1))));

        CommandRun run = CommandRun.of("diff", a.toString(), b.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("agree on every term");
    }

    @Test
    void differentDraftsExitWithOneAndSayWhatChangedWhoItFavoursAndWhereItStands() throws IOException {
        Path ours = save("ours.sla.json", oursWithPosition());
        Path theirs = save("theirs.sla.json", counterProposal());

        CommandRun run = CommandRun.of("diff", ours.toString(), theirs.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("2 changes",
                "changed  Service 'Managed Database', window 'Business hours': target 99.9% -> 99.5% (allowed downtime in"
                        + " January 2027: 12 min -> 1 h)",
                "favours the provider; our position: within walk-away",
                "Clause 'Service credits': ... month in which they are [-claimed.-] {+approved.+}",
                "neutral");
    }

    @Test
    void theJsonFormatListsEachChangeWithItsTermAndWords() throws IOException {
        Path ours = save("ours.sla.json", oursWithPosition());
        Path theirs = save("theirs.sla.json", counterProposal());

        CommandRun run = CommandRun.of("diff", ours.toString(), theirs.toString(), "--format", "json");

        assertThat(run.status()).isEqualTo(1);
        JsonNode root = JsonMapper.builder().build().readTree(run.out());
        assertThat(root.get("equal").asBoolean()).isFalse();
        assertThat(root.get("theirs").asString()).isEqualTo(theirs.toString());
        JsonNode target = root.get("changes").get(0);
        assertThat(target.get("kind").asString()).isEqualTo("changed");
        assertThat(target.get("term").asString()).isEqualTo("services[database].levels[business-hours].targetPercent");
        assertThat(target.get("favours").asString()).isEqualTo("provider");
        assertThat(target.get("position").asString()).isEqualTo("within walk-away");
        JsonNode clause = root.get("changes").get(1);
        assertThat(clause.get("words").get(1).get("op").asString()).isEqualTo("delete");
        assertThat(clause.get("words").get(1).get("text").asString()).isEqualTo("claimed.");
    }

    @Test
    void theRedlineIsWrittenBesideTheComparisonAndTheExitStillSaysWhetherTheyDiffer() throws IOException {
        Path ours = save("ours.sla.json", oursWithPosition());
        Path theirs = save("theirs.sla.json", counterProposal());
        Path pdf = dir.resolve("changes.pdf");

        CommandRun run = CommandRun.of("diff", ours.toString(), theirs.toString(), "--redline", pdf.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("Wrote the changes to " + pdf);
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(CommandRun.of("diff", ours.toString(), theirs.toString(), "--redline",
                dir.resolve("no-such-folder/changes.pdf").toString()).status()).isEqualTo(2);
    }

    @Test
    void anUnreadableDraftExitsWithTwoAndSaysWhichFile() throws IOException {
        Path ours = save("ours.sla.json", Agreements.valid());
        Path broken = dir.resolve("broken.sla.json");
        Files.writeString(broken, "{ \"schemaVersion\": 1, ");

        CommandRun run = CommandRun.of("diff", ours.toString(), broken.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("diff: " + broken + " cannot be read").doesNotContain("Exception");
        assertThat(CommandRun.of("diff", ours.toString(), dir.resolve("missing.sla.json").toString()).status()).isEqualTo(2);
    }

    @Test
    void withoutTwoDraftsItIsAUsageError() {
        CommandRun run = CommandRun.of("diff", "only-one.sla.json");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required parameter").contains("Usage: sla-studio diff");
    }
}
