package org.slastudio.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slastudio.model.Agreement;
import org.slastudio.model.Clause;
import org.slastudio.model.CreditTier;
import org.slastudio.model.Priority;
import org.slastudio.model.PriorityTarget;
import org.slastudio.model.Section;

class TemplateCatalogueTest {

    @AfterEach
    void forgetTheOverride() {
        System.clearProperty(UserFolders.HOME_PROPERTY);
    }

    @Test
    void everyBuiltInTemplateLoadsWithoutAProblem() {
        TemplateCatalogue catalogue = TemplateCatalogue.builtIn();

        assertThat(catalogue.templates()).isNotEmpty();
        for (Template template : catalogue.templates()) {
            LoadResult result = catalogue.load(template);
            assertThat(result.problems()).as(template.name()).isEmpty();
            assertThat(template.title()).isNotBlank();
            assertThat(template.description()).isNotBlank();
        }
    }

    @Test
    void theCloudHostingTemplateIsTheAgreementItDescribes() {
        TemplateCatalogue catalogue = TemplateCatalogue.builtIn();
        Agreement a = catalogue.load(catalogue.find("cloud-hosting").orElseThrow()).draft().agreement();

        assertThat(a.party("provider").orElseThrow().legalName()).isEqualTo("Northwind Cloud GmbH");
        assertThat(a.services()).extracting(s -> s.levels().get(0).targetPercent())
                .containsExactly(new BigDecimal("99.95"), new BigDecimal("99.95"), new BigDecimal("99.5"));
        assertThat(a.window("business-hours").orElseThrow().holidays()).contains(LocalDate.of(2026, 4, 3),
                LocalDate.of(2026, 12, 28)).hasSize(8);
        assertThat(a.window("24x7").orElseThrow().isTwentyFourSeven()).isTrue();
        // every level refers to a window and every service to a party that exists
        a.services().forEach(s -> {
            assertThat(a.party(s.providerId())).isPresent();
            s.levels().forEach(l -> assertThat(a.window(l.windowId())).as(l.windowId()).isPresent());
        });
        a.metrics().stream().filter(m -> m.clockWindowId() != null)
                .forEach(m -> assertThat(a.window(m.clockWindowId())).isPresent());
        assertThat(a.metric("incident-response-urgent").orElseThrow().priorityTargets())
                .extracting(PriorityTarget::priority).containsExactly(Priority.P1, Priority.P2);
        // its own clauses only where the generated text leaves something to say: none for credits or metrics
        assertThat(a.clauses()).extracting(Clause::section).doesNotContain(Section.SERVICE_CREDITS, Section.METRICS)
                .contains(Section.DEFINITIONS, Section.EXCLUSIONS, Section.ESCALATION, Section.TERMINATION).isSorted();
        assertThat(a.clauses()).allSatisfy(c -> assertThat(c.text()).hasSizeGreaterThan(100));
    }

    @Test
    void theCloudHostingCreditTiersLeaveNoGapAndDoNotOverlap() {
        TemplateCatalogue catalogue = TemplateCatalogue.builtIn();
        Agreement a = catalogue.load(catalogue.find("cloud-hosting").orElseThrow()).draft().agreement();

        for (String availability : new String[] {"99.95", "99.9499", "99.0", "98.9999", "95.0", "94.9999", "0"}) {
            BigDecimal value = new BigDecimal(availability);
            long tiers = a.creditRegime().tiers().stream().filter(t -> t.contains(value)).count();
            assertThat(tiers).as(availability).isEqualTo(availability.equals("99.95") ? 0 : 1);
        }
        assertThat(a.creditRegime().tiers()).extracting(CreditTier::creditPercent)
                .containsExactly(new BigDecimal("10"), new BigDecimal("25"), new BigDecimal("50"));
    }

    @Test
    void userTemplatesAreListedAfterTheBuiltInOnes(@TempDir Path folder) throws IOException {
        DraftStore.save(folder.resolve("my-hosting.sla.json"), Draft.of(Fixtures.full()));

        TemplateCatalogue catalogue = TemplateCatalogue.builtIn().withUserFolder(folder);

        assertThat(catalogue.templates()).last().satisfies(t -> {
            assertThat(t.name()).isEqualTo("my-hosting");
            assertThat(t.title()).isEqualTo("Managed Platform SLA");
            assertThat(t.description()).isEqualTo("Keep the shop running.");
        });
        assertThat(catalogue.templates().get(0).name()).isEqualTo("cloud-hosting");
        assertThat(catalogue.load(catalogue.find("my-hosting").orElseThrow()).draft().agreement()).isEqualTo(Fixtures.full());
    }

    @Test
    void aUserTemplateNamedLikeABuiltInOneGetsItsOwnName(@TempDir Path folder) throws IOException {
        DraftStore.save(folder.resolve("cloud-hosting.sla.json"), Draft.of(Fixtures.full()));

        TemplateCatalogue catalogue = TemplateCatalogue.builtIn().withUserFolder(folder);

        assertThat(catalogue.templates()).extracting(Template::name).startsWith("cloud-hosting").endsWith("user-cloud-hosting")
                .containsOnlyOnce("cloud-hosting", "user-cloud-hosting");
        assertThat(catalogue.load(catalogue.find("user-cloud-hosting").orElseThrow()).draft().agreement())
                .isEqualTo(Fixtures.full());
    }

    @Test
    void aBrokenUserTemplateIsListedAndLoadingItSaysWhy(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("broken.sla.json"), "{\"schemaVersion\": 1,");

        TemplateCatalogue catalogue = TemplateCatalogue.builtIn().withUserFolder(folder);
        Template broken = catalogue.find("broken").orElseThrow();

        assertThat(broken.description()).startsWith("Cannot be read");
        assertThat(catalogue.load(broken).readable()).isFalse();
    }

    @Test
    void theStandardCatalogueReadsTheUsersTemplateFolder(@TempDir Path home) throws IOException {
        System.setProperty(UserFolders.HOME_PROPERTY, home.toString());
        Files.createDirectories(UserFolders.templates());
        DraftStore.save(UserFolders.templates().resolve("mine.sla.json"), Draft.of(Agreement.blank()));

        assertThat(TemplateCatalogue.standard().find("mine")).isPresent();
    }

    @Test
    void aMissingUserFolderAddsNothing(@TempDir Path home) {
        assertThat(TemplateCatalogue.builtIn().withUserFolder(home.resolve("none")).templates())
                .isEqualTo(TemplateCatalogue.builtIn().templates());
    }

    @Test
    void loadingATemplateFromElsewhereIsAFatalProblemNotAnException() {
        LoadResult result = TemplateCatalogue.builtIn().load(new Template("nope", "Nope", ""));

        assertThat(result.readable()).isFalse();
        assertThat(result.problems().get(0).message()).contains("no template named \"nope\"", "cloud-hosting");
    }
}
