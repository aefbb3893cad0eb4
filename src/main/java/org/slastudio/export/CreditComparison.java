package org.slastudio.export;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.slastudio.model.Agreement;
import org.slastudio.model.AtRiskAmount;
import org.slastudio.model.ClaimDeadline;
import org.slastudio.model.CreditRegime;
import org.slastudio.model.CreditTier;
import org.slastudio.model.CreditTrigger;
import org.slastudio.model.EarnBack;
import org.slastudio.model.FeeBasis;
import org.slastudio.model.MeasurementPeriod;
import org.slastudio.model.MinimumCreditRule;
import org.slastudio.model.Money;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;
import org.slastudio.negotiation.Change;
import org.slastudio.negotiation.TermKey;

/**
 * The comparison's words for the credit regime: tiers, trigger and fee basis, caps and minimum, the At-Risk Amount,
 * earn-back, claims and sole remedy; and for a level's own credit terms, which its own clause states.
 */
final class CreditComparison {
    private static final String SECTION = "Service credits";
    private final Comparison c;

    /** A level with credit terms of its own; null for the agreement's regime. */
    record Scope(Service service, ServiceLevel level) {
    }

    CreditComparison(Comparison comparison) {
        this.c = comparison;
    }

    Comparison.Entry entry(Change change, Scope scope) {
        TermKey key = change.term();
        int base = scope == null ? 1 : 3;
        List<TermKey.Step> steps = key.steps();
        if (steps.size() == base) {
            return whole(change, scope);
        }
        String part = steps.get(base).field();
        Object x = key.valueIn(c.previous);
        Object y = key.valueIn(c.next);
        CreditRegime was = effective(c.previous, key, scope);
        CreditRegime is = effective(c.next, key, scope);
        String scoped = scope == null ? "" : " for " + ServiceComparison.the(scope.service());
        return switch (part) {
            case "tiers" -> tier(change, scope, base, was, is);
            case "trigger" -> c.says(cite(c.is, scope, "Credit tiers", "Service Credit tiers"),
                    "Service Credits" + scoped + " are now owed " + trigger(is.effectiveTrigger()) + ", instead of "
                            + trigger(was.effectiveTrigger()));
            case "feeBasis" -> c.says(cite(c.is, scope, "Credit tiers", "Service Credit tiers"),
                    "percentage Service Credits" + scoped + " are now a percentage of " + basis(is.feeBasis()) + " instead of "
                            + basis(was.feeBasis()));
            case "monthlyCapPercent" -> c.says(cite(y == null ? c.was : c.is, scope, "Caps and minimum", null), cap("cap on Service Credits" + scoped
                    + " for any one Measurement Period", (BigDecimal) x, (BigDecimal) y, p -> Wording.percent(p) + " of "
                    + basis(is.feeBasis())));
            case "monthlyCapDays" -> c.says(cite(y == null ? c.was : c.is, scope, "Caps and minimum", null), cap("cap on Service Credits" + scoped
                    + " for any one Measurement Period", (BigDecimal) x, (BigDecimal) y, d -> "the fees for " + Wording.number(d) + " days"));
            case "rollingTwelveMonthCapPercent" -> c.says(cite(y == null ? c.was : c.is, scope, "Caps and minimum", null), cap("cap on Service Credits"
                    + scoped + " in any twelve consecutive months", (BigDecimal) x, (BigDecimal) y,
                    p -> Wording.percent(p) + " of the fees paid for those months"));
            case "minimumCredit" -> c.says(cite(y == null ? c.was : c.is, scope, "Caps and minimum", null), x == null || y == null
                    ? (x == null ? "a minimum Service Credit" + scoped + " of " + c.money((Money) y) + " is introduced: smaller"
                    + " Service Credits are not issued" : "the minimum Service Credit" + scoped + " of " + c.money((Money) x)
                    + " is deleted: Service Credits of any amount are issued")
                    : c.changed("minimum Service Credit" + scoped, (Money) x, (Money) y, c::money, Comparison.verb(x, y)));
            case "minimumCreditRule" -> c.says(cite(c.is, scope, "Caps and minimum", null), "a Service Credit" + scoped
                    + " of exactly the minimum of " + c.money(is.minimumCredit()) + (is.effectiveMinimumRule() == MinimumCreditRule.MORE_THAN
                    ? " is no longer issued" : " is now issued"));
            case "atRisk" -> atRisk(change, steps.size() == base + 1, was.atRisk(), is.atRisk());
            case "earnBack" -> earnBack(change, scope, steps.size() == base + 1, was.earnBack(), is.earnBack(), scoped);
            case "claimDeadline" -> claims(scope, was, is, scoped);
            case "soleRemedy" -> is.soleRemedy()
                    ? c.inserted(cite(c.is, scope, "Sole remedy", null), "Service Credits become the Customer's sole remedy",
                    "Service Credits become the Customer's sole and exclusive remedy for a failure to meet a service level")
                    : c.deleted(cite(c.was, scope, "Sole remedy", null), "Service Credits are no longer the Customer's sole remedy",
                    "Service Credits are no longer the Customer's sole and exclusive remedy for a failure to meet a service level");
            default -> c.fallback(change);
        };
    }

