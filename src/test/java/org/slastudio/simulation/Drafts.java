package org.slastudio.simulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import org.slastudio.model.Agreement;
import org.slastudio.model.AgreementType;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.CreditRegime;
import org.slastudio.model.CreditTier;
import org.slastudio.model.EarnBack;
import org.slastudio.model.FeeBasis;
import org.slastudio.model.MeasurementPeriod;
import org.slastudio.model.MeasurementRule;
import org.slastudio.model.Money;
import org.slastudio.model.OutageDurations;
import org.slastudio.model.OutageModel;
import org.slastudio.model.Overview;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;
import org.slastudio.model.SimulationAssumptions;
import org.slastudio.model.Term;
import org.slastudio.model.TierBound;

/**
 * Agreements worked by hand: fixed 30-day months of a 24x7 UTC window are 43,200 minutes, so 99.9% allows 43.2 min,
 * 99.0% 432 min and 95% 2,160 min; the fee is EUR 1,000.00.
 */
final class Drafts {
    static final BigDecimal WINDOW_MINUTES = BigDecimal.valueOf(43_200);

    private Drafts() {
    }

    /** 10% below 99.9 down to 99.0 inclusive, 25% down to 95 inclusive, 50% below; capped at 30% a month. */
    static CreditRegime tiers() {
        return new CreditRegime(List.of(
                new CreditTier(TierBound.inclusive("99.0"), TierBound.exclusive("99.9"), BigDecimal.TEN, null),
                new CreditTier(TierBound.inclusive("95"), TierBound.exclusive("99.0"), BigDecimal.valueOf(25), null),
                new CreditTier(null, TierBound.exclusive("95"), BigDecimal.valueOf(50), null)),
                FeeBasis.AFFECTED_SERVICE, BigDecimal.valueOf(30), null, null, null, null, null, false);
    }

    static CreditRegime withYearRules(CreditRegime r, String rollingCapPercent, String minimum, Integer earnBackPeriods) {
        return new CreditRegime(r.tiers(), r.feeBasis(), r.monthlyCapPercent(),
                rollingCapPercent == null ? null : new BigDecimal(rollingCapPercent), r.atRisk(),
                minimum == null ? null : Money.of(minimum, "EUR"),
                earnBackPeriods == null ? null : new EarnBack(earnBackPeriods, null), null, false);
    }

    static Service service(String id, String target, int minimumOutageMinutes) {
        return new Service(id, id, "", "provider", "customer", Money.of("1000.00", "EUR"), BigDecimal.ONE,
                Money.of("600.00", "EUR"), List.of(new ServiceLevel("24x7", new BigDecimal(target), true)),
                new MeasurementRule(null, null, null, minimumOutageMinutes, null, false));
    }

    static Agreement agreement(CreditRegime regime, Service... services) {
        Overview overview = new Overview("Worked example", AgreementType.SERVICE_BASED, LocalDate.of(2026, 1, 1),
                Term.none(), "", "", Currency.getInstance("EUR"), MeasurementPeriod.FIXED_30_DAY_MONTH, ZoneOffset.UTC, "1");
        return new Agreement(overview, List.of(), List.of(services),
                List.of(AvailabilityWindow.twentyFourSeven("24x7", "24x7", ZoneOffset.UTC)), regime, List.of(), List.of());
    }

    static SimulationAssumptions assumptions(OutageDurations durations, String mttrMinutes, String mtbfHours,
                                             String marginPercent) {
        return new SimulationAssumptions(List.of(),
                new OutageModel(durations, mttrMinutes == null ? null : new BigDecimal(mttrMinutes),
                        mtbfHours == null ? null : new BigDecimal(mtbfHours), null,
                        marginPercent == null ? null : new BigDecimal(marginPercent)),
                null, List.of(), null, null);
    }

    static List<BigDecimal> levels(String... percents) {
        return java.util.Arrays.stream(percents).map(BigDecimal::new).toList();
    }
}
