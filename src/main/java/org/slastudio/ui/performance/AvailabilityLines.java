package org.slastudio.ui.performance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.slastudio.engine.Amounts;

/**
 * What the availability chart draws: a line per service level through its periods, a line per target the levels are
 * held to, and a scale from just under the lowest of them to 100%. Doubles here only place points on screen.
 *
 * @param tick the distance between the scale's marks
 */
public record AvailabilityLines(List<Line> lines, double lower, double upper, double tick) {

    /** @param target a target's straight line rather than a level's measurements */
    public record Line(String name, boolean target, List<Point> points) {
    }

    public record Point(String period, double percent) {
    }

    public static AvailabilityLines of(List<PerformanceRow> rows) {
        Map<String, List<Point>> levels = new LinkedHashMap<>();
        // Highest first: the chart names them from the top down.
        TreeSet<BigDecimal> targets = new TreeSet<>(Comparator.reverseOrder());
        List<String> periods = new ArrayList<>();
        double lowest = 100;
        for (PerformanceRow row : rows) {
            double percent = row.entry().measured().availabilityPercent().doubleValue();
            levels.computeIfAbsent(row.level(), k -> new ArrayList<>()).add(new Point(row.period(), percent));
            lowest = Math.min(lowest, percent);
            if (!periods.contains(row.period())) {
                periods.add(row.period());
            }
            BigDecimal target = row.entry().level().targetPercent();
            if (target != null) {
                targets.add(target.stripTrailingZeros());
                lowest = Math.min(lowest, target.doubleValue());
            }
        }
        List<Line> lines = new ArrayList<>();
        levels.forEach((name, points) -> lines.add(new Line(name, false, points)));
        targets.forEach(t -> lines.add(new Line("Target " + Amounts.percent(t), true,
                periods.stream().map(p -> new Point(p, t.doubleValue())).toList())));
        double span = niceAbove((100 - lowest) * 1.1 + 0.005);
        double lower = Math.max(0, 100 - span);
        return new AvailabilityLines(lines, lower, 100, niceAbove((100 - lower) / 6));
    }

    /** The least of 1, 2, 2.5 and 5 times a power of ten that is at least {@code value}. */
    static double niceAbove(double value) {
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * power >= value - 1e-12) {
                return step * power;
            }
        }
        return 10 * power;
    }
}
