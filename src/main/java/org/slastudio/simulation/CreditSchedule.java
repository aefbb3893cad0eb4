package org.slastudio.simulation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.slastudio.engine.CreditCalculation;
import org.slastudio.engine.CreditCase;
import org.slastudio.engine.MeasurementPeriodRange;
import org.slastudio.model.CreditRegime;
import org.slastudio.model.CreditTier;
import org.slastudio.model.Service;

/**
 * The credit for one service, level and period as a step function of the downtime minutes counted in the window,
 * read off the engine's {@link CreditCalculation} once per step: the credit only changes where the downtime crosses
 * a tier bound or the target, so the engine is asked at each such edge and once between each pair of edges.
 * It covers the tier, the cap per period and the at-risk amount; what depends on other periods (the rolling cap,
 * the minimum credit applied after it, earn-back) is {@link CreditYear}'s.
 */
final class CreditSchedule {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final MathContext FINE = new MathContext(34, RoundingMode.HALF_EVEN);

    /** Downtime edges in minutes, ascending, from 0 to the whole window. */
    private final double[] edges;
    /** The credit when the downtime is exactly on an edge. */
    private final double[] onEdge;
    /** The credit between edge k-1 and edge k. */
    private final double[] below;
    private final double windowMinutes;
    private final double allowedMinutes;

    private CreditSchedule(double[] edges, double[] onEdge, double[] below, double windowMinutes, double allowedMinutes) {
        this.edges = edges;
        this.onEdge = onEdge;
        this.below = below;
        this.windowMinutes = windowMinutes;
        this.allowedMinutes = allowedMinutes;
    }

    /** Downtime at which a level is exactly met: window x (100 - level) / 100. */
    static BigDecimal downtimeAt(BigDecimal windowMinutes, BigDecimal levelPercent) {
        return windowMinutes.multiply(HUNDRED.subtract(levelPercent)).movePointLeft(2);
    }

    static CreditSchedule of(CreditRegime drafted, Service service, List<Service> allServices,
                             MeasurementPeriodRange period, BigDecimal windowMinutes, BigDecimal targetPercent) {
        CreditRegime regime = drafted.forTarget(targetPercent);
        CreditRegime periodOnly = new CreditRegime(regime.tiers(), regime.feeBasis(), regime.monthlyCapPercent(), null,
                regime.atRisk(), null, null, regime.claimDeadline(), regime.soleRemedy(), regime.trigger());
        TreeSet<BigDecimal> points = new TreeSet<>();
        points.add(BigDecimal.ZERO);
        points.add(windowMinutes);
        addEdge(points, windowMinutes, targetPercent);
        for (CreditTier tier : regime.tiers()) {
            if (tier != null && tier.lower() != null) {
                addEdge(points, windowMinutes, tier.lower().percent());
            }
            if (tier != null && tier.upper() != null) {
                addEdge(points, windowMinutes, tier.upper().percent());
            }
        }
        List<BigDecimal> sorted = new ArrayList<>(points);
        int n = sorted.size();
        double[] edges = new double[n];
        double[] onEdge = new double[n];
        double[] below = new double[n];
        for (int k = 0; k < n; k++) {
            BigDecimal d = sorted.get(k);
            edges[k] = d.doubleValue();
            onEdge[k] = credit(periodOnly, service, allServices, period, windowMinutes, targetPercent, d);
            if (k > 0) {
                BigDecimal middle = d.add(sorted.get(k - 1)).divide(BigDecimal.valueOf(2));
                below[k] = credit(periodOnly, service, allServices, period, windowMinutes, targetPercent, middle);
            }
        }
        return new CreditSchedule(edges, onEdge, below, windowMinutes.doubleValue(),
                downtimeAt(windowMinutes, targetPercent).doubleValue());
    }

    private static void addEdge(TreeSet<BigDecimal> points, BigDecimal windowMinutes, BigDecimal percent) {
        if (percent != null && percent.signum() >= 0 && percent.compareTo(HUNDRED) <= 0) {
            points.add(downtimeAt(windowMinutes, percent).stripTrailingZeros());
        }
    }

    private static double credit(CreditRegime regime, Service service, List<Service> allServices,
                                 MeasurementPeriodRange period, BigDecimal windowMinutes, BigDecimal target, BigDecimal downtime) {
        BigDecimal availability = windowMinutes.signum() == 0 ? HUNDRED
                : HUNDRED.subtract(downtime.multiply(HUNDRED).divide(windowMinutes, FINE));
        CreditCase c = new CreditCase(regime, service, allServices, period, availability, null, null, target, null);
        return CreditCalculation.calculate(c).exactCredit().doubleValue();
    }

    /**
     * The credit for this much downtime; downtime beyond the window counts as the whole window. The edge is found by
     * counting the edges below, a loop of fixed length without a data-dependent exit: at the breach rates that matter
     * a search that stops early mispredicts more than it saves.
     */
    double credit(double downtimeMinutes) {
        double d = Math.min(downtimeMinutes, windowMinutes);
        int k = 0;
        for (double edge : edges) {
            k += d > edge ? 1 : 0;
        }
        return d == edges[k] ? onEdge[k] : below[k];
    }

    double windowMinutes() {
        return windowMinutes;
    }

    /** The downtime the level allows; more than this is a breach. */
    double allowedMinutes() {
        return allowedMinutes;
    }

    double[] edges() {
        return edges.clone();
    }

    /** The credit between edge k-1 and edge k, for k from 1. */
    double creditBelowEdge(int k) {
        return below[k];
    }

    double creditOnEdge(int k) {
        return onEdge[k];
    }
}
