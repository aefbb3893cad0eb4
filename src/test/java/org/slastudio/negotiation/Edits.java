package org.slastudio.negotiation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.slastudio.model.Agreement;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.ClaimDeadline;
import org.slastudio.model.CreditRegime;
import org.slastudio.model.CreditTier;
import org.slastudio.model.EarnBack;
import org.slastudio.model.Metric;
import org.slastudio.model.Money;
import org.slastudio.model.Overview;
import org.slastudio.model.Party;
import org.slastudio.model.PriorityTarget;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;
import org.slastudio.model.Term;

/** Edits of one term of an agreement, written out by hand so that the tests do not lean on the code under test. */
final class Edits {
    private Edits() {
    }

    static <T> List<T> replace(List<T> list, Predicate<T> which, UnaryOperator<T> edit) {
        List<T> copy = new ArrayList<>();
        for (T t : list) {
            copy.add(which.test(t) ? edit.apply(t) : t);
        }
        return copy;
    }

    static <T> List<T> plus(List<T> list, T element) {
        List<T> copy = new ArrayList<>(list);
        copy.add(element);
        return copy;
    }

    static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    static Agreement title(Agreement a, String title) {
        Overview o = a.overview();
        return a.withOverview(new Overview(title, o.type(), o.effectiveDate(), o.term(), o.purpose(), o.governingLaw(),
                o.currency(), o.measurementPeriod(), o.timeZone(), o.version()));
    }

    static Agreement noticeDays(Agreement a, int days) {
        Overview o = a.overview();
        Term t = o.term();
        return a.withOverview(new Overview(o.title(), o.type(), o.effectiveDate(), new Term(t.initialMonths(), t.renewal(),
                t.renewalMonths(), days), o.purpose(), o.governingLaw(), o.currency(), o.measurementPeriod(), o.timeZone(), o.version()));
    }

    static Agreement party(Agreement a, String id, UnaryOperator<Party> edit) {
        return a.withParties(replace(a.parties(), p -> p.id().equals(id), edit));
    }

    static Agreement service(Agreement a, String id, UnaryOperator<Service> edit) {
        return a.withServices(replace(a.services(), s -> s.id().equals(id), edit));
    }

    static Service fee(Service s, String amount) {
        return new Service(s.id(), s.name(), s.description(), s.providerId(), s.recipientId(), Money.of(amount, "EUR"),
                s.businessImportance(), s.downtimeCostPerHour(), s.levels(), s.measurement());
    }

    static Service levels(Service s, List<ServiceLevel> levels) {
        return new Service(s.id(), s.name(), s.description(), s.providerId(), s.recipientId(), s.monthlyFee(),
                s.businessImportance(), s.downtimeCostPerHour(), levels, s.measurement());
    }

    static Agreement target(Agreement a, String serviceId, String windowId, String percent) {
        return service(a, serviceId, s -> levels(s, replace(s.levels(), l -> l.windowId().equals(windowId),
                l -> new ServiceLevel(l.windowId(), new BigDecimal(percent), l.creditBearing()))));
    }

    static Agreement window(Agreement a, String id, UnaryOperator<AvailabilityWindow> edit) {
        return a.withWindows(replace(a.windows(), w -> w.id().equals(id), edit));
    }

    static Agreement credits(Agreement a, UnaryOperator<CreditRegime> edit) {
        return a.withCreditRegime(edit.apply(a.creditRegime()));
    }

    static CreditRegime tiers(CreditRegime c, List<CreditTier> tiers) {
        return new CreditRegime(tiers, c.feeBasis(), c.monthlyCapPercent(), c.rollingTwelveMonthCapPercent(), c.atRisk(),
                c.minimumCredit(), c.earnBack(), c.claimDeadline(), c.soleRemedy());
    }

    static CreditRegime tierCredit(CreditRegime c, int index, String percent) {
        List<CreditTier> tiers = new ArrayList<>(c.tiers());
        if (index >= tiers.size()) {
            return c;
        }
        CreditTier t = tiers.get(index);
        tiers.set(index, new CreditTier(t.lower(), t.upper(), new BigDecimal(percent), t.fixedCredit()));
        return tiers(c, tiers);
    }

    static CreditRegime minimumCredit(CreditRegime c, Money minimum) {
        return new CreditRegime(c.tiers(), c.feeBasis(), c.monthlyCapPercent(), c.rollingTwelveMonthCapPercent(), c.atRisk(),
                minimum, c.earnBack(), c.claimDeadline(), c.soleRemedy());
    }

    static CreditRegime monthlyCap(CreditRegime c, String percent) {
        return new CreditRegime(c.tiers(), c.feeBasis(), percent == null ? null : new BigDecimal(percent), c.rollingTwelveMonthCapPercent(), c.atRisk(),
                c.minimumCredit(), c.earnBack(), c.claimDeadline(), c.soleRemedy());
    }

    static CreditRegime earnBack(CreditRegime c, EarnBack earnBack) {
        return new CreditRegime(c.tiers(), c.feeBasis(), c.monthlyCapPercent(), c.rollingTwelveMonthCapPercent(), c.atRisk(),
                c.minimumCredit(), earnBack, c.claimDeadline(), c.soleRemedy());
    }

    static CreditRegime claimDeadline(CreditRegime c, ClaimDeadline deadline) {
        return new CreditRegime(c.tiers(), c.feeBasis(), c.monthlyCapPercent(), c.rollingTwelveMonthCapPercent(), c.atRisk(),
                c.minimumCredit(), c.earnBack(), deadline, c.soleRemedy());
    }

    static CreditRegime soleRemedy(CreditRegime c, boolean sole) {
        return new CreditRegime(c.tiers(), c.feeBasis(), c.monthlyCapPercent(), c.rollingTwelveMonthCapPercent(), c.atRisk(),
                c.minimumCredit(), c.earnBack(), c.claimDeadline(), sole);
    }

    static Agreement metric(Agreement a, String id, UnaryOperator<Metric> edit) {
        return a.withMetrics(replace(a.metrics(), m -> m.id().equals(id), edit));
    }

    static Metric target(Metric m, String target) {
        return new Metric(m.id(), m.name(), m.kind(), m.serviceId(), m.comparator(), new BigDecimal(target), m.unit(),
                m.priorityTargets(), m.clockWindowId(), m.period(), m.reporting(), m.dataSource(), m.responsiblePartyId(),
                m.classification());
    }

    static Metric priorityTargets(Metric m, List<PriorityTarget> targets) {
        return new Metric(m.id(), m.name(), m.kind(), m.serviceId(), m.comparator(), m.target(), m.unit(), targets,
                m.clockWindowId(), m.period(), m.reporting(), m.dataSource(), m.responsiblePartyId(), m.classification());
    }
}
