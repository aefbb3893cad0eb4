package org.slastudio.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.slastudio.model.Agreement;
import org.slastudio.model.ClaimDeadline;
import org.slastudio.model.CreditRegime;
import org.slastudio.model.CreditTier;
import org.slastudio.model.CreditTrigger;
import org.slastudio.model.FeeBasis;
import org.slastudio.model.LevelCredits;
import org.slastudio.model.MeasurementPeriod;
import org.slastudio.model.MinimumCreditRule;
import org.slastudio.model.Money;
import org.slastudio.model.PoolAllocation;
import org.slastudio.model.Section;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;

/**
 * The Service credits section: the draft's own clauses, the agreement's tiers, caps, at-risk amount, earn-back,
 * claims and sole remedy, then a clause for each level whose credit terms differ, stating only what differs.
 */
final class CreditsSection {
    private final AgreementDocument document;
    private final Agreement agreement;
    private final Pages layout;
    private final Definitions definitions;
    private final ExportOptions options;
    private final MeasurementPeriod period;

    private record Own(Service service, ServiceLevel level, LevelCredits credits) {
    }

    CreditsSection(AgreementDocument document, Agreement agreement, Pages layout, Definitions definitions,
                   ExportOptions options) {
        this.document = document;
        this.agreement = agreement;
        this.layout = layout;
        this.definitions = definitions;
        this.options = options;
        this.period = agreement.overview() == null ? null : agreement.overview().measurementPeriod();
    }

    /** "They are the sole and exclusive remedy ...": the draft's own wording of the remedy, which then replaces ours. */
    private static final java.util.regex.Pattern SOLE_REMEDY = java.util.regex.Pattern.compile(
            "\\b(are|is|be) the (Customer's )?sole\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    static boolean statesSoleRemedy(org.slastudio.model.Clause clause) {
        return clause.text() != null && SOLE_REMEDY.matcher(clause.text()).find();
    }

    void write() {
        CreditRegime regime = agreement.creditRegime() == null ? CreditRegime.none() : agreement.creditRegime();
        List<Own> own = ownTerms();
        boolean anyTiers = !regime.tiers().isEmpty() || own.stream().anyMatch(o -> !o.credits().tiers().isEmpty());
        if (!anyTiers && document.clauses(Section.SERVICE_CREDITS).isEmpty()) {
            return;
        }
        document.sectionBeforeTable("Service credits");
        if (!anyTiers) {
            document.prose(Section.SERVICE_CREDITS);
            return;
        }
        if (!regime.tiers().isEmpty()) {
            document.tableClauseHeading("Credit tiers");
            layout.text(entitlement(regime.effectiveTrigger())
                    + (own.isEmpty() ? ":" : ", except where a clause below states other terms for a Service:"));
            tiers(regime.tiers(), regime.feeBasis(), "Service Credit tiers", "creditRegime.tiers");
        }
        document.clauseHeading("Caps and minimum");
        Words caps = caps(regime.monthlyCapPercent(), regime.monthlyCapDays(), regime.rollingTwelveMonthCapPercent(),
                regime.minimumCredit(), regime.effectiveMinimumRule(), regime.feeBasis(), "creditRegime", "creditRegime");
        layout.text(caps.runs().isEmpty() ? Words.of("Service Credits are not capped.") : caps);
        if (regime.atRisk() != null) {
            atRisk(regime);
        }
        Words earnBack = Wording.earnBack(regime.earnBack(), "creditRegime.earnBack");
        if (earnBack != null) {
            document.clauseHeading("Earn-back");
            layout.text(earnBack);
        }
        document.clauseHeading("Claims");
        layout.text(Words.of("The Customer must claim a Service Credit in writing ")
                .add(Wording.claimDeadline(regime.claimDeadline(), period, calendarName(regime.claimDeadline()),
                        "creditRegime.claimDeadline"))
                .plain(", naming the affected Service, the Measurement Period and the Downtime on which the claim relies. "
                        + "The Provider shall confirm or dispute the claim with its measurement records, and shall apply "
                        + "a confirmed Service Credit to its next invoice."));
        if (regime.soleRemedy() && document.clauses(Section.SERVICE_CREDITS).stream().noneMatch(CreditsSection::statesSoleRemedy)) {
            document.clauseHeading("Sole remedy");
            layout.text("Service Credits are the Customer's sole and exclusive remedy for a failure to meet a service "
                    + "level, without prejudice to any right to terminate under this Agreement.");
        }
        // The draft's own clauses say what follows from the terms above (how claims are made, other remedies).
        document.prose(Section.SERVICE_CREDITS);
        for (Own o : own) {
            ownClause(o, regime);
        }
    }

