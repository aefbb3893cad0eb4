package org.slastudio.negotiation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.slastudio.model.ClaimDeadline;
import org.slastudio.model.ClaimDeadlineRule;
import org.slastudio.model.CreditRegime;
import org.slastudio.model.CreditTier;
import org.slastudio.model.CreditTrigger;
import org.slastudio.model.LevelCredits;
import org.slastudio.model.MinimumCreditRule;
import org.slastudio.model.TierBound;

/**
 * The credit terms of two drafts compared: the agreement's regime (tiers, trigger, fee basis, caps, minimum,
 * earn-back, claim deadline, at-risk amount, sole remedy) and a level's own terms, with whom each change favours.
 */
final class CreditTermsDiff {
    private static final Favours NEUTRAL = Favours.NEUTRAL;
    private static final Favours CUSTOMER = Favours.CUSTOMER;
    private static final Favours PROVIDER = Favours.PROVIDER;

    private final DraftDiff diff;

    CreditTermsDiff(DraftDiff diff) {
        this.diff = diff;
    }

    void compare() {
        TermKey c = TermKey.of("creditRegime");
        CreditRegime a = diff.ours.creditRegime();
        CreditRegime b = diff.theirs.creditRegime();
        if (!diff.both(c, "Service credits", a, b, x -> x.tiers().size() + " tiers", CUSTOMER)) {
            return;
        }
        creditTerms(c, "", a, b);
        TermKey r = c.field("atRisk");
        if (diff.both(r, "At-risk amount", a.atRisk(), b.atRisk(), x -> DraftDiff.percent(x.percentOfMonthlyCharges()) + " of monthly charges", CUSTOMER)) {
            diff.field(r.field("percentOfMonthlyCharges"), "At-risk amount", a.atRisk().percentOfMonthlyCharges(),
                    b.atRisk().percentOfMonthlyCharges(), p -> DraftDiff.percent(p) + " of monthly charges",
                    DraftDiff.higher(a.atRisk().percentOfMonthlyCharges(), b.atRisk().percentOfMonthlyCharges(), CUSTOMER));
            diff.field(r.field("allocations"), "At-risk allocation", a.atRisk().allocations(), b.atRisk().allocations(),
                    l -> l.stream().map(p -> p == null ? "?" : p.serviceId() + " " + DraftDiff.text(p.percent(), DraftDiff::percent))
                            .collect(Collectors.joining(", ")), NEUTRAL);
        }
        diff.field(c.field("soleRemedy"), "Credits are the sole remedy", a.soleRemedy(), b.soleRemedy(), DraftDiff::yesNo,
                b.soleRemedy() ? PROVIDER : CUSTOMER);
    }

    /** A level's own credit terms, each against the other draft's; added or dropped as a whole where only one has them. */
    void levelCredits(TermKey key, String label, LevelCredits a, LevelCredits b) {
        if (diff.both(key, label + ": own credit terms", a, b, CreditTermsDiff::ownTerms, NEUTRAL)) {
            creditTerms(key, label + ": ", asRegime(a), asRegime(b));
        }
    }

