package org.slastudio.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.slastudio.model.Agreement;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.ClaimDeadline;
import org.slastudio.model.MeasurementMethod;
import org.slastudio.model.MeasurementRule;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;

/**
 * A run of measurement periods worked out in order, as they happened: each credit-bearing level of each service
 * measured in each period, and its credit with every step, where the credits of the periods before it count against
 * the rolling 12-month cap, credits already due to the services before it in the period share the at-risk amount, and
 * the periods after it decide its earn-back.
 *
 * <p>Conventions, where the terms leave a choice: a period before the run counts as one without credits (start the
 * run at the start of the term to have them all); the 12-month cap counts each earlier period's credit as finally
 * owed, after the earn-back the later periods decided (a credit earned back was never paid); services share the
 * at-risk amount in the order the agreement lists them; a level with its own terms is capped with the credits of its
 * own earlier periods.
 */
public final class TermHistory {
    private TermHistory() {
    }

    /** A service's records for the run, as its measurement method needs them. */
    public record Records(List<Outage> outages, List<IntervalSample> samples, List<RequestCount> requests) {
        public static final Records NONE = new Records(List.of(), List.of(), List.of());

        public Records {
            outages = outages == null ? List.of() : outages;
            samples = samples == null ? List.of() : samples;
            requests = requests == null ? List.of() : requests;
        }
    }

    /**
     * One level of one service in one period: what was measured, the credit (null for a level that carries none), the
     * last day to claim it and whether that day has passed on {@code asOf}.
     */
    public record Entry(Service service, ServiceLevel level, AvailabilityWindow window, MeasurementPeriodRange period,
                        AvailabilityMeasurement measured, CreditCalculation credit, LocalDate claimBy, boolean claimClosed) {

        /** The credit to pay: nothing for a level without credits, or one earned back. */
        public BigDecimal owed() {
            return credit == null || credit.credit() == null ? BigDecimal.ZERO : credit.credit().amount();
        }
    }

    /**
     * @param services the services to work out (the agreement's in its order, or some of them); the at-risk amount is
     *                 shared among these only
     * @param asOf     the day the history is read on, for claim deadlines
     */
    public static List<Entry> of(Agreement agreement, List<Service> services, List<MeasurementPeriodRange> periods,
                                 Function<Service, Records> records, LocalDate asOf) {
        ZoneId zone = agreement.overview() == null ? null : agreement.overview().timeZone();
        record Level(Service service, ServiceLevel level, AvailabilityWindow window, List<AvailabilityMeasurement> measured) {
        }
        record Job(Service service, ServiceLevel level, AvailabilityWindow window, Records records) {
        }
        List<Job> jobs = new ArrayList<>();
        for (Service service : services) {
            Records r = Objects.requireNonNullElse(records.apply(service), Records.NONE);
            for (ServiceLevel level : service.levels()) {
                if (level != null) {
                    jobs.add(new Job(service, level, AvailabilityMeasurement.windowOf(agreement, service, level), r));
                }
            }
        }
        // Each level is measured on its own, side by side: a year of fifty services is half a million records. What
        // goes wrong is told for the first level it goes wrong for, as when they were measured one after another.
        List<Object> measured = jobs.parallelStream().map(j -> {
            try {
                return (Object) measure(agreement, j.service(), j.window(), zone, periods, j.records());
            } catch (IllegalArgumentException e) {
                return e;
            }
        }).toList();
        List<Level> levels = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
            if (measured.get(i) instanceof IllegalArgumentException e) {
                throw e;
            }
            @SuppressWarnings("unchecked")
            List<AvailabilityMeasurement> m = (List<AvailabilityMeasurement>) measured.get(i);
            levels.add(new Level(jobs.get(i).service(), jobs.get(i).level(), jobs.get(i).window(), m));
        }
        List<Entry> entries = new ArrayList<>();
        // By identity: a level's own hash would walk its service, window and every measurement, for every credit.
        Map<Level, List<EarlierCredit>> earlier = new IdentityHashMap<>();
        for (int p = 0; p < periods.size(); p++) {
            MeasurementPeriodRange period = periods.get(p);
            BigDecimal sharedSoFar = BigDecimal.ZERO;
            for (Level l : levels) {
                AvailabilityMeasurement m = l.measured().get(p);
                if (!l.level().creditBearing()) {
                    entries.add(new Entry(l.service(), l.level(), l.window(), period, m, null, null, false));
                    continue;
                }
                List<BigDecimal> following = new ArrayList<>();
                for (int q = p + 1; q < periods.size(); q++) {
                    following.add(l.measured().get(q).availabilityPercent());
                }
                List<EarlierCredit> before = earlier.computeIfAbsent(l, x -> new ArrayList<>());
                CreditCase c = CreditCase.of(agreement, l.service(), l.level(), period, m.availabilityPercent())
                        .withEarlierCredits(before)
                        .withOtherServicesCredits(sharedSoFar)
                        .withFollowingAvailability(l.level().targetPercent(), following);
                CreditCalculation credit = CreditCalculation.calculate(c);
                BigDecimal owed = credit.credit() == null ? BigDecimal.ZERO : credit.credit().amount();
                before.add(new EarlierCredit(period, credit.feeBasis() == null ? null : credit.feeBasis().amount(), owed));
                sharedSoFar = sharedSoFar.add(owed);
                LocalDate claimBy = claimBy(agreement, l.level(), l.service(), period, m, credit, zone);
                entries.add(new Entry(l.service(), l.level(), l.window(), period, m, credit, claimBy,
                        claimBy != null && asOf != null && asOf.isAfter(claimBy)));
            }
        }
        return entries;
    }

    private static List<AvailabilityMeasurement> measure(Agreement agreement, Service service, AvailabilityWindow window,
                                                         ZoneId zone, List<MeasurementPeriodRange> periods, Records r) {
        MeasurementRule rule = service.measurement() == null ? MeasurementRule.timeBased() : service.measurement();
        MeasurementMethod method = rule.method() == null ? MeasurementMethod.TIME_BASED : rule.method();
        if (method == MeasurementMethod.TIME_BASED) {
            return AvailabilityMeasurement.measureEach(window, rule, zone, periods, r.outages(),
                    () -> BusinessDays.of(agreement, window));
        }
        List<AvailabilityMeasurement> measured = new ArrayList<>();
        for (MeasurementPeriodRange period : periods) {
            measured.add(method == MeasurementMethod.REQUEST_COUNTS
                    ? AvailabilityMeasurement.measureRequests(window, rule, zone, period, r.requests())
                    : AvailabilityMeasurement.measureIntervals(window, rule, zone, period, r.samples()));
        }
        return measured;
    }

    /** As the credit command works it out: a deadline from the incident or in business days needs the outages. */
    private static LocalDate claimBy(Agreement agreement, ServiceLevel level, Service service, MeasurementPeriodRange period,
                                     AvailabilityMeasurement m, CreditCalculation credit, ZoneId zone) {
        ClaimDeadline deadline = agreement.creditsFor(level).claimDeadline();
        if (deadline == null || deadline.rule() == null) {
            return credit.claimBy();
        }
        MeasurementRule rule = service.measurement() == null ? MeasurementRule.timeBased() : service.measurement();
        ClaimDeadlines.Basis basis = ClaimDeadlines.basis(agreement, deadline, m.firstCountedOutage(),
                AvailabilityMeasurement.periodZone(rule, zone));
        return ClaimDeadlines.lastDayToClaim(deadline, period, basis);
    }
}
