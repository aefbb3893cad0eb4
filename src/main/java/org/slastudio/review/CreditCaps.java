package org.slastudio.review;

import java.math.BigDecimal;
import org.slastudio.model.Agreement;
import org.slastudio.model.CreditRegime;
import org.slastudio.model.CreditTier;

/**
 * Caps against the tiers. A 12-month cap below the monthly one is common (50% in a month, 20% over a year) and
 * consistent; one at or above the monthly cap can never bind, since twelve capped months come to the monthly cap of
 * the year's fees.
 */
final class CreditCaps implements ReviewRule {

    @Override
    public void check(Agreement a, Findings out) {
        CreditRegime r = a.creditRegime();
        if (r == null) {
            return;
        }
        BigDecimal monthly = r.monthlyCapPercent();
        if (monthly != null) {
            Integer largest = null;
            for (int k = 0; k < r.tiers().size(); k++) {
                CreditTier t = r.tiers().get(k);
                if (t != null && t.creditPercent() != null
                        && (largest == null || t.creditPercent().compareTo(r.tiers().get(largest).creditPercent()) > 0)) {
                    largest = k;
                }
            }
            if (largest != null && monthly.compareTo(r.tiers().get(largest).creditPercent()) < 0) {
                out.warning(Paths.regime("monthlyCapPercent"), "The monthly cap of " + Describe.percent(monthly) + " is below the "
                                + Describe.percent(r.tiers().get(largest).creditPercent()) + " credit of tier " + (largest + 1)
                                + ": that credit can never be paid in full.",
                        "Raise the cap to at least " + Describe.percent(r.tiers().get(largest).creditPercent())
                                + ", or lower the tier's credit to the cap.");
            }
        }
        BigDecimal yearly = r.rollingTwelveMonthCapPercent();
        if (monthly != null && yearly != null && yearly.compareTo(monthly) >= 0) {
            out.info(Paths.regime("rollingTwelveMonthCapPercent"), "The rolling 12-month cap of " + Describe.percent(yearly)
                            + " can never be reached: twelve months at the monthly cap of " + Describe.percent(monthly)
                            + " come to " + Describe.percent(monthly) + " of the year's fees.",
                    "Lower the 12-month cap below the monthly cap if it is meant to limit credits, or remove it.");
        }
    }
}
