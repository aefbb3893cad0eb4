package org.slastudio.clauses;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.slastudio.model.AgreedFigure;
import org.slastudio.model.Agreement;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.ClaimDeadlineRule;
import org.slastudio.model.CreditRegime;
import org.slastudio.model.CreditTier;
import org.slastudio.model.MaintenanceWindow;
import org.slastudio.model.MeasurementPeriod;
import org.slastudio.model.MeasurementRule;
import org.slastudio.model.Metric;
import org.slastudio.model.Money;
import org.slastudio.model.PoolAllocation;
import org.slastudio.model.PriorityTarget;
import org.slastudio.model.Quantity;
import org.slastudio.model.Quantity.Unit;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;
import org.slastudio.model.Term;
import org.slastudio.model.WeeklyHours;

/**
 * Every figure a draft holds as a term, with its name in words and the placeholder that states it, so that a figure a
 * clause types in can be held against them: targets, tier bounds and credits, caps, fees, measurement rules, window
 * hours, maintenance notice, time targets by priority, the term of the agreement and the agreed figures.
 */
public final class DraftTerms {
    /** A figure of the draft, e.g. 99.95% named "the target of Object Storage in Around the clock". */
    public record DraftTerm(Quantity value, String name, String placeholder) {
    }

    private final List<DraftTerm> terms = new ArrayList<>();

    private DraftTerms() {
    }

    public static List<DraftTerm> of(Agreement a) {
        DraftTerms t = new DraftTerms();
        t.overview(a);
        a.services().forEach(s -> t.service(a, s));
        a.windows().forEach(t::window);
        t.credits(a.creditRegime(), a);
        a.metrics().forEach(t::metric);
        for (AgreedFigure f : a.figures()) {
            if (f != null && f.id() != null && f.value() != null) {
                t.add(f.value(), "the figure " + (f.name() == null || f.name().isBlank() ? f.id() : "\"" + f.name() + "\""),
                        "figure." + f.id());
            }
        }
        return List.copyOf(t.terms);
    }

    private void overview(Agreement a) {
        if (a.overview() == null) {
            return;
        }
        Term term = a.overview().term() == null ? Term.none() : a.overview().term();
        whole(term.initialMonths(), Unit.MONTHS, "the initial term", "agreement.initialTerm");
        whole(term.renewalMonths(), Unit.MONTHS, "the renewal term", "agreement.renewalTerm");
        whole(term.noticeDays(), Unit.DAYS, "the notice to end the agreement", "agreement.noticePeriod");
        if (a.overview().measurementPeriod() == MeasurementPeriod.FIXED_30_DAY_MONTH) {
            whole(30, Unit.DAYS, "the 30-day measurement period", "agreement.measurementPeriod");
        }
    }

    private void service(Agreement a, Service s) {
        if (s == null || s.id() == null) {
            return;
        }
        String name = s.name() == null || s.name().isBlank() ? s.id() : s.name();
        String at = "service." + s.id();
        ServiceLevel main = ServicePlaceholders.mainLevel(s);
        for (ServiceLevel l : s.levels()) {
            if (l != null && l.targetPercent() != null) {
                String window = a.window(l.windowId()).map(w -> w.name() == null || w.name().isBlank() ? w.id() : w.name())
                        .orElse(l.windowId());
                percent(l.targetPercent(), "the target of " + name + " in " + window,
                        at + ".target" + (l == main ? "" : "." + l.windowId()));
            }
        }
        money(s.monthlyFee(), "the monthly fee of " + name, at + ".monthlyFee");
        money(s.downtimeCostPerHour(), "the cost of an hour of downtime of " + name, null);
        MeasurementRule m = s.measurement();
        if (m != null) {
            if (m.minimumOutageMinutes() != null && m.minimumOutageMinutes() > 0) {
                whole(m.minimumOutageMinutes(), Unit.MINUTES, "the shortest outage counted for " + name, at + ".minimumOutage");
            }
            whole(m.intervalMinutes(), Unit.MINUTES, "the measurement interval of " + name, at + ".interval");
            percent(m.errorRateThresholdPercent(), "the error rate threshold of " + name, at + ".errorThreshold");
        }
    }

    private void window(AvailabilityWindow w) {
        if (w == null || w.id() == null) {
            return;
        }
        String name = w.name() == null || w.name().isBlank() ? w.id() : w.name();
        String at = "window." + w.id();
        if (!w.isTwentyFourSeven()) {
            for (WeeklyHours h : w.hours()) {
                if (h != null) {
                    time(h.from(), "when " + name + " opens", at + ".hours");
                    time(h.until(), "when " + name + " closes", at + ".hours");
                }
            }
        }
        for (MaintenanceWindow m : w.maintenance()) {
            if (m != null) {
                time(m.from(), "when maintenance in " + name + " starts", at + ".maintenance");
                time(m.until(), "when maintenance in " + name + " ends", at + ".maintenance");
                whole(m.noticeHours(), Unit.HOURS, "the notice of maintenance in " + name, at + ".maintenanceNotice");
            }
        }
    }

