package org.slastudio.clauses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slastudio.model.Clause;
import org.slastudio.model.Section;

class ClauseLibraryTest {

    private final ClauseLibrary library = ClauseLibrary.builtIn();

    @Test
    void theLibraryCoversEverySectionTheIssueAsksFor() {
        Set<Section> covered = library.clauses().stream().map(LibraryClause::section).collect(Collectors.toSet());

        assertThat(covered).containsAll(EnumSet.of(Section.DEFINITIONS, Section.MEASUREMENT, Section.EXCLUSIONS,
                Section.SERVICE_CREDITS, Section.REPORTING, Section.ESCALATION, Section.TERMINATION, Section.REVIEW_OF_SERVICE_LEVELS));
        assertThat(library.find("credits-sole-remedy")).isPresent();
        assertThat(library.find("credits-not-sole-remedy")).isPresent();
        assertThat(library.find("earn-back-standard")).isPresent();
        assertThat(library.find("termination-chronic-failure")).isPresent();
    }

    @Test
    void everyClauseSaysWhenToUseItAndWhichSideItFavours() {
        assertThat(library.clauses()).hasSizeGreaterThanOrEqualTo(20).allSatisfy(c -> {
            assertThat(c.id()).matches("[a-z0-9-]+");
            assertThat(c.heading()).isNotBlank();
            assertThat(c.note()).as(c.id()).hasSizeGreaterThan(40).doesNotContain("{{");
            assertThat(c.text()).as(c.id()).hasSizeGreaterThan(150);
            assertThat(c.favours()).isNotNull();
            assertThat(Placeholders.unknown(c.text())).as(c.id()).isEmpty();
            assertThat(Placeholders.unknown(c.heading())).as(c.id()).isEmpty();
        });
        // each side is offered somewhere, so the drafter has a choice
        assertThat(library.clauses().stream().map(LibraryClause::favours).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Favours.values());
    }

    @Test
    void aClauseBringsEveryFigureItNamesAndAFigureSharedByClausesIsOneTerm() {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        for (LibraryClause c : library.clauses()) {
            Set<String> brought = c.figures().stream().map(org.slastudio.model.AgreedFigure::id).collect(Collectors.toSet());
            Set<String> named = Placeholders.names(c.heading() + " " + c.text()).stream().filter(n -> n.startsWith("figure."))
                    .map(n -> n.substring("figure.".length())).collect(Collectors.toSet());

            assertThat(brought).as(c.id()).isEqualTo(named);
            for (org.slastudio.model.AgreedFigure f : c.figures()) {
                assertThat(f.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
                assertThat(names.putIfAbsent(f.id(), f.name())).as(c.id() + " " + f.id()).isIn(null, f.name());
            }
        }
        assertThat(library.find("termination-chronic-failure").orElseThrow().figures())
                .extracting(org.slastudio.model.AgreedFigure::id).contains("termination-notice");
    }

    @Test
    void clausesOfASectionAreThoseOfThatSectionInFileOrder() {
        assertThat(library.clauses(Section.EXCLUSIONS)).extracting(LibraryClause::id)
                .containsExactly("exclusions-standard", "exclusions-broad", "exclusions-narrow");
        assertThat(library.clauses(Section.PARTIES)).isEmpty();
    }

    @Test
    void aLibraryClauseGoesIntoADraftWithItsPlaceholdersSoItFollowsLaterEdits() {
        LibraryClause c = library.find("credits-sole-remedy").orElseThrow();

        assertThat(c.toClause()).isEqualTo(new Clause(Section.SERVICE_CREDITS, c.heading(), c.text()));
        assertThat(c.toClause().text()).contains("{{customer.legalName}}", "{{provider.legalName}}");
        assertThat(c.favours()).isEqualTo(Favours.PROVIDER);
        assertThat(c.favours().label()).isEqualTo("provider-friendly");
    }

    @Test
    void aWellFormedLibraryIsReadInOrder() {
        ClauseLibrary parsed = ClauseLibrary.parse("""
                {"clauses": [
                  {"id": "a", "section": "service-credits", "heading": "H", "favours": "customer-friendly", "note": "N", "text": "T {{customer.legalName}}"},
                  {"id": "b", "section": "review-of-service-levels", "heading": "H2", "favours": "balanced", "note": "N2", "text": "T2"}
                ]}""");

        assertThat(parsed.clauses()).containsExactly(
                new LibraryClause("a", Section.SERVICE_CREDITS, "H", "T {{customer.legalName}}", "N", Favours.CUSTOMER, java.util.List.of()),
                new LibraryClause("b", Section.REVIEW_OF_SERVICE_LEVELS, "H2", "T2", "N2", Favours.BALANCED, java.util.List.of()));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "{\"id\": \"a\", \"section\": \"exclusions\", \"heading\": \"H\", \"favours\": \"balanced\", \"note\": \"N\"}"
                    + "| clause a has no text",
            "{\"id\": \"a\", \"section\": \"exclusions\", \"heading\": \"H\", \"favours\": \"neutral\", \"note\": \"N\", \"text\": \"T\"}"
                    + "| clause a favours 'neutral'; use provider-friendly, balanced or customer-friendly",
            "{\"section\": \"exclusions\", \"heading\": \"H\", \"favours\": \"balanced\", \"note\": \"N\", \"text\": \"T\"}"
                    + "| clause ? has no id",
            "{\"id\": \"a\", \"section\": \"exclusions\", \"heading\": \"  \", \"favours\": \"balanced\", \"note\": \"N\", \"text\": \"T\"}"
                    + "| clause a has no heading"})
    void aBrokenLibraryEntrySaysWhichClauseAndWhatIsWrong(String entry, String message) {
        assertThatThrownBy(() -> ClauseLibrary.parse("{\"clauses\": [" + entry + "]}")).hasMessageContaining(message);
    }

    @Test
    void anIdUsedTwiceIsRefused() {
        String entry = "{\"id\": \"a\", \"section\": \"exclusions\", \"heading\": \"H\", \"favours\": \"balanced\", \"note\": \"N\", \"text\": \"T\"}";

        assertThatThrownBy(() -> ClauseLibrary.parse("{\"clauses\": [" + entry + "," + entry + "]}")).hasMessageContaining("the id a is used twice");
    }
}
