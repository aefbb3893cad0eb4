package org.slastudio.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the provider owes when a credit-bearing level is missed. The agreement's regime is the default; a level may
 * have terms of its own, which override it field by field ({@link LevelCredits}).
 *
 * @param tiers                       availability bands and the credit each earns
 * @param feeBasis                    which charges a percentage credit is a percentage of
 * @param monthlyCapPercent           credits for one period never exceed this share of the fee basis
 * @param rollingTwelveMonthCapPercent credits over any 12 months never exceed this share of those months' fees
 * @param atRisk                      the at-risk amount and its allocation, where the agreement uses one; agreement-wide only
 * @param minimumCredit               the smallest credit issued; see {@code minimumCreditRule}
 * @param earnBack                    how the provider regains credits by good performance afterwards
 * @param claimDeadline               by when the customer must claim
 * @param soleRemedy                  credits are the customer's sole and exclusive remedy for a miss; agreement-wide only
 * @param trigger                     whether the tiers alone decide or only a missed target earns a credit; null is
 *                                    {@link CreditTrigger#TIERS_AS_DRAFTED}
 * @param minimumCreditRule           whether a credit of exactly the minimum is issued; null is
 *                                    {@link MinimumCreditRule#AT_LEAST}, the meaning of drafts from before the choice
 * @param monthlyCapDays              credits for one period never exceed this many days of fees: the fee basis x N /
 *                                    the days in the period ("30 days of fees" in a 92-day quarter is 30/92 of it)
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
        boolean soleRemedy,
        CreditTrigger trigger,
        MinimumCreditRule minimumCreditRule,
        BigDecimal monthlyCapDays) {

    public CreditRegime {
        tiers = Lists.copy(tiers);
    }

    public CreditRegime(List<CreditTier> tiers, FeeBasis feeBasis, BigDecimal monthlyCapPercent,
                        BigDecimal rollingTwelveMonthCapPercent, AtRiskAmount atRisk, Money minimumCredit,
                        EarnBack earnBack, ClaimDeadline claimDeadline, boolean soleRemedy) {
        this(tiers, feeBasis, monthlyCapPercent, rollingTwelveMonthCapPercent, atRisk, minimumCredit, earnBack,
                claimDeadline, soleRemedy, null);
    }

    public CreditRegime(List<CreditTier> tiers, FeeBasis feeBasis, BigDecimal monthlyCapPercent,
                        BigDecimal rollingTwelveMonthCapPercent, AtRiskAmount atRisk, Money minimumCredit,
                        EarnBack earnBack, ClaimDeadline claimDeadline, boolean soleRemedy, CreditTrigger trigger) {
        this(tiers, feeBasis, monthlyCapPercent, rollingTwelveMonthCapPercent, atRisk, minimumCredit, earnBack,
                claimDeadline, soleRemedy, trigger, null, null);
    }

    public static CreditRegime none() {
        return new CreditRegime(List.of(), FeeBasis.AFFECTED_SERVICE, null, null, null, null, null, null, false);
    }

    public CreditTrigger effectiveTrigger() {
        return trigger == null ? CreditTrigger.TIERS_AS_DRAFTED : trigger;
    }

    public MinimumCreditRule effectiveMinimumRule() {
        return minimumCreditRule == null ? MinimumCreditRule.AT_LEAST : minimumCreditRule;
    }

    /**
     * This regime with a level's own terms laid over it: each term the level sets replaces this one's (its tiers as
     * a whole table); the at-risk amount and sole remedy stay the agreement's.
     */
    public CreditRegime overriddenBy(LevelCredits own) {
        if (own == null) {
            return this;
        }
        return new CreditRegime(
                own.tiers().isEmpty() ? tiers : own.tiers(),
                own.feeBasis() != null ? own.feeBasis() : feeBasis,
                own.monthlyCapPercent() != null ? own.monthlyCapPercent() : monthlyCapPercent,
                own.rollingTwelveMonthCapPercent() != null ? own.rollingTwelveMonthCapPercent() : rollingTwelveMonthCapPercent,
                atRisk,
                own.minimumCredit() != null ? own.minimumCredit() : minimumCredit,
                own.earnBack() != null ? own.earnBack() : earnBack,
                own.claimDeadline() != null ? own.claimDeadline() : claimDeadline,
                soleRemedy,
                own.trigger() != null ? own.trigger() : trigger,
                own.minimumCreditRule() != null ? own.minimumCreditRule() : minimumCreditRule,
                own.monthlyCapDays() != null ? own.monthlyCapDays() : monthlyCapDays);
    }

    /** The tiers with every edge drawn at the level's target given its value; null leaves such an edge unset. */
    public CreditRegime forTarget(BigDecimal target) {
        if (tiers.stream().noneMatch(t -> t != null && t.relativeToTarget())) {
            return this;
        }
        return withTiers(tiers.stream().map(t -> t == null ? null : t.at(target)).toList());
    }

    public CreditRegime withTiers(List<CreditTier> value) {
        return new CreditRegime(value, feeBasis, monthlyCapPercent, rollingTwelveMonthCapPercent, atRisk, minimumCredit,
                earnBack, claimDeadline, soleRemedy, trigger, minimumCreditRule, monthlyCapDays);
    }
}
