package org.slastudio.review;

import java.math.BigDecimal;
import org.slastudio.model.Agreement;
import org.slastudio.model.AtRiskAmount;
import org.slastudio.model.CreditRegime;
import org.slastudio.model.CreditTier;
import org.slastudio.model.Metric;
import org.slastudio.model.MetricKind;
import org.slastudio.model.PoolAllocation;
import org.slastudio.model.PriorityTarget;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;

/** Every percentage in an agreement is a share of something, so it lies between 0 and 100. */
final class PercentageRange implements ReviewRule {
    private static final String FIX = "Enter a percentage from 0 to 100.";

    @Override
    public void check(Agreement a, Findings out) {
        for (int i = 0; i < a.services().size(); i++) {
            Service s = a.services().get(i);
            if (s == null) {
                continue;
            }
            String name = "Service " + Describe.label(s, i);
            for (int j = 0; j < s.levels().size(); j++) {
                ServiceLevel l = s.levels().get(j);
                if (l != null) {
                    check(l.targetPercent(), Paths.level(i, j) + ".targetPercent", name + ", service level " + (j + 1) + ": target", out);
                }
            }
            if (s.measurement() != null) {
                check(s.measurement().errorRateThresholdPercent(), Paths.service(i) + ".measurement.errorRateThresholdPercent",
                        name + ": error-rate threshold", out);
            }
        }
        CreditRegime r = a.creditRegime();
        if (r != null) {
            for (int k = 0; k < r.tiers().size(); k++) {
                CreditTier t = r.tiers().get(k);
                if (t == null) {
                    continue;
                }
                if (t.lower() != null) {
                    check(t.lower().percent(), Paths.tier(k) + ".lower.percent", "Credit tier " + (k + 1) + ": lower bound", out);
                }
                if (t.upper() != null) {
                    check(t.upper().percent(), Paths.tier(k) + ".upper.percent", "Credit tier " + (k + 1) + ": upper bound", out);
                }
                check(t.creditPercent(), Paths.tier(k) + ".creditPercent", "Credit tier " + (k + 1) + ": credit", out);
            }
            check(r.monthlyCapPercent(), Paths.regime("monthlyCapPercent"), "The monthly cap", out);
            check(r.rollingTwelveMonthCapPercent(), Paths.regime("rollingTwelveMonthCapPercent"), "The rolling 12-month cap", out);
            AtRiskAmount atRisk = r.atRisk();
            if (atRisk != null) {
                check(atRisk.percentOfMonthlyCharges(), Paths.regime("atRisk.percentOfMonthlyCharges"), "The at-risk amount", out);
                for (int k = 0; k < atRisk.allocations().size(); k++) {
                    PoolAllocation p = atRisk.allocations().get(k);
                    if (p != null) {
                        check(p.percent(), Paths.regime("atRisk.allocations[" + k + "].percent"), "Pool allocation " + (k + 1), out);
                    }
                }
            }
            if (r.earnBack() != null) {
                check(r.earnBack().requiredPercent(), Paths.regime("earnBack.requiredPercent"), "The earn-back level", out);
            }
        }
        for (int i = 0; i < a.metrics().size(); i++) {
            Metric m = a.metrics().get(i);
            if (m == null) {
                continue;
            }
            String name = "Metric " + Describe.label(m, i);
            if (m.kind() == MetricKind.AVAILABILITY || m.kind() == MetricKind.ERROR_RATE) {
                check(m.target(), Paths.metric(i) + ".target", name + ": target", out);
            }
            for (int k = 0; k < m.priorityTargets().size(); k++) {
                PriorityTarget p = m.priorityTargets().get(k);
                if (p != null) {
                    check(p.compliancePercent(), Paths.priorityTarget(i, k) + ".compliancePercent",
                            name + ", " + (p.priority() == null ? "priority target " + (k + 1) : p.priority()) + ": compliance", out);
                }
            }
        }
    }

    private static void check(BigDecimal value, String path, String what, Findings out) {
        if (value != null && (value.signum() < 0 || value.compareTo(Band.HUNDRED) > 0)) {
            out.error(path, what + " of " + Describe.percent(value) + " is outside 0% to 100%.", FIX);
        }
    }
}
