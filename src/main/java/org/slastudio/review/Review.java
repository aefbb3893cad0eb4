package org.slastudio.review;

import java.util.List;
import org.slastudio.model.Agreement;

/**
 * Reviews a draft and says what is wrong or doubtful in it.
 *
 * <p>Findings come in the order their fields appear in the draft file (overview, parties, services, windows,
 * credit regime, metrics, clauses, and within each the fields in file order); findings on the same path come
 * errors first, then warnings, then information.
 */
public final class Review {
    private static final List<ReviewRule> RULES = List.of(
            new EmptyEntries(),
            new RequiredFields(),
            new PartyRoles(),
            new DuplicateIds(),
            new References(),
            new Signatories(),
            new DatesInRange(),
            new PercentageRange(),
            new MoneyAmounts(),
            new MeasurementRules(),
            new WindowHours(),
            new PeriodAndMaintenanceTerms(),
            new OverlappingHours(),
            new MeasurableTarget(),
            new MinimumOutage(),
            new TiersWithoutLevels(),
            new TierCredit(),
            new InvertedTierBounds(),
            new TierOverlap(),
            new TierCoverage(),
            new TopTierAndTargets(),
            new CreditProgression(),
            new CreditCaps(),
            new CreditFormTerms(),
            new CreditBasis(),
            new AtRiskPool(),
            new ClaimDeadlines(),
            new EarnBackTerms(),
            new SoleRemedy(),
            new LevelCreditTerms(),
            new MetricTargets(),
            new MetricsFollowTargets(),
            new ManualCriticalMetrics(),
            new PriorityTargets(),
            new ResolutionAfterResponse(),
            new ClausePlaceholders(),
            new AgreedFigures(),
            new StatedFigures(),
            new RestatedTerms(),
            new TargetsAndDependencies());

    /** Rules about credit terms, run once for each set of terms a level is under (see {@link CreditTermViews}). */
    static final java.util.Set<Class<? extends ReviewRule>> CREDIT_RULES = java.util.Set.of(
            TierCredit.class,
            InvertedTierBounds.class,
            TierOverlap.class,
            TierCoverage.class,
            TopTierAndTargets.class,
            CreditProgression.class,
            CreditCaps.class,
            CreditFormTerms.class,
            CreditBasis.class,
            ClaimDeadlines.class,
            EarnBackTerms.class,
            PercentageRange.class,
            MoneyAmounts.class,
            EmptyEntries.class);

    private Review() {
    }

    /** Never throws, whatever the draft holds. */
    public static List<Finding> of(Agreement agreement) {
        if (agreement == null) {
            return List.of(new Finding("$", Severity.ERROR, "The draft is empty.", "Start from a template or a blank agreement."));
        }
        Findings out = new Findings();
        List<CreditTermViews.View> views = CreditTermViews.of(agreement);
        for (ReviewRule rule : RULES) {
            if (!CREDIT_RULES.contains(rule.getClass())) {
                check(rule, agreement, out);
                continue;
            }
            for (CreditTermViews.View view : views) {
                Findings seen = new Findings();
                check(rule, view.agreement(), seen);
                seen.all().forEach(f -> out.add(view.placed(f)));
            }
        }
        return out.inDocumentOrder();
    }

    private static void check(ReviewRule rule, Agreement agreement, Findings out) {
        try {
            rule.check(agreement, out);
        } catch (RuntimeException e) {
            // A rule that trips over an unforeseen draft must not cost the user the other rules' findings.
            out.error("$", "The review could not finish one of its checks (" + rule.getClass().getSimpleName() + ").",
                    "Please report this with the draft file; the other findings are complete.");
        }
    }
}
