package org.slastudio.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slastudio.review.ReviewCase.finds;
import static org.slastudio.review.Severity.INFO;
import static org.slastudio.review.Severity.WARNING;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slastudio.model.AgreedFigure;
import org.slastudio.model.Agreement;
import org.slastudio.model.Agreements;
import org.slastudio.model.Clause;
import org.slastudio.model.Quantity;
import org.slastudio.model.Section;

/**
 * Figures typed into clause texts, held against the valid agreement's terms: Object Storage at 99.9% around the clock,
 * the Managed Database at 99.9% in business hours (08:00 to 18:00) and 99.5% around the clock, tiers 10/25/50% below
 * 99.9%, 99.0% and 95.0%, caps 50% and 20%, a minimum credit of EUR 100.00, claims within 30 days, a 36-month term
 * renewing for 12 months on 90 days' notice, maintenance on 72 hours' notice, outages counted from 5 minutes.
 */
class StatedFiguresTest {
    private static final String TEXT = "$.clauses[2].text";

    private static UnaryOperator<Agreement> clause(String text) {
        return a -> {
            List<Clause> clauses = new java.util.ArrayList<>(a.clauses());
            clauses.add(new Clause(Section.REPORTING, "Availability", text));
            return a.withClauses(clauses);
        };
    }

    static Stream<ReviewCase> staleFigures() {
        return Stream.of(
                finds("a target left behind", clause("Object Storage is available 99.95 per cent of the time."), TEXT, WARNING,
                        "Clause 3 'Availability' states \"99.95 per cent\", which no term of the draft has: the clause may be"
                                + " out of date. It probably means the target of Object Storage in Around the clock or the target of"
                                + " Managed Database in Business hours (or 2 more), which are 99.9%."),
                finds("a cap left behind", clause("Credits never exceed 40% of the fee."), TEXT, WARNING,
                        "It probably means the credit of credit tier 3 or the monthly cap, which are 50%."),
                finds("a minimum credit left behind", clause("Credits below EUR 75.00 are not issued."), TEXT, WARNING,
                        "It probably means the minimum credit, which is EUR 100.00."),
                finds("a claim period left behind", clause("Claims must be made within 45 days."), TEXT, WARNING,
                        "It probably means the claim deadline, which is 30 days."),
                finds("business hours left behind", clause("Support runs from 08:00 to 17:30."), TEXT, WARNING,
                        "states \"17:30\", which no term of the draft has"),
                finds("a term of its own", clause("Disputes are escalated within ten Business Days."), TEXT, WARNING,
                        "states \"ten Business Days\", which no term of the draft has: the clause may be out of date."),
                finds("typed but right", clause("Storage is available 99.9 per cent of the time; claims within 30 days."),
                        TEXT, INFO, "types in \"99.9 per cent\" (the same as the target of Object Storage in Around the clock,"
                                + " or 3 other terms), \"30 days\" (the same as the claim deadline): a typed figure does not follow"),
                finds("equally near from above and below", clause("Claims must be made within 60 days of the month's end."),
                        TEXT, WARNING, "It probably means the notice to end the agreement (90 days) or the claim deadline"
                                + " (30 days)."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("staleFigures")
    void aFigureTypedIntoAClauseIsHeldAgainstTheDraftsTerms(ReviewCase c) {
        c.assertFound();
    }

    @Test
    void theFixNamesThePlaceholderOfTheTermItProbablyMeans() {
        List<Finding> found = Review.of(clause("Credits never exceed 19% of the fees in any twelve months.").apply(Agreements.valid()));

        assertThat(found).filteredOn(f -> f.path().equals(TEXT)).singleElement()
                .satisfies(f -> assertThat(f.suggestedFix()).startsWith("Write {{credits.rollingTwelveMonthCap}} instead"));
    }

    @Test
    void placeholdersConstantsAndNumbersWithoutAUnitAreNeverFlagged() {
        ReviewCase.assertClean(clause("{{provider.legalName}} keeps {{service.storage.target}} in Schedule 1, Priority 1 and"
                + " clause 3.2, at most 100 per cent of the fee, in any rolling twelve-month period, since 1 January 2027."));
    }

    @Test
    void aFigureOfItsOwnIsATermOnceTheDraftNamesIt() {
        UnaryOperator<Agreement> withFigure = a -> clause("Disputes are escalated within {{figure.escalation}}.").apply(a)
                .withFigures(List.of(new AgreedFigure("escalation", "Time to escalate a dispute",
                        new Quantity(BigDecimal.TEN, Quantity.Unit.BUSINESS_DAYS, null))));

        ReviewCase.assertClean(withFigure);
        assertThat(Review.of(clause("Disputes are escalated within ten Business Days.").apply(withFigure.apply(Agreements.valid()))))
                .filteredOn(f -> f.path().equals("$.clauses[3].text")).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(INFO);
                    assertThat(f.suggestedFix()).isEqualTo("Write the placeholder of the term each means, e.g. {{figure.escalation}}.");
                });
    }
}
