package org.slastudio.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slastudio.model.Agreement;
import org.slastudio.model.Agreements;
import org.slastudio.model.Clause;
import org.slastudio.model.Section;

class RestatedTermsTest {
    private static List<Finding> restated(Section section, String heading, String text) {
        Agreement valid = Agreements.valid();
        List<Clause> clauses = new ArrayList<>(valid.clauses());
        clauses.add(new Clause(section, heading, text));
        return Review.of(valid.withClauses(clauses)).stream()
                .filter(f -> f.path().equals("$.clauses[2].text") && f.message().contains("appears twice")).toList();
    }

    @ParameterizedTest(name = "{0} ''{1}'': {2}")
    @CsvSource(delimiter = '|', value = {
            // section          | heading          | text                                                                  | restates (empty: nothing)
            "SERVICE_CREDITS    | Credits          | The Customer may claim {{credits.tiers}} of the fee.                  | the credit tiers; \"Credit tiers\"",
            "SERVICE_CREDITS    | Credits          | Credits are capped at {{credits.monthlyCap}} a month.                 | the caps and minimum credit; \"Caps and minimum\"",
            "SERVICE_CREDITS    | Credits          | A credit is claimed within {{credits.claimDeadline}}.                 | the claim deadline; \"Claims\"",
            "SERVICE_CREDITS    | Credits          | A credit is earned back after {{credits.earnBackPeriods}}.            | the earn-back; \"Earn-back\"",
            // a typed figure that is a term of the draft: the 30-day claim deadline
            "SERVICE_CREDITS    | Credits          | A claim is made in writing within 30 days of the month's end.         | the claim deadline; \"Claims\"",
            // the draft's own wording of the sole remedy takes the place of the agreement's (SaidOnceTest)
            "SERVICE_CREDITS    | Remedy           | Service Credits are the Customer's sole and exclusive remedy.         | ''",
            "SERVICE_CREDITS    | Credits          | Credits are capped at one hundred per cent of the fee.                | ''",
            "AVAILABILITY       | Availability     | Object Storage is available {{service.storage.target}} of the month.  | the availability targets; \"Service levels\"",
            "AVAILABILITY       | Availability     | The service runs {{window.24x7.hours}}.                               | the hours of the Availability Windows; \"Availability Windows\"",
            "SERVICES           | Fees             | Object Storage costs {{service.storage.monthlyFee}} a month.          | the monthly fees; \"Services covered\"",
            "MEASUREMENT        | Downtime         | Outages under {{service.storage.minimumOutage}} are not counted.      | the measurement rules; \"How Downtime is counted\"",
            "OVERVIEW           | Term             | The Agreement runs for {{agreement.initialTerm}}.                     | the term of the Agreement; \"Term\"",
            "OVERVIEW           | Purpose and scope | This Agreement sets out the service levels for the online shop.      | the purpose of the Agreement; \"Purpose\"",
            "PARTIES            | Contacts         | The Provider is at {{provider.address}}.                              | the parties' addresses; the clause of each party",
            // the same terms where the agreement does not state them: a definition, a report, a termination right
            "DEFINITIONS        | Definitions      | \"Business Hours\" means {{window.business-hours.hours}}.             | ''",
            "REPORTING          | Report           | The report states {{service.storage.target}} and {{credits.tiers}}.   | ''",
            "TERMINATION        | Termination      | The Customer may end the Agreement on {{agreement.noticePeriod}}.     | ''",
            "SERVICE_CREDITS    | Credits          | Credits are set off against the next invoice.                         | ''",
            "OVERVIEW           | Background       | The Customer runs an online shop.                                     | ''"})
    void aClauseStatingATermTheAgreementStatesInTheSameSectionIsNoted(Section section, String heading, String text,
                                                                     String restates) {
        List<Finding> findings = restated(section, heading, text);

        if (restates.isEmpty()) {
            assertThat(findings).isEmpty();
        } else {
            String[] parts = restates.split("; ");
            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.INFO);
                assertThat(f.message()).startsWith("Clause 3 '" + heading + "' restates " + parts[0] + ",")
                        .contains("already states in " + parts[1] + " of the same section");
            });
        }
    }
}
