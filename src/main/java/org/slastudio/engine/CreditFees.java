package org.slastudio.engine;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.function.Supplier;
import org.slastudio.model.AtRiskAmount;
import org.slastudio.model.CreditRegime;
import org.slastudio.model.FeeBasis;
import org.slastudio.model.MeasurementPeriod;
import org.slastudio.model.Money;
import org.slastudio.model.PoolAllocation;
import org.slastudio.model.Service;

/**
 * The fees a credit is worked from, for one case: the fee basis of the period (the service's fee, all services' fees
 * or its share of the at-risk amount), the at-risk amount, and the one currency every amount must be in.
 */
final class CreditFees {
    private final CreditCase c;
    private final CreditRegime regime;
    private final Currency currency;

    CreditFees(CreditCase c, CreditRegime regime) {
        this.c = c;
        this.regime = regime;
        this.currency = currencyOf(c.service(), c.allServices());
    }

    Currency currency() {
        return currency;
    }

    /** The fee basis for the period: a quarter's is three monthly fees. */
    BigDecimal basis() {
        FeeBasis kind = regime.feeBasis() == null ? FeeBasis.AFFECTED_SERVICE : regime.feeBasis();
        BigDecimal monthly;
        switch (kind) {
            case ALL_SERVICES:
                monthly = allFees();
                break;
            case AT_RISK_AMOUNT:
                AtRiskAmount atRisk = regime.atRisk();
                if (atRisk == null || atRisk.percentOfMonthlyCharges() == null) {
                    throw new IllegalArgumentException("Credits are a share of the at-risk amount, but it is not set "
                            + "($.creditRegime.atRisk.percentOfMonthlyCharges); set it or choose another fee basis");
                }
                BigDecimal allocation = BigDecimal.ZERO;
                for (PoolAllocation a : atRisk.allocations()) {
                    if (a != null && a.percent() != null && c.service().id() != null && c.service().id().equals(a.serviceId())) {
                        allocation = allocation.add(a.percent());
                    }
                }
                return atRiskAmount(atRisk).multiply(allocation).movePointLeft(2);
            default:
                monthly = fee(c.service());
        }
        return c.period().kind() == MeasurementPeriod.CALENDAR_QUARTER ? monthly.multiply(BigDecimal.valueOf(3)) : monthly;
    }

    BigDecimal atRiskAmount(AtRiskAmount atRisk) {
        BigDecimal fees = allFees();
        if (c.period().kind() == MeasurementPeriod.CALENDAR_QUARTER) {
            fees = fees.multiply(BigDecimal.valueOf(3));
        }
        return fees.multiply(atRisk.percentOfMonthlyCharges()).movePointLeft(2);
    }

    /**
     * Refuses an amount in another currency than the fees'. {@code what} names it, and is worded only then: fees are
     * checked for every service in every calculation.
     */
    void inTheirCurrency(Money m, Supplier<String> what) {
        if (m.currency() != null && !m.currency().equals(currency)) {
            throw new IllegalArgumentException("The currency of " + what.get() + " is " + m.currency().getCurrencyCode()
                    + " but the fees are in " + currency.getCurrencyCode() + "; use one currency");
        }
    }

    private BigDecimal allFees() {
        BigDecimal total = BigDecimal.ZERO;
        for (Service s : c.allServices()) {
            if (s.monthlyFee() != null && s.monthlyFee().amount() != null) {
                total = total.add(fee(s));
            }
        }
        return total;
    }

    private BigDecimal fee(Service s) {
        if (s.monthlyFee() == null || s.monthlyFee().amount() == null) {
            throw new IllegalArgumentException("Service \"" + s.id() + "\" has no monthly fee ("
                    + servicePath(s) + ".monthlyFee); set it, e.g. 2000.00 EUR");
        }
        inTheirCurrency(s.monthlyFee(), () -> "the monthly fee of service \"" + s.id() + "\" (" + servicePath(s) + ".monthlyFee)");
        return s.monthlyFee().amount();
    }

    private String servicePath(Service s) {
        int i = c.allServices().indexOf(s);
        return i < 0 ? "$.services[?]" : "$.services[" + i + "]";
    }

    private static Currency currencyOf(Service service, List<Service> all) {
        if (service.monthlyFee() != null && service.monthlyFee().currency() != null) {
            return service.monthlyFee().currency();
        }
        for (Service s : all) {
            if (s.monthlyFee() != null && s.monthlyFee().currency() != null) {
                return s.monthlyFee().currency();
            }
        }
        throw new IllegalArgumentException("Service \"" + service.id()
                + "\" has no monthly fee with a currency ($.services[].monthlyFee); set it, e.g. 2000.00 EUR");
    }
}
