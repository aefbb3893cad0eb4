package org.slastudio.engine;

import java.math.BigDecimal;
import java.util.Optional;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.MeasurementRule;
import org.slastudio.model.ServiceLevel;

/**
 * One target beside the composite of its service's dependencies. The downtime the composite implies is its
 * unavailability spread evenly over the window's measured time, the same allowance the target is read as.
 *
 * @param window    the level's window; null while the level names none the draft has
 * @param composite what the service's dependencies compose to, exact
 */
public record LevelFeasibility(int levelIndex, ServiceLevel level, AvailabilityWindow window, MeasurementRule rule,
                               BigDecimal composite) {

    public BigDecimal target() {
        return level.targetPercent();
    }

    /** Whether the dependencies, each just meeting its published figure, still meet the target. */
    public boolean feasible() {
        return composite.compareTo(target()) >= 0;
    }

    /** Composite minus target in percentage points: positive is to spare, negative is short. Exact. */
    public BigDecimal marginPoints() {
        return composite.subtract(target());
    }

    /** Whether the level is measured by request counts, so that it allows failed requests, not minutes. */
    public boolean byRequests() {
        return AllowedDowntime.byRequests(rule);
    }

    /** The downtime the target allows in the draft's first measurement period; empty for an unmeasurable window. */
    public Optional<DowntimeBudget> allowed(AllowedDowntime downtime) {
        return downtime.budget(window, target(), rule);
    }

    /** The downtime the dependencies bring in the same period, at their composite. */
    public Optional<DowntimeBudget> implied(AllowedDowntime downtime) {
        return downtime.budget(window, composite, rule);
    }

    /**
     * The allowed minus the implied downtime, in seconds: positive is to spare, negative is downtime the provider
     * would pay credits for. Empty for a level measured by request counts, or an unmeasurable window.
     */
    public Optional<BigDecimal> marginSeconds(AllowedDowntime downtime) {
        if (byRequests()) {
            return Optional.empty();
        }
        Optional<DowntimeBudget> allowed = allowed(downtime);
        Optional<DowntimeBudget> implied = implied(downtime);
        if (allowed.isEmpty() || implied.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(allowed.get().allowedSeconds().subtract(implied.get().allowedSeconds()));
    }

    /** {@link #marginSeconds} in minutes. */
    public Optional<BigDecimal> marginMinutes(AllowedDowntime downtime) {
        return marginSeconds(downtime).map(s -> Durations.divide(s, BigDecimal.valueOf(60)));
    }
}