    /** The terms the agreement's regime and a level's own have in common, labelled with {@code prefix}. */
    private void creditTerms(TermKey c, String prefix, CreditRegime a, CreditRegime b) {
        String credit = prefix.isEmpty() ? "Credit tier " : named(prefix, "credit tier ");
        diff.list(c, "tiers", a.tiers(), b.tiers(), true, (t, key) -> credit + (Integer.parseInt(key) + 1),
                CreditTermsDiff::tier, CUSTOMER, (key, x, y, label) -> {
                    diff.field(key.field("lower"), label + ": lower bound", x.lower(), y.lower(), bound -> bound(bound, true), NEUTRAL);
                    diff.field(key.field("upper"), label + ": upper bound", x.upper(), y.upper(), bound -> bound(bound, false), NEUTRAL);
                    diff.field(key.field("creditPercent"), label, x.creditPercent(), y.creditPercent(), DraftDiff::percent,
                            DraftDiff.higher(x.creditPercent(), y.creditPercent(), CUSTOMER));
                    diff.field(key.field("fixedCredit"), label + ": fixed credit", x.fixedCredit(), y.fixedCredit(), DraftDiff::money,
                            DraftDiff.higher(x.fixedCredit(), y.fixedCredit(), CUSTOMER));
                    diff.field(key.field("downtimeMultiple"), label, x.downtimeMultiple(),
                            y.downtimeMultiple(), CreditTermsDiff::times, DraftDiff.higher(x.downtimeMultiple(), y.downtimeMultiple(), CUSTOMER));
                });
        diff.field(c.field("trigger"), named(prefix, "credits owed"), a.effectiveTrigger(), b.effectiveTrigger(), CreditTermsDiff::trigger,
                b.effectiveTrigger() == a.effectiveTrigger() ? NEUTRAL
                        : b.effectiveTrigger() == CreditTrigger.TARGET_MISSED ? PROVIDER : CUSTOMER);
        diff.field(c.field("feeBasis"), named(prefix, "credits calculated on"), a.feeBasis(), b.feeBasis(), DraftDiff::words, NEUTRAL);
        diff.field(c.field("monthlyCapPercent"), named(prefix, "monthly credit cap"), a.monthlyCapPercent(), b.monthlyCapPercent(),
                DraftDiff::percent, cap(a.monthlyCapPercent(), b.monthlyCapPercent()));
        diff.field(c.field("monthlyCapDays"), named(prefix, "credit cap in days of fees per period"), a.monthlyCapDays(),
                b.monthlyCapDays(), d -> d.toPlainString() + " days of fees", cap(a.monthlyCapDays(), b.monthlyCapDays()));
        diff.field(c.field("rollingTwelveMonthCapPercent"), named(prefix, "rolling 12-month credit cap"), a.rollingTwelveMonthCapPercent(),
                b.rollingTwelveMonthCapPercent(), DraftDiff::percent,
                cap(a.rollingTwelveMonthCapPercent(), b.rollingTwelveMonthCapPercent()));
        diff.field(c.field("minimumCredit"), named(prefix, "minimum credit"), a.minimumCredit(), b.minimumCredit(), DraftDiff::money,
                DraftDiff.higher(a.minimumCredit() == null ? BigDecimal.ZERO : a.minimumCredit(),
                        b.minimumCredit() == null ? BigDecimal.ZERO : b.minimumCredit(), PROVIDER));
        diff.field(c.field("minimumCreditRule"), named(prefix, "a credit of exactly the minimum is issued"),
                a.effectiveMinimumRule() == MinimumCreditRule.AT_LEAST, b.effectiveMinimumRule() == MinimumCreditRule.AT_LEAST,
                DraftDiff::yesNo, b.effectiveMinimumRule() == MinimumCreditRule.MORE_THAN ? PROVIDER : CUSTOMER);
        TermKey e = c.field("earnBack");
        if (diff.both(e, named(prefix, "earn-back"), a.earnBack(), b.earnBack(), x -> x.followingPeriods() + " following periods", PROVIDER)) {
            diff.field(e.field("followingPeriods"), named(prefix, "earn-back: following periods to meet"), a.earnBack().followingPeriods(),
                    b.earnBack().followingPeriods(), Object::toString,
                    DraftDiff.higher(a.earnBack().followingPeriods(), b.earnBack().followingPeriods(), CUSTOMER));
            diff.field(e.field("requiredPercent"), named(prefix, "earn-back: availability required"), a.earnBack().requiredPercent(),
                    b.earnBack().requiredPercent(), DraftDiff::percent,
                    DraftDiff.higher(a.earnBack().requiredPercent(), b.earnBack().requiredPercent(), CUSTOMER));
        }
        TermKey d = c.field("claimDeadline");
        ClaimDeadline x = a.claimDeadline();
        ClaimDeadline y = b.claimDeadline();
        if (diff.both(d, named(prefix, "claim deadline"), x, y, CreditTermsDiff::deadline, PROVIDER)) {
            if (x.rule() == y.rule()) {
                diff.field(d.field("count"), named(prefix, "claim deadline"), x.count(), y.count(),
                        n -> deadline(new ClaimDeadline(x.rule(), n, x.calendarWindowId())), DraftDiff.higher(x.count(), y.count(), CUSTOMER));
            } else {
                diff.field(d, named(prefix, "claim deadline"), x, y, CreditTermsDiff::deadline, laterClaim(x, y));
            }
            if (x.rule() == y.rule() && y.rule() != null && y.rule().businessDays()) {
                diff.field(d.field("calendarWindowId"), named(prefix, "claim deadline: business days of window"), x.calendarWindowId(),
                        y.calendarWindowId(), DraftDiff::quoted, NEUTRAL);
            }
        }
    }