    private void credits(CreditRegime r, Agreement a) {
        if (r == null) {
            return;
        }
        for (int i = 0; i < r.tiers().size(); i++) {
            CreditTier t = r.tiers().get(i);
            if (t == null) {
                continue;
            }
            String tier = "credit tier " + (i + 1);
            String at = "credits.tier." + (i + 1);
            percent(t.lower() == null ? null : t.lower().percent(), "the lower bound of " + tier, at + ".lower");
            percent(t.upper() == null ? null : t.upper().percent(), "the upper bound of " + tier, at + ".upper");
            percent(t.creditPercent(), "the credit of " + tier, at + ".credit");
            money(t.fixedCredit(), "the credit of " + tier, at + ".credit");
        }
        percent(r.monthlyCapPercent(), "the monthly cap", "credits.monthlyCap");
        percent(r.rollingTwelveMonthCapPercent(), "the rolling 12-month cap", "credits.rollingTwelveMonthCap");
        money(r.minimumCredit(), "the minimum credit", "credits.minimumCredit");
        if (r.atRisk() != null) {
            percent(r.atRisk().percentOfMonthlyCharges(), "the at-risk amount", "credits.atRisk");
            for (PoolAllocation p : r.atRisk().allocations()) {
                if (p != null) {
                    String service = a.service(p.serviceId()).map(Service::name).orElse(p.serviceId());
                    percent(p.percent(), "the pool allocation of " + service, "credits.poolAllocation");
                }
            }
        }
        if (r.earnBack() != null) {
            whole(r.earnBack().followingPeriods(), Unit.MEASUREMENT_PERIODS, "the periods to earn a credit back",
                    "credits.earnBackPeriods");
            if (a.overview() != null && a.overview().measurementPeriod() == MeasurementPeriod.CALENDAR_MONTH) {
                // Where the period is a month, "the three following months" states the same term.
                whole(r.earnBack().followingPeriods(), Unit.MONTHS, "the periods to earn a credit back", "credits.earnBackPeriods");
            }
            percent(r.earnBack().requiredPercent(), "the availability that earns a credit back", "credits.earnBackTarget");
        }
        ClaimDeadlineRule claimRule = r.claimDeadline() == null ? null : r.claimDeadline().rule();
        if (claimRule != null && claimRule != ClaimDeadlineRule.END_OF_NTH_FOLLOWING_BILLING_CYCLE) {
            whole(r.claimDeadline().count(), claimRule.businessDays() ? Unit.BUSINESS_DAYS : Unit.DAYS, "the claim deadline",
                    "credits.claimDeadline");
        }
    }

    private void metric(Metric m) {
        if (m == null || m.id() == null) {
            return;
        }
        String name = m.name() == null || m.name().isBlank() ? m.id() : m.name();
        String at = "metric." + m.id();
        if (m.target() != null && m.unit() != null && m.unit().strip().startsWith("%")) {
            percent(m.target(), "the target of " + name, at + ".target");
        }
        boolean business = ClockTime.businessHours(m);
        for (PriorityTarget t : m.priorityTargets()) {
            if (t == null || t.priority() == null) {
                continue;
            }
            if (t.within() != null) {
                long minutes = t.within().toMinutes();
                add(business ? new Quantity(BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 6, java.math.RoundingMode.HALF_UP)
                                .stripTrailingZeros(), Unit.BUSINESS_HOURS, null)
                                : new Quantity(BigDecimal.valueOf(minutes), Unit.MINUTES, null),
                        "the " + t.priority() + " target of " + name, at + "." + t.priority());
            }
            percent(t.compliancePercent(), "the share of " + t.priority() + " incidents that must meet " + name,
                    at + "." + t.priority() + ".compliance");
        }
    }

    private void percent(BigDecimal value, String name, String placeholder) {
        if (value != null) {
            add(new Quantity(value, Unit.PERCENT, null), name, placeholder);
        }
    }

    private void money(Money value, String name, String placeholder) {
        if (value != null && value.amount() != null) {
            add(Quantity.of(value), name, placeholder);
        }
    }

    private void whole(Integer value, Unit unit, String name, String placeholder) {
        if (value != null) {
            add(new Quantity(BigDecimal.valueOf(value), unit, null), name, placeholder);
        }
    }

    private void time(LocalTime value, String name, String placeholder) {
        if (value != null) {
            // Midnight at the end of a window is 24:00.
            int minutes = value.getHour() * 60 + value.getMinute();
            add(new Quantity(BigDecimal.valueOf(minutes), Unit.TIME_OF_DAY, null), name, placeholder);
            if (minutes == 0) {
                add(new Quantity(BigDecimal.valueOf(1_440), Unit.TIME_OF_DAY, null), name, placeholder);
            }
        }
    }

    private void add(Quantity value, String name, String placeholder) {
        terms.add(new DraftTerm(value, name, placeholder == null ? null : "{{" + placeholder + "}}"));
    }
}
