package org.slastudio.clauses;

import java.util.ArrayList;
import java.util.List;
import org.slastudio.model.Agreement;
import org.slastudio.model.ClaimDeadline;
import org.slastudio.model.CreditRegime;
import org.slastudio.model.CreditTier;
import org.slastudio.model.FeeBasis;
import org.slastudio.model.MeasurementPeriod;
import org.slastudio.model.PoolAllocation;
import org.slastudio.model.Service;
import org.slastudio.model.TierBound;

/** The credit regime's placeholders: tiers, caps, minimum, claims, earn-back and the at-risk amount. */
final class CreditPlaceholders {
    static final List<String> FORMS = List.of("credits.tiers", "credits.tier.<n>.credit", "credits.tier.<n>.lower",
            "credits.tier.<n>.upper", "credits.feeBasis", "credits.monthlyCap", "credits.rollingTwelveMonthCap",
            "credits.minimumCredit", "credits.claimDeadline", "credits.earnBackPeriods", "credits.earnBackTarget",
            "credits.atRisk", "credits.poolAllocation");

    private CreditPlaceholders() {
    }

    static FilledValue resolve(String[] p, Agreement a) {
        CreditRegime r = a.creditRegime();
        if (r == null) {
            return FilledValue.missing("the draft has no credit regime");
        }
        return switch (p[1]) {
            case "tiers" -> tiers(r);
            case "tier" -> tier(r, Integer.parseInt(p[2]), p[3]);
            case "feeBasis" -> FilledValue.of(r.feeBasis(), "the fee basis is not set", (FeeBasis b) -> switch (b) {
                case AFFECTED_SERVICE -> "the monthly fee of the affected service";
                case ALL_SERVICES -> "the monthly fees of all services";
                case AT_RISK_AMOUNT -> "the at-risk amount";
            });
            case "monthlyCap" -> FilledValue.of(r.monthlyCapPercent(), "the monthly cap is not set", ClauseWords::percent);
            case "rollingTwelveMonthCap" -> FilledValue.of(r.rollingTwelveMonthCapPercent(), "the rolling 12-month cap is not set",
                    ClauseWords::percent);
            case "minimumCredit" -> r.minimumCredit() == null || r.minimumCredit().amount() == null
                    ? FilledValue.missing("the minimum credit is not set") : FilledValue.of(ClauseWords.money(r.minimumCredit()));
            case "claimDeadline" -> claimDeadline(r.claimDeadline(), a);
            case "earnBackPeriods" -> FilledValue.of(r.earnBack() == null ? null : r.earnBack().followingPeriods(),
                    "earn-back is not set", String::valueOf);
            case "earnBackTarget" -> FilledValue.of(r.earnBack() == null ? null : r.earnBack().requiredPercent(),
                    "earn-back names no availability to reach", ClauseWords::percent);
            case "poolAllocation" -> poolAllocation(r, a);
            default -> FilledValue.of(r.atRisk() == null ? null : r.atRisk().percentOfMonthlyCharges(),
                    "the at-risk amount is not set", ClauseWords::percent);
        };
    }

    /** One tier, counted from 1 in draft order: its credit, or the availability at its lower or upper bound. */
    private static FilledValue tier(CreditRegime r, int n, String field) {
        CreditTier t = n >= 1 && n <= r.tiers().size() ? r.tiers().get(n - 1) : null;
        if (t == null) {
            return FilledValue.missing("there is no credit tier " + n);
        }
        return switch (field) {
            case "credit" -> t.creditPercent() != null ? FilledValue.of(ClauseWords.percent(t.creditPercent()))
                    : t.fixedCredit() != null && t.fixedCredit().amount() != null ? FilledValue.of(ClauseWords.money(t.fixedCredit()))
                    : t.downtimeMultiple() != null ? FilledValue.of(multiple(t))
                    : FilledValue.missing("credit tier " + n + " has no credit");
            case "lower" -> bound(t.lower(), "credit tier " + n + " has no lower bound");
            default -> bound(t.upper(), "credit tier " + n + " has no upper bound");
        };
    }

