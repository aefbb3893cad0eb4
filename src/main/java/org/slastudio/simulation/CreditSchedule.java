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
import org.slastudio.model.Money;
import org.slastudio.model.Service;

/**
 * The credit for one service, level and period as a piecewise linear function of the downtime minutes counted in the
 * window, read off the engine's {@link CreditCalculation}: between edges the credit is constant (a percentage or
 * fixed tier) or grows in proportion to the downtime (a tier paying a multiple of the fees for the downtime). Edges
 * are the tier bounds and the target, and inside a proportional tier also the downtime at which it reaches a cap and
 * the one at which it reaches the minimum credit, so that each piece is one straight line: the engine is asked at
 * each edge and at two points inside each piece, which fixes the line exactly.
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
    /** The credit between edge k-1 and edge k is {@code below[k] + slope[k] x downtime}. */
    private final double[] below;
    private final double[] slope;
    private final double windowMinutes;
    private final double allowedMinutes;

    private CreditSchedule(double[] edges, double[] onEdge, double[] below, double[] slope, double windowMinutes,
                           double allowedMinutes) {
        this.edges = edges;
        this.onEdge = onEdge;
        this.below = below;
        this.slope = slope;
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
                regime.atRisk(), null, null, regime.claimDeadline(), regime.soleRemedy(), regime.trigger(), null,
                regime.monthlyCapDays());
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
        Money minimum = drafted.minimumCredit();
        List<BigDecimal> first = new ArrayList<>(points);
        for (int k = 1; k < first.size(); k++) {
            BigDecimal from = first.get(k - 1);
            BigDecimal to = first.get(k);
            BigDecimal middle = from.add(to).divide(BigDecimal.valueOf(2));
            CreditCalculation at = calculation(periodOnly, service, allServices, period, windowMinutes, targetPercent, middle);
            int number = at.tier() == null ? 0 : at.tier();
            CreditTier tier = number == 0 ? null : regime.tiers().get(number - 1);
            if (tier == null || !tier.proportionalToDowntime() || tier.downtimeMultiple().signum() <= 0
                    || at.feeBasis().amount().signum() <= 0 || windowMinutes.signum() == 0) {
                continue;
            }
            // The uncapped credit is multiple x basis x downtime / window: a line through 0.
            BigDecimal perMinute = at.feeBasis().amount().multiply(tier.downtimeMultiple()).divide(windowMinutes, FINE);
            List<CreditTier> tiers = new ArrayList<>(regime.tiers());
            tiers.set(number - 1, new CreditTier(tier.lower(), tier.upper(), null, null, UNBOUNDED));
            CreditRegime unbounded = periodOnly.withTiers(tiers);
            BigDecimal ceiling = calculation(unbounded, service, allServices, period, windowMinutes, targetPercent, middle)
                    .exactCredit();
            addInside(points, from, to, ceiling.divide(perMinute, FINE));
            if (minimum != null && minimum.amount() != null) {
                addInside(points, from, to, minimum.amount().divide(perMinute, FINE));
            }
        }
        List<BigDecimal> sorted = new ArrayList<>(points);
        int n = sorted.size();
        double[] edges = new double[n];
        double[] onEdge = new double[n];
        double[] below = new double[n];
        double[] slope = new double[n];
        for (int k = 0; k < n; k++) {
            BigDecimal d = sorted.get(k);
            edges[k] = d.doubleValue();
            onEdge[k] = credit(periodOnly, service, allServices, period, windowMinutes, targetPercent, d);
            if (k > 0) {
                BigDecimal width = d.subtract(sorted.get(k - 1));
                BigDecimal x1 = sorted.get(k - 1).add(width.divide(BigDecimal.valueOf(3), FINE));
                BigDecimal x2 = sorted.get(k - 1).add(width.multiply(BigDecimal.valueOf(2)).divide(BigDecimal.valueOf(3), FINE));
                BigDecimal c1 = calculation(periodOnly, service, allServices, period, windowMinutes, targetPercent, x1).exactCredit();
                BigDecimal c2 = calculation(periodOnly, service, allServices, period, windowMinutes, targetPercent, x2).exactCredit();
                BigDecimal rise = c2.subtract(c1).divide(x2.subtract(x1), FINE);
                slope[k] = rise.doubleValue();
                below[k] = c1.subtract(rise.multiply(x1)).doubleValue();
            }
        }
        return new CreditSchedule(edges, onEdge, below, slope, windowMinutes.doubleValue(),
                downtimeAt(windowMinutes, targetPercent).doubleValue());
    }

    /** A multiple no cap lets through, to find where a proportional tier's credit meets the caps. */
    private static final BigDecimal UNBOUNDED = new BigDecimal("1e12");

    private static void addInside(TreeSet<BigDecimal> points, BigDecimal from, BigDecimal to, BigDecimal d) {
        if (d.compareTo(from) > 0 && d.compareTo(to) < 0) {
            points.add(d.stripTrailingZeros());
        }
    }

    private static void addEdge(TreeSet<BigDecimal> points, BigDecimal windowMinutes, BigDecimal percent) {
        if (percent != null && percent.signum() >= 0 && percent.compareTo(HUNDRED) <= 0) {
            points.add(downtimeAt(windowMinutes, percent).stripTrailingZeros());
        }
    }

    private static double credit(CreditRegime regime, Service service, List<Service> allServices,
                                 MeasurementPeriodRange period, BigDecimal windowMinutes, BigDecimal target, BigDecimal downtime) {
        return calculation(regime, service, allServices, period, windowMinutes, target, downtime).exactCredit().doubleValue();
    }

    private static CreditCalculation calculation(CreditRegime regime, Service service, List<Service> allServices,
                                                 MeasurementPeriodRange period, BigDecimal windowMinutes, BigDecimal target,
                                                 BigDecimal downtime) {
        BigDecimal availability = windowMinutes.signum() == 0 ? HUNDRED
                : HUNDRED.subtract(downtime.multiply(HUNDRED).divide(windowMinutes, FINE));
        return CreditCalculation.calculate(new CreditCase(regime, service, allServices, period, availability, null, null,
                target, null));
    }

    /**
     * The credit for this much downtime; downtime beyond the window counts as the whole window. The edge is found by
     * counting the edges below, a loop of fixed length without a data-dependent exit: at the breach rates that matter
     * a search that stops early mispredicts more than it saves.
     */
    double credit(double downtimeMinutes) {
        double d = downtimeMinutes < windowMinutes ? downtimeMinutes : windowMinutes; // not Math.min: see MonteCarlo.Tally
        int k = 0;
        for (double edge : edges) {
            k += d > edge ? 1 : 0;
        }
        return d == edges[k] ? onEdge[k] : below[k] + slope[k] * d;
    }

    /**
     * The downtime below which no credit arises (0 where even none earns one): most simulated periods are below it,
     * and the Monte Carlo then skips {@link #credit}.
     */
    double creditFreeBelow() {
        return onEdge[0] == 0 && edges.length > 1 && below[1] == 0 && slope[1] == 0 ? edges[1] : 0;
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

    /** The credit between edge k-1 and edge k, for k from 1, is this plus {@link #slopeBelowEdge} x the downtime. */
    double creditBelowEdge(int k) {
        return below[k];
    }

    /** Credit per minute of downtime between edge k-1 and edge k: 0 but in a tier proportional to the downtime. */
    double slopeBelowEdge(int k) {
        return slope[k];
    }

    double creditOnEdge(int k) {
        return onEdge[k];
    }
}
