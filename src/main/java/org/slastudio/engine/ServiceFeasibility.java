package org.slastudio.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slastudio.model.Agreement;
import org.slastudio.model.Dependency;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceAssumptions;
import org.slastudio.model.ServiceLevel;
import org.slastudio.model.SimulationAssumptions;

/**
 * A service's targets held against what its upstream dependencies compose to: a target above the composite is
 * one the provider misses in a month in which every supplier just meets its own published figure.
 *
 * @param serviceIndex     the service's position in the draft
 * @param assumptionsIndex the position of its entry in the simulation assumptions, where the dependencies are
 * @param composite        the exact availability the dependencies compose to; null where {@code gap} says why not
 * @param gap              what stops the dependencies being composed; null where they compose
 * @param levels           each level with a target from 0 to 100%, in the service's order; none while there is a gap
 */
public record ServiceFeasibility(int serviceIndex, Service service, int assumptionsIndex, Dependency dependencies,
                                 BigDecimal composite, CompositeAvailability.Gap gap, List<LevelFeasibility> levels) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public ServiceFeasibility {
        levels = List.copyOf(levels);
    }

    /** Every service of the draft that has dependencies, in the draft's order. */
    public static List<ServiceFeasibility> of(Agreement a) {
        SimulationAssumptions assumptions = a.simulationAssumptions();
        List<ServiceFeasibility> found = new ArrayList<>();
        if (assumptions == null) {
            return found;
        }
        for (int i = 0; i < a.services().size(); i++) {
            Service s = a.services().get(i);
            Optional<ServiceAssumptions> own = s == null ? Optional.empty() : assumptions.service(s.id());
            if (own.isEmpty() || own.get().dependencies() == null) {
                continue;
            }
            Dependency tree = own.get().dependencies();
            int at = assumptions.services().indexOf(own.get());
            Optional<CompositeAvailability.Gap> gap = CompositeAvailability.gap(tree);
            if (gap.isPresent()) {
                found.add(new ServiceFeasibility(i, s, at, tree, null, gap.get(), List.of()));
                continue;
            }
            BigDecimal composite = CompositeAvailability.of(tree);
            List<LevelFeasibility> levels = new ArrayList<>();
            for (int j = 0; j < s.levels().size(); j++) {
                ServiceLevel l = s.levels().get(j);
                if (l != null && l.targetPercent() != null && l.targetPercent().signum() >= 0
                        && l.targetPercent().compareTo(HUNDRED) <= 0) {
                    levels.add(new LevelFeasibility(j, l, a.window(l.windowId()).orElse(null), s.measurement(), composite));
                }
            }
            found.add(new ServiceFeasibility(i, s, at, tree, composite, null, levels));
        }
        return found;
    }

    /** Positions of the entries in the simulation assumptions that give dependencies for a service the draft does not have. */
    public static List<Integer> unmatched(Agreement a) {
        List<Integer> unmatched = new ArrayList<>();
        if (a.simulationAssumptions() == null) {
            return unmatched;
        }
        List<ServiceAssumptions> entries = a.simulationAssumptions().services();
        for (int k = 0; k < entries.size(); k++) {
            ServiceAssumptions e = entries.get(k);
            if (e != null && e.dependencies() != null && a.service(e.serviceId()).isEmpty()) {
                unmatched.add(k);
            }
        }
        return unmatched;
    }

    public Optional<BigDecimal> compositePercent() {
        return Optional.ofNullable(composite);
    }
}
