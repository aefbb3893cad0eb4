package org.slastudio.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.slastudio.model.Agreement;
import org.slastudio.model.BusinessDayDeadline;
import org.slastudio.model.ClaimDeadline;
import org.slastudio.model.ClaimDeadlineRule;
import org.slastudio.model.CreditRegime;
import org.slastudio.model.Metric;
import org.slastudio.model.PriorityTarget;
import org.slastudio.model.Section;
import org.slastudio.store.Draft;

/** The example with its claims counted in business days and its P4 response due by the end of the next business day. */
class BusinessDayWordingPdfTest {
    private static final ZonedDateTime ISSUED = ZonedDateTime.of(2026, 11, 27, 10, 30, 0, 0, ZoneId.of("Europe/London"));

    @Test
    void theAgreementStatesBusinessDayDeadlinesInContractWordsAndDefinesABusinessDay() {
        Draft example = ExportedPdf.example();
        Agreement a = example.agreement();
        CreditRegime r = a.creditRegime();
        CreditRegime claims = new CreditRegime(r.tiers(), r.feeBasis(), r.monthlyCapPercent(), r.rollingTwelveMonthCapPercent(),
                r.atRisk(), r.minimumCredit(), r.earnBack(),
                new ClaimDeadline(ClaimDeadlineRule.BUSINESS_DAYS_AFTER_PERIOD_END, 10, "business-hours"), r.soleRemedy());
        List<Metric> metrics = a.metrics().stream().map(m -> !m.id().equals("incident-response-standard") ? m
                : new Metric(m.id(), m.name(), m.kind(), m.serviceId(), m.comparator(), m.target(), m.unit(),
                m.priorityTargets().stream().map(t -> t.priority() != org.slastudio.model.Priority.P4 ? t
                        : new PriorityTarget(t.priority(), null, t.compliancePercent(), BusinessDayDeadline.END_OF_NEXT_BUSINESS_DAY)).toList(),
                m.clockWindowId(), m.period(), m.reporting(), m.dataSource(), m.responsiblePartyId(), m.classification())).toList();
        Draft edited = Draft.of(a.withCreditRegime(claims).withMetrics(metrics));

        String text = ExportedPdf.read(ExportedPdf.export(edited, new ExportOptions(false, ISSUED, Locale.UK))).flatText();

        assertThat(text).contains("claim a Service Credit in writing within 10 Business Days of the Business hours Availability "
                        + "Window after the end of the calendar month in which it arose")
                .contains("by the end of the next Business Day")
                .contains("within 4 Business Hours")
                // the example defines Business Day itself, in its definition of Business Hours: no second definition
                .contains("“Business Day” means a day on which there are Business Hours")
                .doesNotContain("“Business Day” means, for a measure");

        Agreement ownWordsRemoved = edited.agreement().withClauses(edited.agreement().clauses().stream()
                .filter(c -> c.section() != Section.DEFINITIONS).toList());
        String defined = ExportedPdf.read(ExportedPdf.export(Draft.of(ownWordsRemoved), new ExportOptions(false, ISSUED, Locale.UK)))
                .flatText();
        assertThat(defined).contains("“Business Day” means, for a measure or deadline that names an Availability Window, a day "
                + "on which that window is open at some time, other than its holidays; the Business Day ends when the window's last "
                + "hours that day end. An Incident logged outside the window's hours counts as logged when the window next opens.");
    }
}
