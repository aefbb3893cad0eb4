package org.slastudio.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.slastudio.model.AtRiskAmount;
import org.slastudio.model.CreditRegime;
import org.slastudio.model.CreditTier;
import org.slastudio.model.CreditTrigger;
import org.slastudio.model.EarnBack;
import org.slastudio.model.MinimumCreditRule;
import org.slastudio.model.Money;
import org.slastudio.model.TierBound;

/**
 * The credit owed for one service and period, with every step explained.
 *
 * <p>Steps, in order: where credits are owed only for a missed target, nothing is owed when the level's target is
 * met; the tier for the unrounded availability (the first tier, in drafted order, that contains it, edges drawn at
 * the target taking the level's target); under the tiers as drafted a met target still pays the tier that contains
 * it; the credit as a percentage of the fee basis, a fixed amount or a multiple of the fees for the downtime; the
 * caps per period (a percentage, and N days of fees); the rolling 12-month
 * cap given earlier periods; the at-risk amount shared with other services' credits in the same period; the
 * minimum credit; earn-back over the following periods. All of that is exact. Rounding happens once, at the end,
 * to the currency's minor units, half up (the commercial rule invoices use; half-even would favour neither side
 * but surprises readers who check by hand), except that a credit is rounded down where rounding up would take it
 * past a cap it met (a 50% cap of EUR 66.67 is EUR 33.335, so EUR 33.33). Comparisons with the minimum use the
 * exact amount: under "more than" the minimum a credit of USD 1.001 passes USD 1, though it is issued as USD 1.00.
 *
 * @param tier        the tier number from 1, or null where the availability is in no tier
 * @param feeBasis    the fee basis for the period
 * @param exactCredit the credit before rounding
 * @param credit      the credit to issue, rounded
 * @param claimBy     the last day to claim it, or null where the regime sets no deadline
 * @param earnBack    whether the credit was earned back, lost its earn-back, or waits on periods not yet known
 */