    /** The sentence that says when a tier's credit is owed, in the words of the regime's trigger. */
    private String entitlement(CreditTrigger trigger) {
        return trigger == CreditTrigger.TARGET_MISSED
                ? "Where a Service misses a credit-bearing target in a Measurement Period, the Customer is entitled to the "
                + "Service Credit of the tier in which the " + definitions.uptime() + " of that Service falls; a Measurement "
                + "Period in which the target is met earns no Service Credit, whatever the tiers"
                : "In each Measurement Period, the Customer is entitled, for each Service with a credit-bearing target, to the "
                + "Service Credit of the tier in which the " + definitions.uptime() + " of that Service falls";
    }

    /** The same sentence for the one Service a clause of its own is about, named. */
    private String entitlement(CreditTrigger trigger, String service) {
        return trigger == CreditTrigger.TARGET_MISSED
                ? "Where " + service + " misses this target in a Measurement Period, the Customer is entitled to the "
                + "Service Credit of the tier in which its " + definitions.uptime() + " falls; a Measurement Period in "
                + "which the target is met earns no Service Credit, whatever the tiers"
                : "In each Measurement Period, the Customer is entitled, for " + service + ", to the Service Credit of the "
                + "tier in which its " + definitions.uptime() + " falls";
    }

    private void ownClause(Own o, CreditRegime shared) {
        LevelCredits c = o.credits();
        String own = document.path(o.level()) + ".credits";
        CreditRegime terms = shared.overriddenBy(c);
        String service = document.serviceName(o.service().id());
        String window = document.windowName(o.level().windowId());
        // A Service with one level needs no window to tell its terms apart.
        String which = o.service().levels().size() > 1 ? service + " (" + window + ")" : service;
        document.clauseHeading("Credit terms for " + which);
        String target = o.level().targetPercent() == null ? "its target" : "its target of " + Wording.percent(o.level().targetPercent());
        layout.text("For " + service + " and " + target + " in the Availability Window “" + window + "”, the terms "
                + "of this clause apply in place of those above; the other terms of this section apply unchanged.");
        if (!c.tiers().isEmpty()) {
            layout.text(entitlement(terms.effectiveTrigger(), service) + ":");
            tiers(c.tiers(), terms.feeBasis(), "Service Credit tiers for " + which, own + ".tiers");
        } else if (c.trigger() != null) {
            layout.text(entitlement(c.trigger(), service) + ".");
        } else if (c.feeBasis() != null) {
            layout.text("Percentage Service Credits are a percentage of " + basis(c.feeBasis()) + ".");
        }
        Words sentences = caps(c.monthlyCapPercent(), c.monthlyCapDays(), c.rollingTwelveMonthCapPercent(),
                c.minimumCredit() != null || c.minimumCreditRule() != null ? terms.minimumCredit() : null,
                terms.effectiveMinimumRule(), terms.feeBasis(), own, c.minimumCredit() != null ? own : "creditRegime");
        Words earnBack = c.earnBack() == null ? null : Wording.earnBack(c.earnBack(), own + ".earnBack");
        if (earnBack != null) {
            sentence(sentences, earnBack);
        }
        if (c.claimDeadline() != null) {
            sentence(sentences, Words.of("A Service Credit for this Service must be claimed ").add(Wording.claimDeadline(
                    c.claimDeadline(), period, calendarName(c.claimDeadline()), own + ".claimDeadline")).plain("."));
        }
        if (!sentences.runs().isEmpty()) {
            layout.text(sentences);
        }
    }

    private String calendarName(ClaimDeadline deadline) {
        return document.windowName(deadline == null ? null : deadline.calendarWindowId());
    }

    private void tiers(List<CreditTier> tiers, FeeBasis basis, String caption, String path) {
        Pages.Rows table = layout.rows("Table " + document.tableNumber() + ": " + caption,
                Columns.of(new float[] {4f, 4f}, definitions.uptime(), "Service Credit"));
        for (int i = 0; i < tiers.size(); i++) {
            CreditTier tier = tiers.get(i);
            if (tier != null) {
                Words band = Wording.band(tier, path + "[" + i + "]");
                Words.Run first = band.runs().get(0);
                // "Less than 99.9%": the lead word capitalised, the tagged figure left as it is.
                Words capitalised = new Words().add(new Words.Run(Wording.capitalised(first.text()), first.emphasis(),
                        first.term(), first.revision()));
                band.runs().stream().skip(1).forEach(capitalised::add);
                table.add(Cell.of(capitalised));
                table.add(Cell.of(credit(tier, basis, path + "[" + i + "]")));
            }
        }
        table.end();
    }