    /** "Monthly credit cap", or "Service X, window Y: monthly credit cap". */
    private static String named(String prefix, String term) {
        return prefix.isEmpty() ? Character.toUpperCase(term.charAt(0)) + term.substring(1) : prefix + term;
    }

    private static CreditRegime asRegime(LevelCredits c) {
        return new CreditRegime(c.tiers(), c.feeBasis(), c.monthlyCapPercent(), c.rollingTwelveMonthCapPercent(), null,
                c.minimumCredit(), c.earnBack(), c.claimDeadline(), false, c.trigger(), c.minimumCreditRule(), c.monthlyCapDays());
    }

    private static String ownTerms(LevelCredits c) {
        int n = c.tiers().size();
        return n == 0 ? "terms in place of the agreement's" : n + (n == 1 ? " tier" : " tiers") + " of its own";
    }

    private static String trigger(CreditTrigger t) {
        return t == CreditTrigger.TARGET_MISSED ? "only for a missed target" : "as the tiers are drafted";
    }

    /** A cap limits credits: a higher one favours the customer, adding one the provider, dropping one the customer. */
    private static Favours cap(BigDecimal before, BigDecimal after) {
        if (before == null || after == null) {
            return before == after ? NEUTRAL : after == null ? CUSTOMER : PROVIDER;
        }
        return DraftDiff.higher(before, after, CUSTOMER);
    }

    private static String bound(TierBound b, boolean lower) {
        String p = b.atTarget() ? "the target" : b.percent() == null ? "?" : DraftDiff.percent(b.percent());
        return (lower ? (b.inclusive() ? "at least " : "above ") : (b.inclusive() ? "at most " : "below ")) + p;
    }

    private static String times(BigDecimal multiple) {
        return multiple.toPlainString() + " times the fees for the downtime";
    }

    private static String tier(CreditTier t) {
        List<String> band = new ArrayList<>();
        if (t.lower() != null) {
            band.add(bound(t.lower(), true));
        }
        if (t.upper() != null) {
            band.add(bound(t.upper(), false));
        }
        String credit = t.creditPercent() != null ? DraftDiff.percent(t.creditPercent()) : t.fixedCredit() != null ? DraftDiff.money(t.fixedCredit())
                : t.downtimeMultiple() != null ? times(t.downtimeMultiple()) : "no credit";
        return (band.isEmpty() ? "any availability" : String.join(" and ", band)) + ": " + credit;
    }

    private static String deadline(ClaimDeadline d) {
        if (d.rule() == null) {
            return d.count() + " (counted from nothing stated)";
        }
        return switch (d.rule()) {
            case END_OF_NTH_FOLLOWING_BILLING_CYCLE -> "end of billing cycle " + d.count() + " after the period";
            case DAYS_AFTER_PERIOD_END -> d.count() + " days after the period ends";
            case DAYS_AFTER_INCIDENT -> d.count() + " days after the incident";
            case BUSINESS_DAYS_AFTER_PERIOD_END -> d.count() + " business days of " + DraftDiff.quoted(d.calendarWindowId()) + " after the period ends";
            case BUSINESS_DAYS_AFTER_INCIDENT -> d.count() + " business days of " + DraftDiff.quoted(d.calendarWindowId()) + " after the incident";
        };
    }

    /**
     * A new rule with the same count gives the customer longer where it counts from later (the period's end, not
     * the incident within it) or in longer days (business days, not calendar days) and shorter in neither.
     */
    private static Favours laterClaim(ClaimDeadline x, ClaimDeadline y) {
        if (x.rule() == null || y.rule() == null || !java.util.Objects.equals(x.count(), y.count())
                || x.rule() == ClaimDeadlineRule.END_OF_NTH_FOLLOWING_BILLING_CYCLE
                || y.rule() == ClaimDeadlineRule.END_OF_NTH_FOLLOWING_BILLING_CYCLE) {
            return NEUTRAL;
        }
        int start = Boolean.compare(!y.rule().fromIncident(), !x.rule().fromIncident());
        int days = Boolean.compare(y.rule().businessDays(), x.rule().businessDays());
        if (start >= 0 && days >= 0) {
            return CUSTOMER;
        }
        return start <= 0 && days <= 0 ? PROVIDER : NEUTRAL;
    }
}
