package org.slastudio.review;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.slastudio.model.Agreement;
import org.slastudio.model.AgreementType;
import org.slastudio.model.AtRiskAmount;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.ClaimDeadline;
import org.slastudio.model.ClaimDeadlineRule;
import org.slastudio.model.Clause;
import org.slastudio.model.ClockStart;
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
import org.slastudio.model.PoolAllocation;
import org.slastudio.model.Priority;
import org.slastudio.model.PriorityTarget;
import org.slastudio.model.Section;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;
import org.slastudio.model.Signatory;
import org.slastudio.model.TargetComparator;
import org.slastudio.model.TierBound;
import org.slastudio.model.WeeklyHours;

/**
 * Random drafts from a seed, with nulls anywhere a hand-edited file could leave them and ids drawn from a small set
 * so that references sometimes resolve and sometimes do not.
 */
final class RandomDrafts {
    private final Random random;

    RandomDrafts(long seed) {
        this.random = new Random(seed);
    }

    Agreement agreement() {
        return new Agreement(maybe(this::overview), list(this::party), list(this::service), list(this::window), maybe(this::regime),
                list(this::metric), list(this::clause));
    }

    private <T> T maybe(Supplier<T> value) {
        return random.nextInt(100) < 15 ? null : value.get();
    }

    private <T> List<T> list(Supplier<T> element) {
        if (random.nextInt(100) < 10) {
            return null;
        }
        List<T> list = new ArrayList<>();
        for (int i = random.nextInt(5); i > 0; i--) {
            list.add(maybe(element));
        }
        return list;
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return maybe(() -> options[random.nextInt(options.length)]);
    }

    private <E extends Enum<E>> E pick(Class<E> type) {
        return pick(type.getEnumConstants());
    }

    private String id() {
        return pick("provider", "customer", "storage", "24x7", "p1", "", " ");
    }

    private String name() {
        return pick("Object Storage", "Business hours", "Northwind Cloud GmbH", "", " ");
    }

    private BigDecimal percent() {
        if (random.nextBoolean()) {
            String value = pick("0", "95", "95.0", "99", "99.0", "99.9", "99.95", "99.999", "100");
            return value == null ? null : new BigDecimal(value);
        }
        return maybe(() -> BigDecimal.valueOf(random.nextInt(110_000) - 5_000, 3));
    }

    private Integer count() {
        return maybe(() -> random.nextInt(43) - 2);
    }

    private Money money() {
        return maybe(() -> new Money(maybe(() -> BigDecimal.valueOf(random.nextInt(2_000_000) - 1_000, 2)),
                pick(Currency.getInstance("EUR"), Currency.getInstance("USD"))));
    }

    private LocalTime time() {
        return pick(LocalTime.MIDNIGHT, LocalTime.of(6, 0), LocalTime.of(8, 0), LocalTime.of(18, 0), LocalTime.of(22, 0));
    }

    private Set<DayOfWeek> days() {
        return maybe(() -> {
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (DayOfWeek d : DayOfWeek.values()) {
                if (random.nextBoolean()) {
                    days.add(d);
                }
            }
            return days;
        });
    }

    private Overview overview() {
        return new Overview(name(), pick(AgreementType.class), pick(LocalDate.of(2027, 1, 1)), null, null, null,
                pick(Currency.getInstance("EUR"), Currency.getInstance("USD")), pick(MeasurementPeriod.class),
                pick(ZoneId.of("UTC"), ZoneId.of("Europe/Berlin")), null);
    }

    private Party party() {
        return new Party(id(), pick(PartyRole.class), name(), null, null, maybe(() -> new Signatory(name(), name())));
    }

    private Service service() {
        return new Service(id(), name(), null, id(), id(), money(), null, money(),
                list(() -> new ServiceLevel(id(), percent(), random.nextBoolean())),
                maybe(() -> new MeasurementRule(pick(MeasurementMethod.class), count(), percent(), count(), pick(ClockStart.class),
                        random.nextBoolean())));
    }

    private AvailabilityWindow window() {
        return new AvailabilityWindow(id(), name(), pick(ZoneId.of("Europe/Berlin")), list(() -> new WeeklyHours(days(), time(), time())),
                list(() -> LocalDate.of(2027, 12, 25)), list(() -> new MaintenanceWindow(name(), days(), time(), time(), count())));
    }

    private CreditRegime regime() {
        return new CreditRegime(list(this::tier), pick(FeeBasis.class), percent(), percent(),
                maybe(() -> new AtRiskAmount(percent(), list(() -> new PoolAllocation(id(), percent())))), money(),
                maybe(() -> new EarnBack(count(), percent())), maybe(() -> new ClaimDeadline(pick(ClaimDeadlineRule.class), count())),
                random.nextBoolean());
    }

    private CreditTier tier() {
        return new CreditTier(maybe(this::bound), maybe(this::bound), percent(), money());
    }

    private TierBound bound() {
        return new TierBound(percent(), random.nextBoolean());
    }

    private Metric metric() {
        return new Metric(id(), name(), pick(MetricKind.class), id(), pick(TargetComparator.class), percent(), "%",
                list(() -> new PriorityTarget(pick(Priority.class), maybe(() -> Duration.ofMinutes(random.nextInt(5000) - 5)), percent())),
                id(), pick(MeasurementPeriod.class), null, pick(DataSource.class), id(), pick(MetricClassification.class));
    }

    private Clause clause() {
        return new Clause(pick(Section.class), name(), name());
    }
}