    /** The agreement's regime, or the terms that apply to the level: its own over the agreement's. */
    private static CreditRegime effective(Agreement agreement, TermKey key, Scope scope) {
        CreditRegime shared = agreement.creditRegime() == null ? CreditRegime.none() : agreement.creditRegime();
        if (scope == null) {
            return shared;
        }
        ServiceLevel level = (ServiceLevel) key.prefix(2).valueIn(agreement);
        return level == null || level.credits() == null ? shared : shared.overriddenBy(level.credits());
    }

    /** The clause that states the term: the regime's, or the level's own "Credit terms for ..." clause. */
    private Comparison.Cite cite(AgreementOutline outline, Scope scope, String caption, String table) {
        if (scope == null) {
            return Comparison.where(outline, SECTION, caption, table);
        }
        Agreement agreement = outline == c.is ? c.next : c.previous;
        String service = Wording.text(scope.service().name());
        String window = agreement.window(scope.level().windowId()).map(w -> Wording.text(w.name())).orElse(Wording.NOT_STATED);
        String own = "Credit terms for " + service;
        return outline.clause(SECTION, h -> h.equals(own) || h.equals(own + " (" + window + ")"))
                .map(h -> Comparison.cite(h, table == null ? null : table + " for"))
                .orElseGet(() -> Comparison.loose(Comparison.where(outline, SECTION, null, null)));
    }

    private Comparison.Entry whole(Change change, Scope scope) {
        if (scope == null) {
            return change.kind() == Change.Kind.ADDED
                    ? c.inserted(Comparison.where(c.is, SECTION, null, null), "Service Credits are inserted", null)
                    : c.deleted(Comparison.where(c.was, SECTION, null, null), "Service Credits are deleted", null);
        }
        String which = ServiceComparison.the(scope.service()) + " in the Availability Window "
                + ServiceComparison.window(change.kind() == Change.Kind.ADDED ? c.next : c.previous, scope.level().windowId());
        return change.kind() == Change.Kind.ADDED
                ? c.inserted(cite(c.is, scope, null, null), "credit terms of its own are set for " + which,
                "for " + which + ", credit terms of its own apply in place of those of the Agreement")
                : c.deleted(cite(c.was, scope, null, null), "the credit terms of its own for " + which + " are deleted",
                which + " now has the credit terms of the Agreement");
    }

    // ---- tiers

