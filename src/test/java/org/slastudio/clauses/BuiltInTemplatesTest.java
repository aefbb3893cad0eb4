package org.slastudio.clauses;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slastudio.model.Agreement;
import org.slastudio.model.AgreementType;
import org.slastudio.model.Clause;
import org.slastudio.model.CreditRegime;
import org.slastudio.model.CreditTier;
import org.slastudio.model.Section;
import org.slastudio.model.ServiceLevel;
import org.slastudio.review.Finding;
import org.slastudio.review.Review;
import org.slastudio.review.Severity;
import org.slastudio.store.LoadResult;
import org.slastudio.store.Template;
import org.slastudio.store.TemplateCatalogue;

/** Every built-in template against the review and every library clause against every template. */
class BuiltInTemplatesTest {

    private static final TemplateCatalogue CATALOGUE = TemplateCatalogue.builtIn();

    static Stream<Template> templates() {
        return CATALOGUE.templates().stream();
    }

    private static Agreement load(Template t) {
        LoadResult result = CATALOGUE.load(t);
        assertThat(result.problems()).as(t.name()).isEmpty();
        return result.draft().agreement();
    }

    @Test
    void theCatalogueListsEveryTemplateFileWithATitleAndADescription() throws IOException {
        List<String> files;
        try (Stream<Path> found = Files.list(Path.of("templates"))) {
            files = found.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sla.json")).sorted().toList();
        }

        assertThat(CATALOGUE.templates()).extracting(Template::name).containsExactly("cloud-hosting", "saas-subscription",
                "it-outsourcing", "service-desk", "multi-level", "marketing-sales", "business-hours", "cloud-infrastructure");
        assertThat(files).hasSize(CATALOGUE.templates().size());
        assertThat(CATALOGUE.templates()).allSatisfy(t -> {
            assertThat(t.title()).isNotBlank();
            assertThat(t.description()).hasSizeBetween(80, 260);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void aTemplateLoadsWithoutProblemsAndTheReviewFindsNoErrorOrWarning(Template t) {
        List<Finding> findings = Review.of(load(t));

        assertThat(findings).as(t.name()).noneMatch(f -> f.severity() == Severity.ERROR || f.severity() == Severity.WARNING);
    }

    /** Every figure a clause states comes from a placeholder, so no clause is left behind when a term changes. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void aTemplateTypesNoFigureIntoItsClauses(Template t) {
        List<Finding> findings = Review.of(load(t));

        assertThat(findings).as(t.name()).noneMatch(f -> f.path().startsWith("$.clauses"));
    }

    /**
     * A template's own clauses say only what the generated text does not (LibraryClausesReadWellTest), so a section
     * the generated text covers may have none; the sections only clauses can fill always have one, and no section
     * has two.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void aTemplateIsCompleteWithItsOwnClausesInDocumentOrderWhoseNumbersComeFromTheDraft(Template t) {
        Agreement a = load(t);

        assertThat(a.parties()).hasSizeGreaterThanOrEqualTo(2).allSatisfy(p -> {
            assertThat(p.legalName()).isNotBlank();
            assertThat(p.address()).isNotBlank();
            assertThat(p.signatory().name()).isNotBlank();
        });
        assertThat(a.services()).isNotEmpty();
        assertThat(a.windows()).isNotEmpty();
        assertThat(a.metrics()).isNotEmpty();
        assertThat(a.clauses()).extracting(Clause::section).doesNotHaveDuplicates().isSorted()
                .contains(Section.DEFINITIONS, Section.MEASUREMENT, Section.EXCLUSIONS, Section.REPORTING, Section.ESCALATION,
                        Section.TERMINATION, Section.REVIEW_OF_SERVICE_LEVELS);
        for (Clause c : a.clauses()) {
            assertThat(Placeholders.unknown(c.text())).as(t.name() + " " + c.heading()).isEmpty();
            assertThat(Placeholders.unfilled(c.text(), a)).as(t.name() + " " + c.heading()).isEmpty();
            assertThat(Placeholders.fill(c.text(), a)).as(t.name() + " " + c.heading()).doesNotContain("{{", "}}").hasSizeGreaterThan(80);
        }
        if (a.overview().type() != AgreementType.INTERNAL) {
            assertThat(a.services()).allSatisfy(s -> assertThat(s.monthlyFee()).as(s.id()).isNotNull());
        }
    }

    /** Under the terms each level has (its own tiers, or the agreement's drawn at its target), the target ends the top tier. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void everyCreditBearingTargetEndsTheTopCreditTier(Template t) {
        Agreement a = load(t);
        List<ServiceLevel> creditBearing = a.services().stream().flatMap(s -> s.levels().stream())
                .filter(ServiceLevel::creditBearing).toList();

        if (a.creditRegime().tiers().isEmpty() && creditBearing.stream().allMatch(l -> l.credits() == null)) {
            assertThat(creditBearing).as("no tiers, so nothing credit-bearing").isEmpty();
            return;
        }
        assertThat(creditBearing).as(t.name()).isNotEmpty();
        for (ServiceLevel level : creditBearing) {
            List<CreditTier> tiers = a.creditsFor(level).tiers();
            BigDecimal top = tiers.stream().map(tier -> tier.upper().percent()).max(BigDecimal::compareTo).orElseThrow();
            assertThat(level.targetPercent()).as(t.name() + " " + level).isEqualByComparingTo(top);
            assertThat(tiers.stream().filter(tier -> tier.contains(top))).as("the target itself earns nothing").isEmpty();
        }
    }

    @Test
    void theInternalTemplateHasNoMoneyCreditsButAnEscalation() {
        Agreement a = load(CATALOGUE.find("marketing-sales").orElseThrow());

        assertThat(a.overview().type()).isEqualTo(AgreementType.INTERNAL);
        assertThat(a.creditRegime().tiers()).isEmpty();
        assertThat(a.services()).allSatisfy(s -> assertThat(s.monthlyFee()).isNull());
        assertThat(a.metric("qualified-leads").orElseThrow().target()).isEqualByComparingTo("400");
        assertThat(a.clauses()).filteredOn(c -> c.section() == Section.ESCALATION).singleElement()
                .satisfies(c -> assertThat(c.text()).contains("executive sponsor"));
    }

    @Test
    void theOutsourcingTemplateSharesItsAtRiskAmountByAPoolOfMoreThanAHundredPercent() {
        Agreement a = load(CATALOGUE.find("it-outsourcing").orElseThrow());

        assertThat(a.creditRegime().atRisk().percentOfMonthlyCharges()).isEqualByComparingTo("12");
        assertThat(a.creditRegime().atRisk().allocations().stream().map(p -> p.percent()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("250");
        assertThat(a.creditRegime().earnBack().followingPeriods()).isEqualTo(3);
        assertThat(a.metrics()).extracting(m -> m.classification().name()).contains("CRITICAL", "KEY");
    }

    static Stream<LibraryClause> libraryClauses() {
        return ClauseLibrary.builtIn().clauses().stream();
    }

    /**
     * A library clause, inserted with the figures it brings, fills in full wherever the draft has what it refers to; the
     * only gaps allowed are credit terms a template does not use (an internal agreement has no credits; only outsourcing
     * has an at-risk amount). It types in no figure: the review has nothing to say about it but those gaps.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("libraryClauses")
    void aLibraryClauseFillsAgainstEveryTemplateExceptForCreditTermsTheTemplateDoesNotUse(LibraryClause clause) {
        int filledInFull = 0;
        for (Template t : CATALOGUE.templates()) {
            Agreement a = clause.addTo(load(t));
            List<Placeholders.Gap> gaps = Placeholders.unfilled(clause.text(), a);
            String filled = Placeholders.fill(clause.text(), a);
            String inserted = "$.clauses[" + (a.clauses().size() - 1) + "]";

            assertThat(Review.of(a)).as(t.name()).filteredOn(f -> f.path().startsWith(inserted))
                    .allSatisfy(f -> assertThat(f.message()).contains("which cannot be filled"));
            assertThat(Placeholders.unfilled(clause.heading(), a)).as(t.name()).isEmpty();

            assertThat(Placeholders.unknown(clause.text())).isEmpty();
            for (Placeholders.Gap gap : gaps) {
                assertThat(unset(gap.name(), a.creditRegime())).as(t.name() + ": " + gap).isTrue();
                assertThat(filled).contains("{{" + gap.name() + "}}");
            }
            if (gaps.isEmpty()) {
                assertThat(filled).as(t.name()).doesNotContain("{{", "}}");
                filledInFull++;
            }
        }
        assertThat(filledInFull).as("templates the clause fills in full").isPositive();
    }

    private static boolean unset(String placeholder, CreditRegime r) {
        return switch (placeholder) {
            case "credits.tiers" -> r.tiers().isEmpty();
            case "credits.monthlyCap" -> r.monthlyCapPercent() == null;
            case "credits.rollingTwelveMonthCap" -> r.rollingTwelveMonthCapPercent() == null;
            case "credits.minimumCredit" -> r.minimumCredit() == null;
            case "credits.claimDeadline" -> r.claimDeadline() == null;
            case "credits.earnBackPeriods" -> r.earnBack() == null;
            case "credits.atRisk", "credits.poolAllocation" -> r.atRisk() == null;
            default -> false;
        };
    }
}
