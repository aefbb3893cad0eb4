package org.slastudio.review;

import static org.slastudio.review.Drafts.set;
import static org.slastudio.review.ReviewCase.finds;
import static org.slastudio.review.Severity.ERROR;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slastudio.model.Negotiation;
import org.slastudio.model.Round;

class DatesInRangeTest {

    static Stream<ReviewCase> datesNoCalendarCanHold() {
        return Stream.of(
                finds("an effective date in the year 999999999", set("$.overview.effectiveDate", LocalDate.of(999_999_999, 1, 1)),
                        "$.overview.effectiveDate", ERROR, "The effective date +999999999-01-01 is outside the years 1900 to 2200"),
                finds("an effective date before 1900", set("$.overview.effectiveDate", LocalDate.of(1899, 12, 31)),
                        "$.overview.effectiveDate", ERROR, "1899-12-31 is outside the years 1900 to 2200"),
                finds("a holiday in the year 999999999", set("$.windows[1].holidays[1]", LocalDate.of(999_999_999, 12, 27)),
                        "$.windows[1].holidays[1]", ERROR, "Window 'Business hours': holiday 2 +999999999-12-27 is outside"),
                finds("a holiday after 2200", set("$.windows[1].holidays[0]", LocalDate.of(2201, 1, 1)),
                        "$.windows[1].holidays[0]", ERROR, "holiday 1 2201-01-01 is outside the years 1900 to 2200"),
                finds("a round dated in year 1", set("$.negotiation", new Negotiation(List.of(),
                                List.of(new Round(2, "customer", LocalDate.of(1, 3, 1), "")))),
                        "$.negotiation.rounds[0].date", ERROR, "Round 2: the date 0001-03-01 is outside"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datesNoCalendarCanHold")
    void aDateOutsideTheYears1900To2200IsAnError(ReviewCase c) {
        c.assertFound();
    }

    @Test
    void theFirstAndLastDaysOfTheRangeAreClean() {
        ReviewCase.assertClean(Drafts.all(set("$.overview.effectiveDate", LocalDate.of(2200, 12, 31)),
                set("$.windows[1].holidays[0]", LocalDate.of(1900, 1, 1))));
    }
}
