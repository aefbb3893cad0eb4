package org.slastudio.review;

import java.util.ArrayList;
import java.util.List;
import org.slastudio.model.Agreement;
import org.slastudio.model.CreditRegime;
import org.slastudio.model.LevelCredits;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;

/**
 * The credit terms of a draft as the credit rules see them: one agreement per set of terms, holding those terms as
 * its regime and only the levels under them as credit-bearing, so the rules need not know that a level may have
 * terms of its own or tiers drawn at its target. What a rule finds in a level's own term is placed at that term.
 */
final class CreditTermViews {
    private CreditTermViews() {
    }

    /**
     * @param agreement the draft as the rules see it
     * @param ownPath   where the level's own terms are, or null for the agreement's
     * @param own       the level's own terms, or null
     */
    record View(Agreement agreement, String ownPath, LevelCredits own) {

        /** A finding on a term the level sets itself moves to the level's term; any other stays where it is. */
        Finding placed(Finding f) {
            String prefix = "$.creditRegime.";
            if (own == null || !f.path().startsWith(prefix)) {
                return f;
            }
            String rest = f.path().substring(prefix.length());
            String field = rest.split("[.\\[]", 2)[0];
            return setsItself(field) ? new Finding(ownPath + "." + rest, f.severity(), f.message(), f.suggestedFix()) : f;
        }

        private boolean setsItself(String field) {
            return switch (field) {
                case "tiers" -> !own.tiers().isEmpty();
                case "feeBasis" -> own.feeBasis() != null;
                case "monthlyCapPercent" -> own.monthlyCapPercent() != null;
                case "rollingTwelveMonthCapPercent" -> own.rollingTwelveMonthCapPercent() != null;
                case "minimumCredit" -> own.minimumCredit() != null;
                case "earnBack" -> own.earnBack() != null;
                case "claimDeadline" -> own.claimDeadline() != null;
                case "trigger" -> own.trigger() != null;
                case "minimumCreditRule" -> own.minimumCreditRule() != null;
                case "monthlyCapDays" -> own.monthlyCapDays() != null;
                default -> false;
            };
        }
    }

    static List<View> of(Agreement a) {
        CreditRegime shared = a.creditRegime();
        boolean relative = shared != null && shared.tiers().stream().anyMatch(t -> t != null && t.relativeToTarget());
        boolean anyOwn = false;
        List<View> views = new ArrayList<>();
        for (int i = 0; i < a.services().size(); i++) {
            Service s = a.services().get(i);
            for (int j = 0; s != null && j < s.levels().size(); j++) {
                ServiceLevel l = s.levels().get(j);
                if (l == null || !l.creditBearing()) {
                    continue;
                }
                boolean own = l.credits() != null && l.credits().setsAnything();
                anyOwn |= own;
                if (own || relative) {
                    views.add(new View(only(a, i, j).withCreditRegime(a.creditsFor(l)), Paths.level(i, j) + ".credits",
                            own ? l.credits() : null));
                }
            }
        }
        if (!relative || views.stream().allMatch(v -> v.own() != null)) {
            views.add(0, new View(anyOwn ? withoutOwnTerms(a) : a, null, null));
        }
        return views;
    }

    /** The agreement with only one level credit-bearing. */
    private static Agreement only(Agreement a, int service, int level) {
        List<Service> services = new ArrayList<>();
        for (int i = 0; i < a.services().size(); i++) {
            Service s = a.services().get(i);
            services.add(s == null ? null : withLevels(s, i == service ? level : -1));
        }
        return a.withServices(services);
    }

    /** The agreement with the levels that have terms of their own taken out of the agreement's credits. */
    private static Agreement withoutOwnTerms(Agreement a) {
        List<Service> services = new ArrayList<>();
        for (Service s : a.services()) {
            services.add(s == null ? null : withLevels(s, -2));
        }
        return a.withServices(services);
    }

    /** Keeps level {@code keep} credit-bearing (-1: none; -2: those without own terms) and no other. */
    private static Service withLevels(Service s, int keep) {
        List<ServiceLevel> levels = new ArrayList<>();
        for (int j = 0; j < s.levels().size(); j++) {
            ServiceLevel l = s.levels().get(j);
            boolean bearing = l != null && l.creditBearing()
                    && (keep == j || (keep == -2 && (l.credits() == null || !l.credits().setsAnything())));
            levels.add(l == null ? null : new ServiceLevel(l.windowId(), l.targetPercent(), bearing, l.credits()));
        }
        return s.withLevels(levels);
    }
}
