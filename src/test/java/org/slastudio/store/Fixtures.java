package org.slastudio.store;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import java.time.DayOfWeek;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import java.util.Set;
import org.slastudio.model.AgreedFigure;
import org.slastudio.model.Agreement;
import org.slastudio.model.AgreementType;
import org.slastudio.model.AtRiskAmount;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.BusinessDayDeadline;
import org.slastudio.model.ClaimDeadline;
import org.slastudio.model.ClaimDeadlineRule;
import org.slastudio.model.Clause;
import org.slastudio.model.ClockStart;
import org.slastudio.model.Contact;
import org.slastudio.model.CreditRegime;
import org.slastudio.model.CreditTier;
import org.slastudio.model.DataSource;
import org.slastudio.model.EarnBack;
import org.slastudio.model.FeeBasis;
import org.slastudio.model.MaintenanceConvention;
import org.slastudio.model.MaintenanceRules;
import org.slastudio.model.MaintenanceWindow;
import org.slastudio.model.MeasurementMethod;
import org.slastudio.model.MeasurementPeriod;
import org.slastudio.model.MeasurementRule;
import org.slastudio.model.MinimumCreditRule;
import org.slastudio.model.MinimumOutageBound;
import org.slastudio.model.Metric;
import org.slastudio.model.MetricClassification;
import org.slastudio.model.MetricKind;
import org.slastudio.model.Money;
import org.slastudio.model.Negotiation;
import org.slastudio.model.Overview;
import org.slastudio.model.Party;
import org.slastudio.model.PartyRole;
import org.slastudio.model.PoolAllocation;
import org.slastudio.model.Position;
import org.slastudio.model.Priority;
import org.slastudio.model.PriorityTarget;
import org.slastudio.model.Quantity;
import org.slastudio.model.Renewal;
import org.slastudio.model.ReportingFrequency;
import org.slastudio.model.Round;
import org.slastudio.model.Section;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;
import org.slastudio.model.Signatory;
import org.slastudio.model.TargetComparator;
import org.slastudio.model.Term;
import org.slastudio.model.TierBound;
import org.slastudio.model.LevelCredits;
import org.slastudio.model.CreditTrigger;
import org.slastudio.model.WeeklyHours;
import org.slastudio.model.LevelCost;
import org.slastudio.model.OutageDurations;
import org.slastudio.model.OutageModel;
import org.slastudio.model.ProviderCost;
import org.slastudio.model.ParallelGroup;
import org.slastudio.model.SeriesGroup;
import org.slastudio.model.ServiceAssumptions;
import org.slastudio.model.UpstreamComponent;
import org.slastudio.model.SimulationAssumptions;

/** Agreements for tests, built in code so that a mistake in the reader cannot hide in the fixture. */
final class Fixtures {
    private Fixtures() {
    }

    /** The file text of {@link #full()}. */
    static String fullJson() {
        return DraftStore.write(Draft.of(full()));
    }

