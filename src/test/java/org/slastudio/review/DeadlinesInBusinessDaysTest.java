package org.slastudio.review;

import static org.slastudio.review.Drafts.set;
import static org.slastudio.review.ReviewCase.finds;
import static org.slastudio.review.Severity.ERROR;
import static org.slastudio.review.Severity.WARNING;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slastudio.model.BusinessDayDeadline;
import org.slastudio.model.ClaimDeadline;
import org.slastudio.model.ClaimDeadlineRule;
import org.slastudio.model.Priority;
import org.slastudio.model.PriorityTarget;

/**
 * Claim deadlines from the incident or in business days, and targets by the end of a business day, in the valid
 * agreement: its response metric (P1 15 min to P4 8 h) runs on the "Business hours" window, Mon-Fri 08:00-18:00.
 */
class DeadlinesInBusinessDaysTest {
    private static final String CLAIM = "$.creditRegime.claimDeadline";
    private static final String RESPONSE = "$.metrics[1].priorityTargets";

    static Stream<ReviewCase> claimDeadlines() {
        return Stream.of(
                finds("business days without a window", set(CLAIM, new ClaimDeadline(ClaimDeadlineRule.BUSINESS_DAYS_AFTER_PERIOD_END, 10)),
                        CLAIM + ".calendarWindowId", ERROR, "counts business days but does not say whose"),
                finds("business days of a window that is not there",
                        set(CLAIM, new ClaimDeadline(ClaimDeadlineRule.BUSINESS_DAYS_AFTER_INCIDENT, 10, "office")),
                        CLAIM + ".calendarWindowId", ERROR, "counts the business days of window 'office', but no window has that id"),
                finds("business days of a window open every day",
                        set(CLAIM, new ClaimDeadline(ClaimDeadlineRule.BUSINESS_DAYS_AFTER_PERIOD_END, 10, "24x7")),
                        CLAIM + ".calendarWindowId", WARNING, "which is open every day: its business days are calendar days"),
                finds("a window beside calendar days changes nothing",
                        set(CLAIM, new ClaimDeadline(ClaimDeadlineRule.DAYS_AFTER_INCIDENT, 30, "business-hours")),
                        CLAIM + ".calendarWindowId", WARNING, "counts calendar days: the window changes nothing"),
                finds("a window beside billing cycles changes nothing",
                        set(CLAIM, new ClaimDeadline(ClaimDeadlineRule.END_OF_NTH_FOLLOWING_BILLING_CYCLE, 2, "business-hours")),
                        CLAIM + ".calendarWindowId", WARNING, "counts billing cycles: the window changes nothing"),
                finds("zero days from the incident", set(CLAIM, new ClaimDeadline(ClaimDeadlineRule.DAYS_AFTER_INCIDENT, 0)),
                        CLAIM + ".count", ERROR, "The claim deadline of 0 leaves no time to claim"),
                finds("no count of business days",
                        set(CLAIM, new ClaimDeadline(ClaimDeadlineRule.BUSINESS_DAYS_AFTER_INCIDENT, null, "business-hours")),
                        CLAIM + ".count", ERROR, "leaves no time to claim"));
    }

    static Stream<ReviewCase> businessDayTargets() {
        return Stream.of(
                finds("a business day on a 24x7 clock", Drafts.all(set("$.metrics[1].clockWindowId", null),
                                set(RESPONSE + "[3]", new PriorityTarget(Priority.P4, null, null, BusinessDayDeadline.END_OF_NEXT_BUSINESS_DAY))),
                        RESPONSE + "[3].dueBy", ERROR, "P4 is due by the end of a business day, but the metric's clock runs 24x7"),
                finds("a business day on a clock open around the clock", Drafts.all(set("$.metrics[1].clockWindowId", "24x7"),
                                set(RESPONSE + "[3]", new PriorityTarget(Priority.P4, null, null, BusinessDayDeadline.END_OF_NEXT_BUSINESS_DAY))),
                        RESPONSE + "[3].dueBy", WARNING, "is open around the clock: every day is a business day that ends at midnight"),
                finds("a time beside a business day has no effect",
                        set(RESPONSE + "[3]", new PriorityTarget(Priority.P4, Duration.ofHours(8), null, BusinessDayDeadline.END_OF_NEXT_BUSINESS_DAY)),
                        RESPONSE + "[3].within", WARNING, "P4 is due by the end of a business day, so its time of 8 Business Hours has no effect"),
                finds("a less urgent priority due sooner", Drafts.all(
                                set(RESPONSE + "[2]", new PriorityTarget(Priority.P3, null, null, BusinessDayDeadline.END_OF_NEXT_BUSINESS_DAY)),
                                set(RESPONSE + "[3]", new PriorityTarget(Priority.P4, null, null, BusinessDayDeadline.END_OF_SAME_BUSINESS_DAY))),
                        RESPONSE + "[3].dueBy", WARNING, "P4 is due by the end of the same Business Day, sooner than P3"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"claimDeadlines", "businessDayTargets"})
    void deadlinesAsSlasWriteThemAreFoundWanting(ReviewCase c) {
        c.assertFound();
    }

    @Test
    void aClaimDeadlineFromTheIncidentOrInTheBusinessDaysOfAWindowIsFine() {
        ReviewCase.assertClean(set(CLAIM, new ClaimDeadline(ClaimDeadlineRule.DAYS_AFTER_INCIDENT, 30)));
        ReviewCase.assertClean(set(CLAIM, new ClaimDeadline(ClaimDeadlineRule.BUSINESS_DAYS_AFTER_PERIOD_END, 10, "business-hours")));
        ReviewCase.assertClean(set(CLAIM, new ClaimDeadline(ClaimDeadlineRule.BUSINESS_DAYS_AFTER_INCIDENT, 10, "business-hours")));
    }

    @Test
    void timesForTheUrgentAndBusinessDaysForTheRestAreFine() {
        ReviewCase.assertClean(Drafts.all(
                set(RESPONSE + "[2]", new PriorityTarget(Priority.P3, null, null, BusinessDayDeadline.END_OF_SAME_BUSINESS_DAY)),
                set(RESPONSE + "[3]", new PriorityTarget(Priority.P4, null, null, BusinessDayDeadline.END_OF_NEXT_BUSINESS_DAY))));
        ReviewCase.assertClean(set("$.metrics[1].priorityTargets", List.of(
                new PriorityTarget(Priority.P1, Duration.ofMinutes(15), null),
                new PriorityTarget(Priority.P4, null, null, BusinessDayDeadline.END_OF_NEXT_BUSINESS_DAY))));
    }
}
