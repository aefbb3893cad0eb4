package org.slastudio.ui.start;

import org.slastudio.model.Agreement;
import org.slastudio.model.AgreementType;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.ClaimDeadline;
import org.slastudio.model.ClaimDeadlineRule;
import org.slastudio.model.ClockStart;
import org.slastudio.model.Contact;
import org.slastudio.model.CreditRegime;
import org.slastudio.model.CreditTier;
import org.slastudio.model.DataSource;
import org.slastudio.model.EarnBack;
import org.slastudio.model.FeeBasis;
import org.slastudio.model.MaintenanceWindow;
import org.slastudio.model.MeasurementMethod;
import org.slastudio.model.MeasurementPeriod;
import org.slastudio.model.MeasurementRule;
import org.slastudio.model.Metric;
import org.slastudio.model.MetricClassification;
import org.slastudio.model.MetricKind;
import org.slastudio.model.Money;
import org.slastudio.model.Overview;
import org.slastudio.model.Party;
import org.slastudio.model.PartyRole;
import org.slastudio.model.Priority;
import org.slastudio.model.PriorityTarget;
import org.slastudio.model.Renewal;
import org.slastudio.model.ReportingFrequency;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;
import org.slastudio.model.Signatory;
import org.slastudio.model.TargetComparator;
import org.slastudio.model.Term;
import org.slastudio.model.TierBound;
import org.slastudio.model.WeeklyHours;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;

/** A complete agreement the review finds nothing wrong with, built in code so tests do not depend on templates. */
public final class ExampleAgreement {
    private ExampleAgreement() {
    }

    public static Agreement managedHosting() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Overview overview = new Overview("Managed Hosting Service Level Agreement", AgreementType.SERVICE_BASED,
                LocalDate.of(2027, 1, 1), new Term(24, Renewal.AUTOMATIC, 12, 90),
                "Sets the availability and support the provider promises for hosting the customer's web shop, "
                        + "and the service credits owed when a promise is missed.",
                "Germany", Currency.getInstance("EUR"), MeasurementPeriod.CALENDAR_MONTH, berlin, "1.0");
        List<Party> parties = List.of(
                new Party("provider", PartyRole.PROVIDER, "Nimbus Hosting GmbH", "Friedrichstraße 12, 10117 Berlin, Germany",
                        new Contact("Service Desk", "sla@nimbus-hosting.example", "+49 30 1234 5670"),
                        new Signatory("Dr. Anna Weber", "Managing Director")),
                new Party("customer", PartyRole.CUSTOMER, "Acme Retail Ltd", "1 Market Street, Manchester M1 1AA, United Kingdom",
                        new Contact("IT Operations", "it-ops@acme-retail.example", "+44 161 555 0100"),
                        new Signatory("James Carter", "Chief Information Officer")));
        AvailabilityWindow always = new AvailabilityWindow("24x7", "Around the clock", berlin,
                List.of(new WeeklyHours(EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)),
                List.of(),
                List.of(new MaintenanceWindow("Sunday maintenance", EnumSet.of(DayOfWeek.SUNDAY), LocalTime.of(2, 0),
                        LocalTime.of(4, 0), 48)));
        AvailabilityWindow business = new AvailabilityWindow("business-hours", "Business hours", berlin,
                List.of(new WeeklyHours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 0), LocalTime.of(18, 0))),
                List.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 24), LocalDate.of(2027, 12, 25), LocalDate.of(2027, 12, 26)),
                List.of());
        List<Service> services = List.of(
                new Service("web-shop", "Web shop hosting", "Production hosting of the customer's web shop, including load balancers and database.",
                        "provider", "customer", Money.of("12000.00", "EUR"), new BigDecimal("5"), Money.of("8500.00", "EUR"),
                        List.of(new ServiceLevel("24x7", new BigDecimal("99.95"), true),
                                new ServiceLevel("business-hours", new BigDecimal("99.9"), false)),
                        new MeasurementRule(MeasurementMethod.TIME_BASED, null, null, 5,
                                ClockStart.AT_FAILURE, false)),
                new Service("support", "Support desk", "Phone and e-mail support for incidents and service requests.",
                        "provider", "customer", Money.of("2500.00", "EUR"), new BigDecimal("3"), null,
                        List.of(new ServiceLevel("business-hours", new BigDecimal("99.5"), false)),
                        MeasurementRule.timeBased()));
        CreditRegime credits = new CreditRegime(
                List.of(new CreditTier(TierBound.inclusive("99.5"), TierBound.exclusive("99.95"), new BigDecimal("5"), null),
                        new CreditTier(TierBound.inclusive("99.0"), TierBound.exclusive("99.5"), new BigDecimal("10"), null),
                        new CreditTier(TierBound.inclusive("95.0"), TierBound.exclusive("99.0"), new BigDecimal("25"), null),
                        new CreditTier(null, TierBound.exclusive("95.0"), new BigDecimal("50"), null)),
                FeeBasis.AFFECTED_SERVICE, new BigDecimal("50"), new BigDecimal("25"), null, Money.of("100.00", "EUR"),
                new EarnBack(3, null), new ClaimDeadline(ClaimDeadlineRule.DAYS_AFTER_PERIOD_END, 30), true);
        List<Metric> metrics = List.of(
                new Metric("incident-response", "Incident response time", MetricKind.RESPONSE_TIME, "support",
                        TargetComparator.AT_MOST, null, "", List.of(
                        new PriorityTarget(Priority.P1, Duration.ofMinutes(15), new BigDecimal("95")),
                        new PriorityTarget(Priority.P2, Duration.ofHours(1), new BigDecimal("95")),
                        new PriorityTarget(Priority.P3, Duration.ofHours(4), new BigDecimal("90")),
                        new PriorityTarget(Priority.P4, Duration.ofDays(2), null)),
                        "business-hours", MeasurementPeriod.CALENDAR_MONTH, ReportingFrequency.MONTHLY, DataSource.AUTOMATED,
                        "provider", MetricClassification.CRITICAL),
                new Metric("incident-resolution", "Incident resolution time", MetricKind.RESOLUTION_TIME, "support",
                        TargetComparator.AT_MOST, null, "", List.of(
                        new PriorityTarget(Priority.P1, Duration.ofHours(4), new BigDecimal("90")),
                        new PriorityTarget(Priority.P2, Duration.ofHours(8), new BigDecimal("90"))),
                        "business-hours", MeasurementPeriod.CALENDAR_MONTH, ReportingFrequency.MONTHLY, DataSource.AUTOMATED,
                        "provider", MetricClassification.KEY),
                new Metric("page-errors", "Checkout error rate", MetricKind.ERROR_RATE, "web-shop", TargetComparator.AT_MOST,
                        new BigDecimal("0.5"), "%", List.of(), null, MeasurementPeriod.CALENDAR_MONTH, ReportingFrequency.MONTHLY,
                        DataSource.AUTOMATED, "provider", MetricClassification.KEY));
        return new Agreement(overview, parties, services, List.of(always, business), credits, metrics, List.of());
    }
}