    /** The names of the files in a folder, to see that a save left nothing behind. */
    static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    /** Every component of every record set, decimals with telling scales (99.0, 2000.00, 99.95). */
    static Agreement full() {
        ZoneId london = ZoneId.of("Europe/London");
        Set<DayOfWeek> weekdays = EnumSet.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY);
        return new Agreement(
                new Overview("Managed Platform SLA", AgreementType.CUSTOMER_BASED, LocalDate.of(2026, 1, 1),
                        new Term(36, Renewal.AUTOMATIC, 12, 90), "Keep the shop running.", "England and Wales",
                        Currency.getInstance("EUR"), MeasurementPeriod.CALENDAR_MONTH, london, "0.3"),
                List.of(new Party("provider", PartyRole.PROVIDER, "Northwind Cloud GmbH", "Berlin",
                                new Contact("Service Desk", "sd@northwind.example", "+49 30 1234"),
                                new Signatory("Anna Schmidt", "Managing Director")),
                        new Party("customer", PartyRole.CUSTOMER, "Contoso Retail Ltd", "London",
                                new Contact("IT Ops", "ops@contoso.example", "+44 20 7946 0000"),
                                new Signatory("James Bell", "CIO"))),
                List.of(new Service("platform", "Platform", "Kubernetes", "provider", "customer",
                        Money.of("2000.00", "EUR"), new BigDecimal("5"), Money.of("1500.50", "EUR"),
                        List.of(new ServiceLevel("always", new BigDecimal("99.95"), true),
                                new ServiceLevel("business", new BigDecimal("99.0"), false, new LevelCredits(
                                        List.of(new CreditTier(TierBound.inclusive("98.0"), TierBound.target(false),
                                                null, null, new BigDecimal("10"))),
                                        FeeBasis.AFFECTED_SERVICE, new BigDecimal("25"), new BigDecimal("10"),
                                        Money.of("5.00", "EUR"), new EarnBack(2, null),
                                        new ClaimDeadline(ClaimDeadlineRule.END_OF_NTH_FOLLOWING_BILLING_CYCLE, 2),
                                        CreditTrigger.TIERS_AS_DRAFTED, MinimumCreditRule.MORE_THAN, new BigDecimal("30")))),
                        new MeasurementRule(MeasurementMethod.INTERVAL_SHARE, 5, new BigDecimal("5.0"), 5,
                                MinimumOutageBound.MORE_THAN, ClockStart.AT_FAULT_REPORT, true))),
                List.of(new AvailabilityWindow("business", "Business hours", london,
                        List.of(new WeeklyHours(weekdays, LocalTime.of(8, 0), LocalTime.of(18, 0)),
                                new WeeklyHours(EnumSet.of(SATURDAY), LocalTime.of(22, 30), LocalTime.of(6, 15))),
                        List.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28)),
                        List.of(new MaintenanceWindow("Sunday maintenance", EnumSet.of(SUNDAY), LocalTime.of(2, 0),
                                LocalTime.of(4, 0), 72)),
                        new MaintenanceRules(MaintenanceConvention.COUNTED_AS_AVAILABLE, 5, "business"))),
                new CreditRegime(
                        List.of(new CreditTier(TierBound.inclusive("99.0"), TierBound.exclusive("99.95"),
                                        new BigDecimal("10"), Money.of("50.00", "EUR")),
                                new CreditTier(null, TierBound.exclusive("99.0"), new BigDecimal("25.5"), null)),
                        FeeBasis.AT_RISK_AMOUNT, new BigDecimal("50"), new BigDecimal("20.00"),
                        new AtRiskAmount(new BigDecimal("12"), List.of(new PoolAllocation("platform", new BigDecimal("150")))),
                        Money.of("50", "EUR"), new EarnBack(3, new BigDecimal("99.99")),
                        new ClaimDeadline(ClaimDeadlineRule.BUSINESS_DAYS_AFTER_PERIOD_END, 10, "business"), true, CreditTrigger.TARGET_MISSED,
                        MinimumCreditRule.AT_LEAST, new BigDecimal("30.5")),
                List.of(new Metric("response", "Incident response", MetricKind.RESPONSE_TIME, "platform",
                        TargetComparator.AT_MOST, new BigDecimal("1.5"), "hours",
                        List.of(new PriorityTarget(Priority.P1, Duration.ofMinutes(15), new BigDecimal("95")),
                                new PriorityTarget(Priority.P3, null, null, BusinessDayDeadline.END_OF_NEXT_BUSINESS_DAY),
                                new PriorityTarget(Priority.P4, Duration.ofHours(100), new BigDecimal("90.0"))),
                        "business", MeasurementPeriod.CALENDAR_QUARTER, ReportingFrequency.MONTHLY, DataSource.MANUAL,
                        "provider", MetricClassification.KEY)),
                List.of(new Clause(Section.SERVICE_CREDITS, "Service credits", "Credits are the sole remedy.\n\"Quoted\" ünïcode €.")),
                List.of(new AgreedFigure("termination-notice", "Notice to terminate for persistent failure",
                                new Quantity(new BigDecimal("30"), Quantity.Unit.DAYS, null)),
                        new AgreedFigure("audit-cost-cap", "Cap on audit costs",
                                new Quantity(new BigDecimal("2500.00"), Quantity.Unit.MONEY, Currency.getInstance("EUR")))),
                new SimulationAssumptions(List.of(new BigDecimal("99.0"), new BigDecimal("99.95")),
                        new OutageModel(OutageDurations.LOGNORMAL, new BigDecimal("45.0"), null, new BigDecimal("1.2"),
                                new BigDecimal("20")),
                        new ProviderCost(List.of(new LevelCost(new BigDecimal("99.99"), Money.of("3100.00", "EUR"))),
                                Money.of("900.00", "EUR"), new BigDecimal("99.9"), new BigDecimal("2.5")),
                        List.of(new ServiceAssumptions("platform", List.of(new BigDecimal("99.5")),
                                new OutageModel(OutageDurations.FIXED, null, new BigDecimal("720"), null, null),
                                new ProviderCost(List.of(), null, null, new BigDecimal("3")),
                                new SeriesGroup("Platform", List.of(
                                        new UpstreamComponent("Load balancer", new BigDecimal("99.99"),
                                                "AWS Elastic Load Balancing SLA, multi-AZ 99.99%"),
                                        new ParallelGroup("Worker zones", List.of(
                                                new UpstreamComponent("Zone a", new BigDecimal("99.5"), "EC2 instance-level 99.5%"),
                                                new UpstreamComponent("Zone b", new BigDecimal("99.50"), null)))))),
                                new ServiceAssumptions("portal", List.of(), null, null)),
                        50000, 9007199254740993L),
                new Negotiation(
                        List.of(new Position("services[platform].levels[always].targetPercent", new BigDecimal("99.95"),
                                        List.of(new BigDecimal("99.9"), new BigDecimal("99.90")), new BigDecimal("99.5")),
                                new Position("creditRegime.tiers[1].creditPercent", new BigDecimal("30"), List.of(),
                                        new BigDecimal("20.0"))),
                        List.of(new Round(1, "customer", LocalDate.of(2026, 1, 5), "Opening draft."),
                                new Round(2, "provider", LocalDate.of(2026, 1, 19), "Their counter: 99.9% and ünïcode € notes."))));
    }

    /** A draft big enough that saving it takes a noticeable moment; {@code label} tells versions apart. */
    static Agreement large(String label, int services) {
        Agreement base = full();
        List<Service> many = new ArrayList<>();
        Service template = base.services().get(0);
        for (int i = 0; i < services; i++) {
            many.add(new Service("svc-" + i, label + " service " + i, "x".repeat(200), template.providerId(),
                    template.recipientId(), template.monthlyFee(), template.businessImportance(),
                    template.downtimeCostPerHour(), template.levels(), template.measurement()));
        }
        return base.withOverview(new Overview(label, base.overview().type(), base.overview().effectiveDate(),
                base.overview().term(), base.overview().purpose(), base.overview().governingLaw(),
                base.overview().currency(), base.overview().measurementPeriod(), base.overview().timeZone(), label))
                .withServices(many);
    }
}