    /** The caps and the minimum, each term tagged under {@code path} ({@code minimumAt} for the minimum credit). */
    private Words caps(BigDecimal monthly, BigDecimal days, BigDecimal rolling, Money minimum, MinimumCreditRule rule,
                       FeeBasis basis, String path, String minimumAt) {
        Words sentences = new Words();
        if (monthly != null) {
            sentence(sentences, Words.of("Service Credits for any one Measurement Period shall not exceed ")
                    .term(path + ".monthlyCapPercent", Wording.percent(monthly)).plain(" of " + basis(basis) + " for that period."));
        }
        if (days != null) {
            String per = period == MeasurementPeriod.CALENDAR_MONTH_AS_30_DAYS ? "30, a month counting as 30 days"
                    : "the number of calendar days in that period";
            sentence(sentences, Words.of("Service Credits for any one Measurement Period shall not exceed the fees for ")
                    .term(path + ".monthlyCapDays", Wording.number(days)).plain(" days, being " + basis(basis)
                            + " for that period multiplied by " + Wording.number(days) + " and divided by " + per + "."));
        }
        if (rolling != null) {
            sentence(sentences, Words.of("Service Credits in any twelve consecutive months shall not exceed ")
                    .term(path + ".rollingTwelveMonthCapPercent", Wording.percent(rolling)).plain(" of the fees paid for those months."));
        }
        if (minimum != null) {
            Words amount = Words.ofTerm(minimumAt + ".minimumCredit", Wording.money(minimum, options.locale()));
            sentence(sentences, rule == MinimumCreditRule.MORE_THAN
                    ? Words.of("A Service Credit is issued only where it exceeds ").add(amount).plain(", compared before rounding.")
                    : Words.of("Service Credits of less than ").add(amount).plain(" are not issued."));
        }
        return sentences;
    }

    private static void sentence(Words sentences, Words next) {
        if (!sentences.runs().isEmpty()) {
            sentences.plain(" ");
        }
        sentences.add(next);
    }

    private void atRisk(CreditRegime regime) {
        document.clauseHeading("At-Risk Amount");
        layout.text(Words.of("The At-Risk Amount is ").term("creditRegime.atRisk.percentOfMonthlyCharges",
                Wording.percent(regime.atRisk().percentOfMonthlyCharges())).plain(" of the monthly charges under this Agreement. A miss of a Service costs the share of the At-Risk "
                + "Amount allocated to it below; no Measurement Period pays more than the At-Risk Amount."));
        Pages.Rows pool = layout.rows("Table " + document.tableNumber() + ": Allocation of the At-Risk Amount",
                Columns.of(new float[] {4f, 2f}, "Service", "Allocation"));
        for (int i = 0; i < regime.atRisk().allocations().size(); i++) {
            PoolAllocation allocation = regime.atRisk().allocations().get(i);
            if (allocation != null) {
                pool.add(Cell.of(document.serviceName(allocation.serviceId())));
                pool.add(Cell.right(Words.ofTerm("creditRegime.atRisk.allocations[" + i + "].percent",
                        Wording.percent(allocation.percent()))));
            }
        }
        pool.end();
    }

    private List<Own> ownTerms() {
        List<Own> own = new ArrayList<>();
        for (Service s : agreement.services()) {
            for (ServiceLevel l : s == null ? List.<ServiceLevel>of() : s.levels()) {
                if (l != null && l.creditBearing() && l.credits() != null && l.credits().setsAnything()) {
                    own.add(new Own(s, l, l.credits()));
                }
            }
        }
        return own;
    }

    private Words credit(CreditTier tier, FeeBasis basis, String path) {
        if (tier.creditPercent() != null) {
            return Words.ofTerm(path + ".creditPercent", Wording.percent(tier.creditPercent())).plain(" of " + basis(basis));
        }
        if (tier.fixedCredit() != null) {
            return Words.ofTerm(path + ".fixedCredit", Wording.money(tier.fixedCredit(), options.locale()));
        }
        if (tier.downtimeMultiple() != null) {
            return Words.ofTerm(path + ".downtimeMultiple", Wording.number(tier.downtimeMultiple())).plain(" times the fees for "
                    + "the Downtime, each hour of Downtime valued at " + basis(basis) + " for the Measurement Period "
                    + "divided by its hours in the Availability Window");
        }
        return Words.of("No Service Credit");
    }

    private static String basis(FeeBasis basis) {
        if (basis == null) {
            return "the monthly fee for the affected Service";
        }
        return switch (basis) {
            case AFFECTED_SERVICE -> "the monthly fee for the affected Service";
            case ALL_SERVICES -> "the monthly fees for all Services";
            case AT_RISK_AMOUNT -> "the At-Risk Amount allocated to the affected Service";
        };
    }
}
