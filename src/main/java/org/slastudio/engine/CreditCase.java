package org.slastudio.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.slastudio.model.Agreement;
import org.slastudio.model.CreditRegime;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;

/**
 * Everything a credit for one service and period depends on.
 *
 * @param allServices            every service of the agreement, for an all-services fee basis and the at-risk amount
 * @param availabilityPercent    the measured availability, unrounded
 * @param earlierCredits         periods of the preceding 12 months; a period not listed counts with this period's
 *                               fee basis and no credit
 * @param otherServicesCredits   credits already due to other services for this period, which share the at-risk amount
 * @param targetPercent          the level's target: tier edges drawn at the target take it; where credits are owed
 *                               only for a missed target, a met one earns nothing; earn-back requires it when the
 *                               regime names no level. Null where unknown: then the tiers alone decide
 * @param followingAvailability  availability in the periods after this one, oldest first, for earn-back
 * @param termStart              the agreement's effective date: periods wholly before it paid no fees and count
 *                               neither way against the rolling 12-month cap; null where unknown
 */
public record CreditCase(
        CreditRegime regime,
        Service service,
        List<Service> allServices,
        MeasurementPeriodRange period,
        BigDecimal availabilityPercent,
        List<EarlierCredit> earlierCredits,
        BigDecimal otherServicesCredits,
        BigDecimal targetPercent,
        List<BigDecimal> followingAvailability,
        LocalDate termStart) {

    public CreditCase(CreditRegime regime, Service service, List<Service> allServices, MeasurementPeriodRange period,
                      BigDecimal availabilityPercent, List<EarlierCredit> earlierCredits, BigDecimal otherServicesCredits,
                      BigDecimal targetPercent, List<BigDecimal> followingAvailability) {
        this(regime, service, allServices, period, availabilityPercent, earlierCredits, otherServicesCredits, targetPercent,
                followingAvailability, null);
    }

    public CreditCase {
        allServices = allServices == null ? List.of(service) : allServices.stream().filter(Objects::nonNull).toList();
        earlierCredits = earlierCredits == null ? List.of() : List.copyOf(earlierCredits);
        otherServicesCredits = otherServicesCredits == null ? BigDecimal.ZERO : otherServicesCredits;
        followingAvailability = followingAvailability == null ? List.of() : List.copyOf(followingAvailability);
    }

    public static CreditCase of(CreditRegime regime, Service service, List<Service> allServices,
                                MeasurementPeriodRange period, BigDecimal availabilityPercent) {
        return new CreditCase(regime, service, allServices, period, availabilityPercent, null, null, null, null);
    }

    /** The case for a service's first credit-bearing level, under the credit terms of that level. */
    public static CreditCase of(Agreement agreement, Service service, MeasurementPeriodRange period,
                                BigDecimal availabilityPercent) {
        ServiceLevel level = service.levels().stream().filter(l -> l != null && l.creditBearing()).findFirst().orElse(null);
        return of(agreement, service, level, period, availabilityPercent);
    }

    /** The case for one level of a service, under the agreement's credit terms as that level has them. */
    public static CreditCase of(Agreement agreement, Service service, ServiceLevel level, MeasurementPeriodRange period,
                                BigDecimal availabilityPercent) {
        return new CreditCase(agreement.creditsFor(level), service, agreement.services(), period, availabilityPercent,
                null, null, level == null ? null : level.targetPercent(), null,
                agreement.overview() == null ? null : agreement.overview().effectiveDate());
    }

    public CreditCase withEarlierCredits(List<EarlierCredit> value) {
        return new CreditCase(regime, service, allServices, period, availabilityPercent, value, otherServicesCredits,
                targetPercent, followingAvailability, termStart);
    }

    public CreditCase withOtherServicesCredits(BigDecimal value) {
        return new CreditCase(regime, service, allServices, period, availabilityPercent, earlierCredits, value,
                targetPercent, followingAvailability, termStart);
    }

    public CreditCase withFollowingAvailability(BigDecimal target, List<BigDecimal> value) {
        return new CreditCase(regime, service, allServices, period, availabilityPercent, earlierCredits,
                otherServicesCredits, target, value, termStart);
    }

    public CreditCase withTermStart(LocalDate value) {
        return new CreditCase(regime, service, allServices, period, availabilityPercent, earlierCredits,
                otherServicesCredits, targetPercent, followingAvailability, value);
    }
}
