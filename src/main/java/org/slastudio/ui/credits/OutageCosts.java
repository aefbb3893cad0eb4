package org.slastudio.ui.credits;

import org.slastudio.engine.AllowedDowntime;
import org.slastudio.engine.Amounts;
import org.slastudio.engine.CreditCalculation;
import org.slastudio.engine.CreditCase;
import org.slastudio.engine.DowntimeBudget;
import org.slastudio.engine.MeasurementPeriodRange;
import org.slastudio.model.Agreement;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.Overview;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one outage would cost the provider in credits, per credit-bearing service: the outage falls in the
 * service's credit-bearing window in the agreement's first measurement period, and the engine does the rest.
 */
final class OutageCosts {
    static final List<Duration> OUTAGES = List.of(Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(8));

    /** A service's name and the credit each outage of {@link #OUTAGES} would earn, as written for people. */
    record Row(String service, List<String> credits) {
    }

    private OutageCosts() {
    }

    static List<Row> of(Agreement agreement) {
        Overview o = agreement.overview();
        if (o == null || o.currency() == null || agreement.creditRegime() == null || agreement.creditRegime().tiers().isEmpty()) {
            return List.of();
        }
        AllowedDowntime firstMonth = AllowedDowntime.of(o, LocalDate.now());
        MeasurementPeriodRange period = firstMonth.period();
        List<Row> rows = new ArrayList<>();
        for (Service s : agreement.services()) {
            Optional<AvailabilityWindow> window = s == null ? Optional.empty() : s.levels().stream()
                    .filter(l -> l != null && l.creditBearing()).map(ServiceLevel::windowId).filter(Objects::nonNull)
                    .findFirst().flatMap(agreement::window);
            if (window.isEmpty() || window.get().zone() == null || s.monthlyFee() == null) {
                continue;
            }
            try {
                DowntimeBudget whole = firstMonth.budget(window.get(), BigDecimal.valueOf(100), s.measurement()).orElseThrow();
                List<String> credits = new ArrayList<>();
                for (Duration outage : OUTAGES) {
                    CreditCalculation c = CreditCalculation.calculate(
                            CreditCase.of(agreement, s, period, whole.availabilityFor(outage)));
                    credits.add(c.credit() == null ? "—" : Amounts.money(c.credit().amount(), c.credit().currency()));
                }
                rows.add(new Row(s.name() == null || s.name().isBlank() ? s.id() : s.name(), credits));
            } catch (RuntimeException e) {
                // A draft the engine cannot calculate yet shows no row; the review says what is missing.
            }
        }
        return rows;
    }
}
