package org.slastudio.review;

import java.util.Objects;
import org.slastudio.model.Agreement;
import org.slastudio.model.AtRiskAmount;
import org.slastudio.model.CreditRegime;
import org.slastudio.model.FeeBasis;
import org.slastudio.model.PoolAllocation;
import org.slastudio.model.Service;

/** The pool allocation shares the at-risk amount among services, so it must name real ones and cover the credit-bearing. */
final class AtRiskPool implements ReviewRule {

    @Override
    public void check(Agreement a, Findings out) {
        CreditRegime r = a.creditRegime();
        if (r == null || r.atRisk() == null) {
            return;
        }
        AtRiskAmount atRisk = r.atRisk();
        for (int k = 0; k < atRisk.allocations().size(); k++) {
            PoolAllocation p = atRisk.allocations().get(k);
            String path = Paths.regime("atRisk.allocations[" + k + "].serviceId");
            if (p == null) {
                continue;
            }
            if (Describe.blank(p.serviceId())) {
                out.error(path, "Pool allocation " + (k + 1) + " names no service.", "Choose the service the allocation is for.");
            } else if (a.service(p.serviceId()).isEmpty()) {
                out.error(path, "Pool allocation " + (k + 1) + " is for service '" + p.serviceId() + "', but no service has that id.",
                        "Choose one of the services, or delete the allocation.");
            }
        }
        if (r.feeBasis() != FeeBasis.AT_RISK_AMOUNT) {
            return;
        }
        for (int i = 0; i < a.services().size(); i++) {
            Service s = a.services().get(i);
            if (s != null && Tiers.isCreditBearing(s) && atRisk.allocations().stream()
                    .noneMatch(p -> p != null && s.id() != null && Objects.equals(s.id(), p.serviceId()))) {
                out.warning(Paths.regime("atRisk.allocations"), "Service " + Describe.label(s, i)
                                + " has credit-bearing levels but no share of the at-risk amount: its misses earn nothing.",
                        "Add a pool allocation for it.");
            }
        }
    }
}
