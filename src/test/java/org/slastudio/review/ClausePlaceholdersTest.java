package org.slastudio.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.slastudio.review.Drafts.all;
import static org.slastudio.review.Drafts.set;
import static org.slastudio.review.ReviewCase.finds;
import static org.slastudio.review.Severity.ERROR;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ClausePlaceholdersTest {

    private static final String TEXT = "$.clauses[0].text";

    static Stream<ReviewCase> placeholdersThatCannotBeFilled() {
        return Stream.of(
                finds("unknown name", set(TEXT, "Credits are capped at {{credits.cap}}."), TEXT, ERROR,
                        "Clause 1 'Service credits' uses {{credits.cap}}, which is not a placeholder SLA Studio knows"),
                finds("unknown name in the heading", set("$.clauses[1].heading", "Exclusions for {{customer.name}}"), "$.clauses[1].heading",
                        ERROR, "uses {{customer.name}}, which is not a placeholder SLA Studio knows"),
                finds("unknown family", set(TEXT, "{{supplier.legalName}} pays."), TEXT, ERROR, "{{supplier.legalName}}"),
                finds("opening braces without closing ones", set(TEXT, "Paid to {{customer.legalName by then."), TEXT, ERROR,
                        "uses {{customer.legalName, whose braces do not pair up"),
                finds("closing braces without opening ones", set(TEXT, "Paid to customer.legalName}} by then."), TEXT, ERROR,
                        "uses customer.legalName}}, whose braces do not pair up"),
                finds("a service the draft does not have", set(TEXT, "At least {{service.network.target}}."), TEXT, ERROR,
                        "uses {{service.network.target}}, which cannot be filled: the draft has no service 'network'"),
                finds("a window the service has no target in", set(TEXT, "{{service.storage.target.business-hours}}"), TEXT, ERROR,
                        "service 'storage' has no target in window 'business-hours'"),
                finds("a value the draft leaves unset", all(set("$.creditRegime.monthlyCapPercent", null),
                                set(TEXT, "Capped at {{credits.monthlyCap}}.")), TEXT, ERROR,
                        "uses {{credits.monthlyCap}}, which cannot be filled: the monthly cap is not set"),
                finds("a clause without a heading is named by its number", all(set("$.clauses[0].heading", null),
                                set(TEXT, "{{credits.cap}}")), TEXT, ERROR, "Clause 1 uses {{credits.cap}}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("placeholdersThatCannotBeFilled")
    void aPlaceholderThatCannotBeFilledIsAnError(ReviewCase c) {
        c.assertFound();
    }

    @Test
    void theFixForAnUnknownPlaceholderNamesThoseOfTheSameFamily() {
        ReviewCase c = finds("fix", set(TEXT, "{{credits.cap}}"), TEXT, ERROR, "credits.cap");

        org.assertj.core.api.Assertions.assertThat(c.review()).filteredOn(f -> f.path().equals(TEXT)).singleElement()
                .satisfies(f -> org.assertj.core.api.Assertions.assertThat(f.suggestedFix())
                        .contains("{{credits.monthlyCap}}", "{{credits.claimDeadline}}").doesNotContain("{{provider.legalName}}"));
    }

    @Test
    void aHeadingAndTextOf100000CharactersWithoutASpaceAreReviewedQuicklyAndQuotedShort() {
        ReviewCase c = finds("long words", all(set("$.clauses[0].heading", "x".repeat(100_000)),
                set(TEXT, "{{" + "y".repeat(100_000))), TEXT, ERROR, "whose braces do not pair up");

        // The stray-brace search was quadratic in the length of a word: a minute or more for this heading.
        List<Finding> findings = assertTimeoutPreemptively(Duration.ofSeconds(5), c::review);

        assertThat(findings).filteredOn(f -> f.path().equals(TEXT)).singleElement().satisfies(f -> {
            assertThat(f.message()).matches("Clause 1 'x+…x+' uses \\{\\{y+…y+, whose braces do not pair up\\.");
            assertThat(f.message().length()).isLessThan(300);
        });
    }

    @Test
    void placeholdersTheDraftFillsAreClean() {
        // In the reporting section, where none of these terms is stated by the agreement itself (see RestatedTermsTest).
        ReviewCase.assertClean(Drafts.all(set("$.clauses[0].section", org.slastudio.model.Section.REPORTING), set(TEXT, "{{customer.legalName}} may claim {{credits.tiers}} of {{credits.feeBasis}}, up to "
                + "{{credits.monthlyCap}}, within {{credits.claimDeadline}}; {{service.storage.name}} is promised {{service.storage.target}} "
                + "{{window.24x7.hours}}, with maintenance {{window.24x7.maintenance}}, and P1 response {{metric.incident-response.P1}}.")));
    }
}
