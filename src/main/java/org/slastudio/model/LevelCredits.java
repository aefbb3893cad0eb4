package org.slastudio.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A level's own credit terms, where they differ from the agreement's (two storage classes with their own tier
 * tables, say). Each term set here replaces the agreement's, the tiers as a whole table; a term left unset, and the
 * at-risk amount and sole remedy always, follow the agreement's regime.
 */
public record LevelCredits(
        List<CreditTier> tiers,
        FeeBasis feeBasis,
        BigDecimal monthlyCapPercent,
        BigDecimal rollingTwelveMonthCapPercent,
        Money minimumCredit,
        EarnBack earnBack,
        ClaimDeadline claimDeadline,
        CreditTrigger trigger,
        MinimumCreditRule minimumCreditRule,
        BigDecimal monthlyCapDays) {

    public LevelCredits {
        tiers = Lists.copy(tiers);
    }

    public LevelCredits(List<CreditTier> tiers, FeeBasis feeBasis, BigDecimal monthlyCapPercent,
                        BigDecimal rollingTwelveMonthCapPercent, Money minimumCredit, EarnBack earnBack,
                        ClaimDeadline claimDeadline, CreditTrigger trigger) {
        this(tiers, feeBasis, monthlyCapPercent, rollingTwelveMonthCapPercent, minimumCredit, earnBack, claimDeadline,
                trigger, null, null);
    }

    public static LevelCredits tiers(List<CreditTier> tiers) {
        return new LevelCredits(tiers, null, null, null, null, null, null, null);
    }

    /** Whether any term is set at all. */
    public boolean setsAnything() {
        return !tiers.isEmpty() || feeBasis != null || monthlyCapPercent != null || rollingTwelveMonthCapPercent != null
                || minimumCredit != null || earnBack != null || claimDeadline != null || trigger != null
                || minimumCreditRule != null || monthlyCapDays != null;
    }
}