    private Comparison.Entry tier(Change change, Scope scope, int base, CreditRegime was, CreditRegime is) {
        TermKey key = change.term();
        CreditTier x = (CreditTier) key.prefix(base + 1).valueIn(c.previous);
        CreditTier y = (CreditTier) key.prefix(base + 1).valueIn(c.next);
        String uptime = new Definitions(c.next).uptime();
        Comparison.Cite cite = cite(y != null ? c.is : c.was, scope, "Credit tiers", "Service Credit tiers");
        switch (change.kind()) {
            case ADDED -> {
                return y == null ? null : c.says(cite, "a new tier is inserted: for a " + uptime + " of " + Wording.band(y)
                        + ", a Service Credit of " + credit(y, is.feeBasis()));
            }
            case REMOVED -> {
                return x == null ? null : c.says(cite, "the tier for a " + uptime + " of " + Wording.band(x) + ", with a Service Credit of "
                        + credit(x, was.feeBasis()) + ", is deleted");
            }
            case MOVED -> {
                return y == null ? null : c.says(cite, "the tier for a " + uptime + " of " + Wording.band(y) + " is moved in the table");
            }
            default -> {
            }
        }
        if (x == null || y == null) {
            return null;
        }
        String field = Comparison.field(change);
        if (field.equals("lower") || field.equals("upper")) {
            String nth = ordinal(Integer.parseInt(key.steps().get(base).key()) + 1);
            return c.says(cite, "the " + nth + " tier, with a Service Credit of " + credit(y, is.feeBasis()) + ", now applies to a "
                    + uptime + " of " + Wording.band(y) + " instead of " + Wording.band(x));
        }
        String before = credit(x, was.feeBasis());
        String after = credit(y, is.feeBasis());
        String basis = " of " + basis(is.feeBasis());
        Object a = x.creditPercent() != null ? x.creditPercent() : x.fixedCredit() != null ? x.fixedCredit() : x.downtimeMultiple();
        Object b = y.creditPercent() != null ? y.creditPercent() : y.fixedCredit() != null ? y.fixedCredit() : y.downtimeMultiple();
        // "from 25% to 30% of the monthly fee": the basis once, where both are shares of the same fees.
        if (x.creditPercent() != null && y.creditPercent() != null && before.endsWith(basis) && after.endsWith(basis)) {
            before = Wording.percent(x.creditPercent());
        }
        String verb = a != null && b != null && a.getClass() == b.getClass() ? Comparison.verb(a, b) : "changed";
        return c.says(cite, "the Service Credit for a " + uptime + " of " + Wording.band(y) + " is " + verb + " from " + before
                + " to " + after);
    }

    private static final String[] ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth"};

    /** "second": the tiers as the table lists them, top down. */
    private static String ordinal(int n) {
        return n >= 1 && n <= ORDINALS.length ? ORDINALS[n - 1] : Wording.ordinal(n);
    }

    private String credit(CreditTier tier, FeeBasis basis) {
        if (tier.creditPercent() != null) {
            return Wording.percent(tier.creditPercent()) + " of " + basis(basis);
        }
        if (tier.fixedCredit() != null) {
            return c.money(tier.fixedCredit());
        }
        if (tier.downtimeMultiple() != null) {
            return Wording.number(tier.downtimeMultiple()) + " times the fees for the Downtime";
        }
        return "nothing";
    }

    static String basis(FeeBasis basis) {
        if (basis == null) {
            return "the monthly fee for the affected Service";
        }
        return switch (basis) {
            case AFFECTED_SERVICE -> "the monthly fee for the affected Service";
            case ALL_SERVICES -> "the monthly fees for all Services";
            case AT_RISK_AMOUNT -> "the At-Risk Amount allocated to the affected Service";
        };
    }

    private static String trigger(CreditTrigger trigger) {
        return trigger == CreditTrigger.TARGET_MISSED ? "only for a Measurement Period in which the target is missed"
                : "for every Measurement Period whose availability falls in a tier";
    }

    // ---- caps

    private String cap(String subject, BigDecimal before, BigDecimal after, java.util.function.Function<BigDecimal, String> show) {
        if (before == null && after != null) {
            return "a " + subject + " of " + show.apply(after) + " is introduced, where " + c.previousVersion + " set none";
        }
        if (after == null && before != null) {
            return "the " + subject + " of " + show.apply(before) + " is deleted";
        }
        return c.changed(subject, before, after, show, Comparison.verb(before, after));
    }

    // ---- At-Risk Amount

