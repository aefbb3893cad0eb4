package org.slastudio.model;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;

/**
 * Agreements for tests. {@link #valid()} is a realistic, complete draft that the review finds nothing wrong with,
 * so a test can change one thing and see only the effect of that change.
 */
public final class Agreements {
    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private Agreements() {
    }

    /**
     * Northwind Cloud provides Object Storage (99.9% around the clock, credit-bearing) and Managed Database (99.9% in
     * business hours, credit-bearing; 99.5% around the clock, reported only) to Contoso Retail. Credits: 10% below
     * 99.9%, 25% below 99.0%, 50% below 95.0%, capped at 50% a month and 20% over twelve months.
     */
    public static Agreement valid() {
        return new Agreement(overview(), parties(), services(), windows(), creditRegime(), metrics(), clauses());
    }

    private static Overview overview() {
        return new Overview("Cloud Hosting Service Level Agreement", AgreementType.CUSTOMER_BASED, LocalDate.of(2027, 1, 1),
                new Term(36, Renewal.AUTOMATIC, 12, 90),
                "The availability and support Northwind Cloud provides to Contoso Retail for its online shop.",
                "England and Wales", Currency.getInstance("EUR"), MeasurementPeriod.CALENDAR_MONTH, BERLIN, "0.3");
    }

    private static List<Party> parties() {
        return List.of(
                new Party("provider", PartyRole.PROVIDER, "Northwind Cloud GmbH", "Hafenstrasse 1, 20457 Hamburg, Germany",
                        new Contact("Service Desk", "sla@northwind.example", "+49 40 5550100"),
                        new Signatory("Anna Becker", "Managing Director")),
                new Party("customer", PartyRole.CUSTOMER, "Contoso Retail Ltd", "1 King Street, London EC2V 8AU, United Kingdom",
                        new Contact("Priya Shah", "it-vendor@contoso.example", "+44 20 79460000"),
                        new Signatory("James Hall", "Chief Information Officer")));
    }

    private static List<Service> services() {
        MeasurementRule fiveMinuteOutages = new MeasurementRule(MeasurementMethod.TIME_BASED, null, null, 5, ClockStart.AT_FAILURE, false);
        return List.of(
                new Service("storage", "Object Storage", "S3-compatible storage for product images and order documents.",
                        "provider", "customer", Money.of("12000.00", "EUR"), new BigDecimal("5"), Money.of("8000.00", "EUR"),
                        List.of(new ServiceLevel("24x7", new BigDecimal("99.9"), true)), fiveMinuteOutages),
                new Service("database", "Managed Database", "PostgreSQL cluster behind the shop's order system.",
                        "provider", "customer", Money.of("8500.00", "EUR"), new BigDecimal("4"), Money.of("5000.00", "EUR"),
                        List.of(new ServiceLevel("business-hours", new BigDecimal("99.9"), true),
                                new ServiceLevel("24x7", new BigDecimal("99.5"), false)),
                        fiveMinuteOutages));
    }

    private static List<AvailabilityWindow> windows() {
        AvailabilityWindow always = AvailabilityWindow.twentyFourSeven("24x7", "Around the clock", BERLIN);
        return List.of(
                new AvailabilityWindow(always.id(), always.name(), always.zone(), always.hours(), List.of(),
                        List.of(new MaintenanceWindow("Sunday maintenance", EnumSet.of(DayOfWeek.SUNDAY),
                                LocalTime.of(2, 0), LocalTime.of(4, 0), 72))),
                new AvailabilityWindow("business-hours", "Business hours", BERLIN,
                        List.of(new WeeklyHours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 0), LocalTime.of(18, 0))),
                        List.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 27)), List.of()));
    }

    private static CreditRegime creditRegime() {
        return new CreditRegime(
                List.of(new CreditTier(TierBound.inclusive("99.0"), TierBound.exclusive("99.9"), new BigDecimal("10"), null),
                        new CreditTier(TierBound.inclusive("95.0"), TierBound.exclusive("99.0"), new BigDecimal("25"), null),
                        new CreditTier(null, TierBound.exclusive("95.0"), new BigDecimal("50"), null)),
                FeeBasis.AFFECTED_SERVICE, new BigDecimal("50"), new BigDecimal("20"), null, Money.of("100.00", "EUR"),
                new EarnBack(3, null), new ClaimDeadline(ClaimDeadlineRule.DAYS_AFTER_PERIOD_END, 30), true);
    }

    private static List<Metric> metrics() {
        return List.of(
                new Metric("storage-availability", "Object Storage availability", MetricKind.AVAILABILITY, "storage",
                        TargetComparator.AT_LEAST, new BigDecimal("99.9"), "%", List.of(), null, MeasurementPeriod.CALENDAR_MONTH,
                        ReportingFrequency.MONTHLY, DataSource.AUTOMATED, "provider", MetricClassification.CRITICAL),
                new Metric("incident-response", "Incident response time", MetricKind.RESPONSE_TIME, null, TargetComparator.AT_MOST,
                        null, null,
                        List.of(new PriorityTarget(Priority.P1, Duration.ofMinutes(15), new BigDecimal("95")),
                                new PriorityTarget(Priority.P2, Duration.ofHours(1), new BigDecimal("95")),
                                new PriorityTarget(Priority.P3, Duration.ofHours(4), new BigDecimal("90")),
                                new PriorityTarget(Priority.P4, Duration.ofHours(8), null)),
                        "business-hours", MeasurementPeriod.CALENDAR_MONTH, ReportingFrequency.MONTHLY, DataSource.AUTOMATED,
                        "provider", MetricClassification.KEY),
                new Metric("incident-resolution", "Incident resolution time", MetricKind.RESOLUTION_TIME, null, TargetComparator.AT_MOST,
                        null, null,
                        List.of(new PriorityTarget(Priority.P1, Duration.ofHours(4), new BigDecimal("90")),
                                new PriorityTarget(Priority.P2, Duration.ofHours(8), new BigDecimal("90")),
                                new PriorityTarget(Priority.P3, Duration.ofDays(2), null),
                                new PriorityTarget(Priority.P4, Duration.ofDays(5), null)),
                        "business-hours", MeasurementPeriod.CALENDAR_MONTH, ReportingFrequency.MONTHLY, DataSource.AUTOMATED,
                        "provider", MetricClassification.KEY));
    }

    private static List<Clause> clauses() {
        return List.of(
                new Clause(Section.SERVICE_CREDITS, "Service credits",
                        "Service credits are applied to the invoice following the month in which they are claimed."),
                new Clause(Section.EXCLUSIONS, "Exclusions",
                        "Downtime caused by the Customer, by force majeure or during announced maintenance does not count."));
    }
}
