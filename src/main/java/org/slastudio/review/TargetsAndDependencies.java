package org.slastudio.review;

import java.util.List;
import org.slastudio.engine.LevelFeasibility;
import org.slastudio.engine.ServiceFeasibility;
import org.slastudio.model.Agreement;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceAssumptions;

/**
 * A target the provider's own suppliers cannot carry: where a service's upstream dependencies, each just meeting
 * its published availability, compose to less than the target, the provider pays credits in an average month.
 * The dependencies are the provider's analysis (in the simulation assumptions); the finding is on the target.
 */
final class TargetsAndDependencies implements ReviewRule {

    @Override
    public void check(Agreement a, Findings out) {
        for (ServiceFeasibility f : ServiceFeasibility.of(a)) {
            String service = Describe.label(f.service(), f.serviceIndex());
            if (f.gap() != null) {
                out.warning(Paths.assumptions(f.assumptionsIndex()) + ".dependencies" + f.gap().path(),
                        "The dependencies of " + service + " cannot be composed: " + f.gap().problem()
                                + ", so no target of the service is checked against them.",
                        "Give every component the availability its supplier publishes, e.g. 99.95, and every group at "
                                + "least one part; or take the part out.");
                continue;
            }
            for (LevelFeasibility l : f.levels()) {
                if (l.feasible()) {
                    continue;
                }
                String path = Paths.level(f.serviceIndex(), l.levelIndex()) + ".targetPercent";
                String window = Describe.window(a, l.level());
                String promise = service + " promises " + Describe.percent(l.target()) + (window == null ? "" : " in window " + window)
                        + ", but its dependencies compose to " + Describe.computedPercent(l.composite());
                String most = "at most " + Describe.computedPercent(l.composite());
                if (l.level().creditBearing()) {
                    out.warning(path, promise + ": the provider would pay credits in an average month.",
                            "Lower the target to " + most + ", or strengthen what it rests on: a redundant (parallel) part, or suppliers that "
                                    + "publish a higher availability (see docs/composite.md).");
                } else {
                    out.info(path, promise + ": the target would be missed in an average month, though it is reported "
                                    + "only and earns no credit.",
                            "Nothing is owed; lower the target to " + most + " if the report should show it met.");
                }
            }
        }
        List<ServiceAssumptions> entries = a.simulationAssumptions() == null ? List.of() : a.simulationAssumptions().services();
        for (int k : ServiceFeasibility.unmatched(a)) {
            String id = entries.get(k).serviceId();
            List<String> ids = a.services().stream().filter(s -> s != null && !Describe.blank(s.id())).map(Service::id).toList();
            out.warning(Paths.assumptions(k) + ".serviceId",
                    (Describe.blank(id) ? "Dependencies are given without a service id" : "Dependencies are given for service '"
                            + id + "', which this draft does not have") + ", so they are held against no target.",
                    ids.isEmpty() ? "Add the service, or remove the entry." : "Set serviceId to one of " + String.join(", ", ids)
                            + ", or remove the entry.");
        }
    }
}