    private static FilledValue bound(TierBound b, String whyMissing) {
        if (b != null && b.atTarget()) {
            return FilledValue.of(TARGET);
        }
        return b == null || b.percent() == null ? FilledValue.missing(whyMissing) : FilledValue.of(ClauseWords.percent(b.percent()));
    }

    private static final String TARGET = "the service's target";

    private static String edge(TierBound b) {
        return b.atTarget() ? TARGET : ClauseWords.percent(b.percent());
    }

    private static FilledValue poolAllocation(CreditRegime r, Agreement a) {
        List<String> parts = new ArrayList<>();
        for (PoolAllocation p : r.atRisk() == null ? List.<PoolAllocation>of() : r.atRisk().allocations()) {
            if (p != null && p.serviceId() != null && p.percent() != null) {
                String name = a.service(p.serviceId()).map(Service::name).filter(n -> !n.isBlank()).orElse(p.serviceId());
                parts.add(name + " " + ClauseWords.percent(p.percent()));
            }
        }
        return parts.isEmpty() ? FilledValue.missing("there is no pool allocation") : FilledValue.of(ClauseWords.list(parts, "and"));
    }

    private static FilledValue tiers(CreditRegime r) {
        List<String> parts = new ArrayList<>();
        for (CreditTier t : r.tiers()) {
            if (t == null || (t.creditPercent() == null && t.fixedCredit() == null && t.downtimeMultiple() == null)) {
                continue;
            }
            String credit = t.creditPercent() != null ? ClauseWords.percent(t.creditPercent())
                    : t.fixedCredit() != null ? ClauseWords.money(t.fixedCredit()) : multiple(t);
            parts.add(credit + " where availability is " + band(t.lower(), t.upper()));
        }
        if (parts.isEmpty()) {
            return FilledValue.missing("there are no credit tiers");
        }
        return FilledValue.of(parts.size() == 1 ? parts.get(0)
                : String.join("; ", parts.subList(0, parts.size() - 1)) + "; and " + parts.get(parts.size() - 1));
    }

    /** E.g. "below 99.95% but at least 99.0%": the upper edge first, as agreements describe a fall from the target. */
    private static String band(TierBound lower, TierBound upper) {
        boolean hasLower = lower != null && (lower.percent() != null || lower.atTarget());
        boolean hasUpper = upper != null && (upper.percent() != null || upper.atTarget());
        String low = hasLower ? (lower.inclusive() ? "at least " : "above ") + edge(lower) : null;
        String high = hasUpper ? (upper.inclusive() ? "at most " : "below ") + edge(upper) : null;
        if (low != null && high != null) {
            return high + " but " + low;
        }
        return high != null ? high : low != null ? low : "at any level";
    }

    private static FilledValue claimDeadline(ClaimDeadline d, Agreement a) {
        if (d == null || d.rule() == null || d.count() == null) {
            return FilledValue.missing("the claim deadline is not set");
        }
        MeasurementPeriod period = a.overview() == null ? null : a.overview().measurementPeriod();
        String after = period == null ? "the measurement period" : "the " + ClauseWords.period(period);
        String days = d.count() + (d.count() == 1 ? " day" : " days");
        String businessDays = d.count() + (d.count() == 1 ? " business day" : " business days");
        String incident = " after the day the first counted outage began";
        return FilledValue.of(switch (d.rule()) {
            case DAYS_AFTER_PERIOD_END -> days + " after the end of " + after;
            case END_OF_NTH_FOLLOWING_BILLING_CYCLE -> "the end of the " + ClauseWords.ordinal(d.count()) + " billing cycle after " + after;
            case DAYS_AFTER_INCIDENT -> days + incident;
            case BUSINESS_DAYS_AFTER_PERIOD_END -> businessDays + " after the end of " + after;
            case BUSINESS_DAYS_AFTER_INCIDENT -> businessDays + incident;
        });
    }

    /** "10 times the fees for the Downtime". */
    private static String multiple(CreditTier t) {
        return t.downtimeMultiple().stripTrailingZeros().toPlainString() + " times the fees for the Downtime";
    }
}