    private Comparison.Entry atRisk(Change change, boolean whole, AtRiskAmount x, AtRiskAmount y) {
        if (whole) {
            return change.kind() == Change.Kind.REMOVED || y == null
                    ? c.deleted(Comparison.where(c.was, SECTION, "At-Risk Amount", null), "the At-Risk Amount is deleted", null)
                    : c.inserted(Comparison.where(c.is, SECTION, "At-Risk Amount", null), "an At-Risk Amount is introduced",
                    "an At-Risk Amount of " + Wording.percent(y.percentOfMonthlyCharges()) + " of the monthly charges is introduced");
        }
        if (x == null || y == null) {
            return null;
        }
        Comparison.Cite cite = Comparison.where(c.is, SECTION, "At-Risk Amount", "Allocation of the At-Risk Amount");
        if (Comparison.field(change).equals("allocations")) {
            return c.says(cite, "the At-Risk Amount is now allocated " + allocation(c.next, y) + " instead of " + allocation(c.previous, x));
        }
        return c.says(cite, c.changed("At-Risk Amount", x.percentOfMonthlyCharges(), y.percentOfMonthlyCharges(),
                p -> Wording.percent(p) + " of the monthly charges", Comparison.verb(x.percentOfMonthlyCharges(), y.percentOfMonthlyCharges())));
    }

    private static String allocation(Agreement agreement, AtRiskAmount amount) {
        List<String> shares = amount.allocations().stream().filter(Objects::nonNull)
                .map(p -> Wording.percent(p.percent()) + " to " + agreement.service(p.serviceId()).map(ServiceComparison::the)
                        .orElse(Comparison.name(null, p.serviceId()))).toList();
        return shares.isEmpty() ? "to no Service" : Wording.list(shares);
    }

    // ---- earn-back, claims

    private Comparison.Entry earnBack(Change change, Scope scope, boolean whole, EarnBack x, EarnBack y, String scoped) {
        if (whole) {
            String text = y == null ? null : Wording.earnBack(y);
            if (scope != null) {
                return c.says(cite(c.is, scope, null, null), y == null ? "Service Credits" + scoped + " can no longer be earned back"
                        : "for " + scoped.substring(5) + ", " + uncapitalised(text).replaceAll("\\.$", ""));
            }
            return y == null
                    ? c.deleted(Comparison.where(c.was, SECTION, "Earn-back", null), "Service Credits can no longer be earned back", null)
                    : c.inserted(Comparison.where(c.is, SECTION, "Earn-back", null), "Service Credits can be earned back",
                    text == null ? null : uncapitalised(text).replaceAll("\\.$", ""));
        }
        if (x == null || y == null) {
            return null;
        }
        Comparison.Cite cite = cite(c.is, scope, "Earn-back", null);
        if (Comparison.field(change).equals("followingPeriods")) {
            return c.says(cite, c.changed("number of following Measurement Periods in which the affected Service must meet the level"
                            + " to earn back a Service Credit" + scoped, x.followingPeriods(), y.followingPeriods(), Wording::number,
                    Comparison.verb(x.followingPeriods(), y.followingPeriods())));
        }
        return c.says(cite, "the availability required to earn back a Service Credit" + scoped + " is "
                + Comparison.verb(x.requiredPercent(), y.requiredPercent()) + " from " + required(x) + " to " + required(y));
    }

    private static String required(EarnBack e) {
        return e.requiredPercent() == null ? "the Service's target" : Wording.percent(e.requiredPercent());
    }

    private Comparison.Entry claims(Scope scope, CreditRegime was, CreditRegime is, String scoped) {
        ClaimDeadline x = was.claimDeadline();
        ClaimDeadline y = is.claimDeadline();
        Comparison.Cite cite = cite(y == null ? c.was : c.is, scope, "Claims", null);
        String before = x == null ? null : Wording.claimDeadline(x, period(c.previous), calendar(c.previous, x));
        String after = y == null ? null : Wording.claimDeadline(y, period(c.next), calendar(c.next, y));
        if (after == null) {
            return c.says(cite, "the deadline for claiming a Service Credit" + scoped + ", " + before + ", is deleted");
        }
        return c.says(cite, "a Service Credit" + scoped + " must now be claimed " + after
                + (before == null ? "" : ", instead of " + before));
    }

    private static MeasurementPeriod period(Agreement a) {
        return a.overview() == null ? null : a.overview().measurementPeriod();
    }

    private static String calendar(Agreement a, ClaimDeadline d) {
        return a.window(d.calendarWindowId()).map(w -> Wording.text(w.name())).orElse(Wording.NOT_STATED);
    }

    private static String uncapitalised(String s) {
        return s == null || s.isEmpty() ? "" : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
