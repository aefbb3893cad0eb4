package org.slastudio.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the provider owes when a credit-bearing level is missed.
 *
 * @param tiers                       availability bands and the credit each earns
 * @param feeBasis                    which charges a percentage credit is a percentage of
 * @param monthlyCapPercent           credits for one period never exceed this share of the fee basis
 * @param rollingTwelveMonthCapPercent credits over any 12 months never exceed this share of those months' fees
 * @param atRisk                      the at-risk amount and its allocation, where the agreement uses one
 * @param minimumCredit               credits below this amount are not issued
 * @param earnBack                    how the provider regains credits by good performance afterwards
 * @param claimDeadline               by when the customer must claim
 * @param soleRemedy                  credits are the customer's sole and exclusive remedy for a miss
 */
public record CreditRegime(
        List<CreditTier> tiers,
        FeeBasis feeBasis,
        BigDecimal monthlyCapPercent,
        BigDecimal rollingTwelveMonthCapPercent,
        AtRiskAmount atRisk,
        Money minimumCredit,
        EarnBack earnBack,
        ClaimDeadline claimDeadline,
        boolean soleRemedy) {

    public CreditRegime {
        tiers = Lists.copy(tiers);
    }

    public static CreditRegime none() {
        return new CreditRegime(List.of(), FeeBasis.AFFECTED_SERVICE, null, null, null, null, null, null, false);
    }
}