public record CreditCalculation(
        MeasurementPeriodRange period,
        BigDecimal availabilityPercent,
        Integer tier,
        Money feeBasis,
        BigDecimal exactCredit,
        Money credit,
        List<CreditStep> steps,
        LocalDate claimBy,
        EarnBackOutcome earnBack) {

    /** What became of a credit under the regime's earn-back. */
    public enum EarnBackOutcome {
        /** No earn-back applies: no earn-back in the terms, or no credit to earn back. */
        NONE,
        /** The following periods met the level: the credit is not payable. */
        EARNED_BACK,
        /** A following period fell short: the credit is payable. */
        LOST,
        /** Not all the following periods are known yet. */
        PENDING
    }

    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public CreditCalculation {
        steps = List.copyOf(steps);
    }

    public static CreditCalculation calculate(CreditCase c) {
        return new Calculator(c).run();
    }

    /** One line per step, for a report or the command line. */
    public String explanation() {
        StringBuilder text = new StringBuilder();
        for (CreditStep step : steps) {
            text.append(step.explanation()).append('\n');
        }
        return text.toString();
    }

    private static final class Calculator {
        private final CreditCase c;
        private final CreditRegime regime;
        private final CreditFees fees;
        private final Currency currency;
        private final List<CreditStep> steps = new ArrayList<>();
        private BigDecimal credit = BigDecimal.ZERO;
        private EarnBackOutcome outcome = EarnBackOutcome.NONE;
        /** The lowest cap met on the way: rounding must not lift the credit above it. */
        private BigDecimal ceiling;

        Calculator(CreditCase c) {
            this.c = c;
            CreditRegime drafted = c.regime() == null ? CreditRegime.none() : c.regime();
            this.regime = c.targetPercent() == null ? drafted : drafted.forTarget(c.targetPercent());
            this.fees = new CreditFees(c, regime);
            this.currency = fees.currency();
        }

        CreditCalculation run() {
            BigDecimal basis = fees.basis();
            LocalDate claimBy = regime.claimDeadline() == null || regime.claimDeadline().rule() == null
                    ? null : ClaimDeadlines.lastDayToClaim(regime.claimDeadline(), c.period());
            Integer tierNumber = null;
            String availability = Amounts.percent(c.availabilityPercent());
            boolean reached = c.targetPercent() != null && c.availabilityPercent().compareTo(c.targetPercent()) >= 0;
            boolean met = reached && regime.effectiveTrigger() == CreditTrigger.TARGET_MISSED;
            if (met) {
                step("target", availability + " meets the " + plain(c.targetPercent()) + "% target: no credit");
            }
            for (int i = 0; i < regime.tiers().size() && tierNumber == null && !met; i++) {
                CreditTier tier = regime.tiers().get(i);
                if (tier != null && tier.relativeToTarget() && c.targetPercent() == null) {
                    throw new IllegalArgumentException("Credit tier " + (i + 1) + " is bounded by the level's target, but the "
                            + "level has no target ($.services[].levels[].targetPercent); set it or give the tier a fixed bound");
                }
                if (tier != null && tier.contains(c.availabilityPercent())) {
                    tierNumber = i + 1;
                    credit = tierCredit(tier, basis);
                    String band = band(tier);
                    String amount = tier.creditPercent() != null
                            ? plain(tier.creditPercent()) + "% of " + money(basis) + " = " + money(credit)
                            : tier.fixedCredit() != null ? "a fixed " + money(credit)
                            : tier.downtimeMultiple() != null ? proportional(tier, basis)
                            : "a fixed " + money(credit);
                    String asDrafted = reached ? " (it meets the " + plain(c.targetPercent())
                            + "% target, but the tier as drafted includes it)" : "";
                    step("tier", availability + (band.isEmpty() ? "" : " is " + band) + asDrafted + ": tier " + tierNumber
                            + ", " + amount);
                }
            }
            if (tierNumber == null && !met) {
                step("tier", availability + " is in no credit tier: no credit");
            } else {
                periodCap(basis);
                daysCap(basis);
                rollingCap(basis);
                atRiskCap();
                minimum();
                earnBack();
            }
            BigDecimal exact = credit;
            int minorUnits = Math.max(0, currency.getDefaultFractionDigits());
            BigDecimal rounded = exact.setScale(minorUnits, ROUNDING);
            String how = "rounded half up to whole minor units";
            if (ceiling != null && rounded.compareTo(ceiling) > 0) {
                rounded = exact.setScale(minorUnits, RoundingMode.DOWN);
                how = "rounded down, as rounding up would pass the cap";
            }
            if (tierNumber != null) {
                boolean changed = rounded.compareTo(exact) != 0;
                step("rounding", "credit due: " + money(rounded) + (changed ? " (" + money(exact) + " " + how + ")" : ""));
            }
            return new CreditCalculation(c.period(), c.availabilityPercent(), tierNumber, new Money(basis, currency),
                    exact, new Money(rounded, currency), steps, claimBy, outcome);
        }

        private BigDecimal tierCredit(CreditTier tier, BigDecimal basis) {
            if (tier.creditPercent() != null) {
                return basis.multiply(tier.creditPercent()).movePointLeft(2);
            }
            if (tier.fixedCredit() != null && tier.fixedCredit().amount() != null) {
                fees.inTheirCurrency(tier.fixedCredit(), () -> "a tier's fixed credit ($.creditRegime.tiers[].fixedCredit)");
                return tier.fixedCredit().amount();
            }
            if (tier.downtimeMultiple() != null) {
                return CreditForms.proportional(tier, basis, c.availabilityPercent());
            }
            return BigDecimal.ZERO;
        }

        private String proportional(CreditTier tier, BigDecimal basis) {
            BigDecimal lost = CreditForms.unavailable(c.availabilityPercent());
            return plain(tier.downtimeMultiple()) + " times the fees for the downtime: " + plain(tier.downtimeMultiple())
                    + " x " + Amounts.percent(lost) + " of the measured time down x " + money(basis) + " = " + money(credit);
        }

        private void daysCap(BigDecimal basis) {
            BigDecimal days = regime.monthlyCapDays();
            if (days == null) {
                return;
            }
            BigDecimal cap = CreditForms.daysCap(basis, days, c.period());
            limit(cap);
            String head = "the cap of " + plain(days) + " days of fees is " + money(basis) + " x " + plain(days) + " / "
                    + CreditForms.daysIn(c.period()).toPlainString() + " days in the period = " + money(cap);
            if (credit.compareTo(cap) > 0) {
                credit = cap;
                step("days cap", head + ": capped at it");
            } else {
                step("days cap", head + ": under it");
            }
        }

        private void periodCap(BigDecimal basis) {
            BigDecimal percent = regime.monthlyCapPercent();
            if (percent == null) {
                return;
            }
            BigDecimal cap = basis.multiply(percent).movePointLeft(2);
            limit(cap);
            if (credit.compareTo(cap) > 0) {
                credit = cap;
                step("monthly cap", "capped at the " + plain(percent) + "% cap: " + money(cap));
            } else {
                step("monthly cap", "under the " + plain(percent) + "% cap of " + money(cap));
            }
        }

        private void rollingCap(BigDecimal basis) {
            BigDecimal percent = regime.rollingTwelveMonthCapPercent();
            if (percent == null) {
                return;
            }
            BigDecimal fees = basis;
            BigDecimal credited = BigDecimal.ZERO;
            // Before the term no fees were paid: those periods count neither way.
            List<MeasurementPeriodRange> lookBack = c.period().earlierInTwelveMonths().stream()
                    .filter(p -> c.termStart() == null || !p.lastDay().isBefore(c.termStart())).toList();
            for (MeasurementPeriodRange p : lookBack) {
                EarlierCredit earlier = earlier(p);
                fees = fees.add(earlier == null || earlier.feeBasis() == null ? basis : earlier.feeBasis());
                credited = credited.add(earlier == null || earlier.credited() == null ? BigDecimal.ZERO : earlier.credited());
            }
            int periods = lookBack.size() + 1;
            BigDecimal cap = fees.multiply(percent).movePointLeft(2);
            BigDecimal room = cap.subtract(credited).max(BigDecimal.ZERO);
            limit(room);
            String head = "the 12-month cap is " + plain(percent) + "% of " + money(fees) + " (" + periods
                    + (periods == 1 ? " period) = " : " periods) = ") + money(cap) + "; " + money(credited) + " already credited leaves " + money(room);
            if (credit.compareTo(room) > 0) {
                credit = room;
                step("12-month cap", head + ": credit reduced to " + money(room));
            } else {
                step("12-month cap", head + ": within it");
            }
        }

        private EarlierCredit earlier(MeasurementPeriodRange p) {
            for (EarlierCredit e : c.earlierCredits()) {
                if (e != null && p.equals(e.period())) {
                    return e;
                }
            }
            return null;
        }

        private void atRiskCap() {
            AtRiskAmount atRisk = regime.atRisk();
            if (atRisk == null || atRisk.percentOfMonthlyCharges() == null) {
                return;
            }
            BigDecimal amount = fees.atRiskAmount(atRisk);
            BigDecimal room = amount.subtract(c.otherServicesCredits()).max(BigDecimal.ZERO);
            limit(room);
            String head = "the at-risk amount is " + money(amount) + " per period; other services' credits take "
                    + money(c.otherServicesCredits()) + ", leaving " + money(room);
            if (credit.compareTo(room) > 0) {
                credit = room;
                step("at-risk amount", head + ": credit reduced to " + money(room));
            } else {
                step("at-risk amount", head + ": within it");
            }
        }

        private void minimum() {
            Money minimum = regime.minimumCredit();
            if (minimum == null || minimum.amount() == null || credit.signum() == 0) {
                return;
            }
            fees.inTheirCurrency(minimum, () -> "the minimum credit ($.creditRegime.minimumCredit)");
            int c = credit.compareTo(minimum.amount());
            boolean moreThan = regime.effectiveMinimumRule() == MinimumCreditRule.MORE_THAN;
            if (c < 0 || (c == 0 && moreThan)) {
                String below = money(credit);
                credit = BigDecimal.ZERO;
                step("minimum credit", below + (c == 0 ? " does not exceed" : " is below") + " the minimum credit of "
                        + money(minimum.amount()) + ": nothing is issued");
            } else {
                step("minimum credit", (moreThan ? "more than" : "at least") + " the minimum credit of "
                        + money(minimum.amount()));
            }
        }

        private void earnBack() {
            EarnBack earnBack = regime.earnBack();
            if (earnBack == null || earnBack.followingPeriods() == null || earnBack.followingPeriods() <= 0
                    || credit.signum() == 0) {
                return;
            }
            BigDecimal required = earnBack.requiredPercent() != null ? earnBack.requiredPercent() : c.targetPercent();
            int needed = earnBack.followingPeriods();
            if (required == null) {
                step("earn-back", "earn-back needs a level: set $.creditRegime.earnBack.requiredPercent or the service's target");
                return;
            }
            List<BigDecimal> following = c.followingAvailability();
            for (int i = 0; i < Math.min(needed, following.size()); i++) {
                if (following.get(i).compareTo(required) < 0) {
                    outcome = EarnBackOutcome.LOST;
                    step("earn-back", "not earned back: " + c.period().following(i + 1).label() + " at "
                            + Amounts.percent(following.get(i)) + " is below " + plain(required) + "%");
                    return;
                }
            }
            if (following.size() < needed) {
                outcome = EarnBackOutcome.PENDING;
                step("earn-back", "earn-back pending: the credit is earned back if each of the " + needed
                        + " following periods reaches " + plain(required) + "% (" + following.size() + " so far)");
                return;
            }
            credit = BigDecimal.ZERO;
            outcome = EarnBackOutcome.EARNED_BACK;
            step("earn-back", "earned back: each of the " + needed + " following periods reached at least "
                    + plain(required) + "%");
        }

        private String band(CreditTier tier) {
            List<String> parts = new ArrayList<>();
            TierBound upper = tier.upper();
            if (upper != null && upper.percent() != null) {
                parts.add((upper.inclusive() ? "at most " : "below ") + plain(upper.percent()) + "%"
                        + (upper.atTarget() ? " (the target)" : ""));
            }
            TierBound lower = tier.lower();
            if (lower != null && lower.percent() != null) {
                parts.add((lower.inclusive() ? "at least " : "above ") + plain(lower.percent()) + "%"
                        + (lower.atTarget() ? " (the target)" : ""));
            }
            return String.join(" and ", parts);
        }

        private void limit(BigDecimal cap) {
            ceiling = ceiling == null ? cap : ceiling.min(cap);
        }

        private void step(String rule, String explanation) {
            steps.add(new CreditStep(rule, explanation, credit));
        }

        private String money(BigDecimal amount) {
            return Amounts.money(amount, currency);
        }

        private static String plain(BigDecimal value) {
            return value.toPlainString();
        }
    }
}
