package org.slastudio.ui.credits;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slastudio.model.ClaimDeadline;
import org.slastudio.model.ClaimDeadlineRule;
import org.slastudio.ui.start.ExampleAgreement;

/** The day a claim deadline implies beside it, for the example's first month: January 2027, Berlin, 1 January a holiday. */
class ClaimCalendarTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "DAYS_AFTER_PERIOD_END          | 30 | -              | A credit for January 2027 must be claimed by Tue 2 Mar 2027.",
            "END_OF_NTH_FOLLOWING_BILLING_CYCLE | 2 | -           | A credit for January 2027 must be claimed by Wed 31 Mar 2027.",
            "DAYS_AFTER_INCIDENT            | 30 | -              | A credit for January 2027 whose first outage began Fri 1 Jan 2027 must be claimed by Sun 31 Jan 2027.",
            "BUSINESS_DAYS_AFTER_PERIOD_END | 10 | business-hours | A credit for January 2027 must be claimed by Fri 12 Feb 2027.",
            // 1 January is a holiday: 4 to 8 and 11 to 15 January
            "BUSINESS_DAYS_AFTER_INCIDENT   | 10 | business-hours | A credit for January 2027 whose first outage began Fri 1 Jan 2027 must be claimed by Fri 15 Jan 2027.",
            "BUSINESS_DAYS_AFTER_INCIDENT   | 10 | -              | Choose the window whose business days count.",
    })
    void theDeadlineShowsTheDayItImpliesForTheFirstPeriod(ClaimDeadlineRule rule, int count, String window, String text) {
        assertThat(ClaimCalendar.example(ExampleAgreement.managedHosting(), new ClaimDeadline(rule, count, window))).isEqualTo(text);
    }
}
