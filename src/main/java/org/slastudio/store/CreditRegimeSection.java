package org.slastudio.store;

import java.util.List;
import org.slastudio.model.AtRiskAmount;
import org.slastudio.model.ClaimDeadline;
import org.slastudio.model.ClaimDeadlineRule;
import org.slastudio.model.CreditRegime;
import org.slastudio.model.CreditTier;
import org.slastudio.model.CreditTrigger;
import org.slastudio.model.EarnBack;
import org.slastudio.model.FeeBasis;
import org.slastudio.model.LevelCredits;
import org.slastudio.model.MinimumCreditRule;
import org.slastudio.model.PoolAllocation;
import org.slastudio.model.TierBound;

/**
 * The credit regime of a draft file: tiers, caps, the amount at risk, earn-back and claims. Read and write sit
 * together in one class per section, as a wizard step loads and builds its own part, so that a new term is one
 * edit in one small file.
 */
final class CreditRegimeSection {

    private CreditRegimeSection() {
    }

    static CreditRegime readCreditRegime(Fields o) {
        return new CreditRegime(
                readTiers(o),
                o.choice("feeBasis", FeeBasis.class),
                o.decimal("monthlyCapPercent", "50"),
                o.decimal("rollingTwelveMonthCapPercent", "20"),
                o.object("atRisk", a -> new AtRiskAmount(a.decimal("percentOfMonthlyCharges", "12"),
                        a.list("allocations", false, p -> new PoolAllocation(p.text("serviceId"),
                                p.decimal("percent", "50"))))),
                o.money("minimumCredit"),
                o.object("earnBack", CreditRegimeSection::readEarnBack),
                o.object("claimDeadline", CreditRegimeSection::readClaimDeadline),
                o.flag("soleRemedy"),
                o.choice("trigger", CreditTrigger.class),
                o.choice("minimumCreditRule", MinimumCreditRule.class),
                o.decimal("monthlyCapDays", "30"));
    }

    static LevelCredits readLevelCredits(Fields o) {
        return new LevelCredits(
                readTiers(o),
                o.choice("feeBasis", FeeBasis.class),
                o.decimal("monthlyCapPercent", "50"),
                o.decimal("rollingTwelveMonthCapPercent", "20"),
                o.money("minimumCredit"),
                o.object("earnBack", CreditRegimeSection::readEarnBack),
                o.object("claimDeadline", CreditRegimeSection::readClaimDeadline),
                o.choice("trigger", CreditTrigger.class),
                o.choice("minimumCreditRule", MinimumCreditRule.class),
                o.decimal("monthlyCapDays", "30"));
    }

    static void writeLevelCredits(Out o, LevelCredits v) {
        o.list("tiers", v.tiers(), null, CreditRegimeSection::writeTier);
        o.choice("feeBasis", v.feeBasis());
        o.decimal("monthlyCapPercent", v.monthlyCapPercent());
        o.decimal("rollingTwelveMonthCapPercent", v.rollingTwelveMonthCapPercent());
        o.money("minimumCredit", v.minimumCredit());
        o.object("earnBack", v.earnBack(), CreditRegimeSection::writeEarnBack);
        o.object("claimDeadline", v.claimDeadline(), CreditRegimeSection::writeClaimDeadline);
        o.choice("trigger", v.trigger());
        o.choice("minimumCreditRule", v.minimumCreditRule());
        o.decimal("monthlyCapDays", v.monthlyCapDays());
    }

    private static EarnBack readEarnBack(Fields e) {
        return new EarnBack(e.whole("followingPeriods", "3"), e.decimal("requiredPercent", "99.95"));
    }

    private static ClaimDeadline readClaimDeadline(Fields c) {
        return new ClaimDeadline(c.choice("rule", ClaimDeadlineRule.class), c.whole("count", "30"), c.text("calendarWindowId"));
    }

    private static List<CreditTier> readTiers(Fields o) {
        return o.list("tiers", false, t -> new CreditTier(t.object("lower", CreditRegimeSection::readBound),
                t.object("upper", CreditRegimeSection::readBound), t.decimal("creditPercent", "10"),
                t.money("fixedCredit"), t.decimal("downtimeMultiple", "10")));
    }

    static void writeCreditRegime(Out o, CreditRegime v) {
        o.list("tiers", v.tiers(), null, CreditRegimeSection::writeTier);
        o.choice("feeBasis", v.feeBasis());
        o.decimal("monthlyCapPercent", v.monthlyCapPercent());
        o.decimal("rollingTwelveMonthCapPercent", v.rollingTwelveMonthCapPercent());
        o.object("atRisk", v.atRisk(), CreditRegimeSection::writeAtRisk);
        o.money("minimumCredit", v.minimumCredit());
        o.object("earnBack", v.earnBack(), CreditRegimeSection::writeEarnBack);
        o.object("claimDeadline", v.claimDeadline(), CreditRegimeSection::writeClaimDeadline);
        o.flag("soleRemedy", v.soleRemedy());
        o.choice("trigger", v.trigger());
        o.choice("minimumCreditRule", v.minimumCreditRule());
        o.decimal("monthlyCapDays", v.monthlyCapDays());
    }

    private static void writeTier(Out o, CreditTier v) {
        o.object("lower", v.lower(), CreditRegimeSection::writeBound);
        o.object("upper", v.upper(), CreditRegimeSection::writeBound);
        o.decimal("creditPercent", v.creditPercent());
        o.money("fixedCredit", v.fixedCredit());
        o.decimal("downtimeMultiple", v.downtimeMultiple());
    }

    private static TierBound readBound(Fields o) {
        boolean atTarget = o.optionalFlag("atTarget");
        return new TierBound(atTarget ? null : o.decimal("percent", "99.0"), o.flag("inclusive"), atTarget);
    }

    private static void writeBound(Out o, TierBound v) {
        if (v.atTarget()) {
            o.flag("atTarget", true);
        } else {
            o.decimal("percent", v.percent());
        }
        o.flag("inclusive", v.inclusive());
    }

    private static void writeAtRisk(Out o, AtRiskAmount v) {
        o.decimal("percentOfMonthlyCharges", v.percentOfMonthlyCharges());
        o.list("allocations", v.allocations(), null, CreditRegimeSection::writeAllocation);
    }

    private static void writeAllocation(Out o, PoolAllocation v) {
        o.text("serviceId", v.serviceId());
        o.decimal("percent", v.percent());
    }

    private static void writeEarnBack(Out o, EarnBack v) {
        o.whole("followingPeriods", v.followingPeriods());
        o.decimal("requiredPercent", v.requiredPercent());
    }

    private static void writeClaimDeadline(Out o, ClaimDeadline v) {
        o.choice("rule", v.rule());
        o.whole("count", v.count());
        o.text("calendarWindowId", v.calendarWindowId());
    }
}
