package org.slastudio.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slastudio.model.Dependency;
import org.slastudio.model.ParallelGroup;
import org.slastudio.model.SeriesGroup;
import org.slastudio.model.UpstreamComponent;

/**
 * Availability of services combined from components, to hold a promise against what the provider's own
 * suppliers guarantee. Series: every component must be up (the product). Parallel: at least one must be up
 * (one minus the product of the downtimes). Only multiplication and subtraction of terminating decimals are
 * involved, so the results are exact with no MathContext at all (MathContext.UNLIMITED): 99.9% and 99.95% in
 * series is exactly 99.85005%. Nest calls for mixed structures, or give a {@link Dependency} tree to {@link #of}.
 *
 * <p>Failures are taken as independent: the chance that two zones are down at once is the product of their
 * downtimes. Correlated failures (a region-wide fault, a shared control plane) make the real figure lower.
 */
public final class CompositeAvailability {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private CompositeAvailability() {
    }

    public static BigDecimal series(List<BigDecimal> percents) {
        BigDecimal fraction = BigDecimal.ONE;
        for (BigDecimal p : checked(percents)) {
            fraction = fraction.multiply(p.movePointLeft(2));
        }
        return fraction.movePointRight(2);
    }

    public static BigDecimal parallel(List<BigDecimal> percents) {
        BigDecimal allDown = BigDecimal.ONE;
        for (BigDecimal p : checked(percents)) {
            allDown = allDown.multiply(HUNDRED.subtract(p).movePointLeft(2));
        }
        return BigDecimal.ONE.subtract(allDown).movePointRight(2);
    }

    public static BigDecimal series(BigDecimal... percents) {
        return series(List.of(percents));
    }

    public static BigDecimal parallel(BigDecimal... percents) {
        return parallel(List.of(percents));
    }

    /**
     * Where a tree stops being computable: the path below the tree in the model's names (".series[1].percent", ""
     * for the tree itself) and what is wrong there, e.g. "'Zone b' has no published availability".
     */
    public record Gap(String path, String problem) {
    }

    /** The availability the tree composes to, exact. */
    public static BigDecimal of(Dependency tree) {
        Optional<Gap> gap = gap(tree);
        if (gap.isPresent()) {
            throw new IllegalArgumentException(gap.get().problem());
        }
        return value(tree);
    }

    /** The first part of the tree, in file order, that stops it being composed; empty when {@link #of} can. */
    public static Optional<Gap> gap(Dependency tree) {
        return gap(tree, "");
    }

    private static Optional<Gap> gap(Dependency d, String path) {
        if (d == null) {
            return Optional.of(new Gap(path, "an empty entry stands where a dependency should be"));
        }
        if (d instanceof UpstreamComponent c) {
            if (c.percent() == null) {
                return Optional.of(new Gap(path + ".percent", "component " + label(c) + " has no published availability"));
            }
            if (c.percent().signum() < 0 || c.percent().compareTo(HUNDRED) > 0) {
                return Optional.of(new Gap(path + ".percent", "component " + label(c) + ": " + c.percent().toPlainString()
                        + "% is not an availability between 0 and 100%"));
            }
            return Optional.empty();
        }
        String kind = d instanceof SeriesGroup ? "series" : "parallel";
        List<Dependency> parts = parts(d);
        if (parts.isEmpty()) {
            return Optional.of(new Gap(path + "." + kind, "the " + kind + " group" + (blank(d.name()) ? "" : " " + label(d))
                    + " has nothing in it"));
        }
        for (int i = 0; i < parts.size(); i++) {
            Optional<Gap> inner = gap(parts.get(i), path + "." + kind + "[" + i + "]");
            if (inner.isPresent()) {
                return inner;
            }
        }
        return Optional.empty();
    }

    private static BigDecimal value(Dependency d) {
        if (d instanceof UpstreamComponent c) {
            return c.percent();
        }
        List<BigDecimal> values = new ArrayList<>();
        for (Dependency part : parts(d)) {
            values.add(value(part));
        }
        return d instanceof SeriesGroup ? series(values) : parallel(values);
    }

    /** The parts of a group, none for a component. */
    public static List<Dependency> parts(Dependency d) {
        if (d instanceof SeriesGroup g) {
            return g.series();
        }
        if (d instanceof ParallelGroup g) {
            return g.parallel();
        }
        return List.of();
    }

    /**
     * The tree in a line, e.g. "series(Load balancer 99.99%, Workers: parallel(Zone a 99.95%, Zone b 99.95%))"; a
     * missing figure reads "?".
     */
    public static String describe(Dependency d) {
        if (d == null) {
            return "?";
        }
        if (d instanceof UpstreamComponent c) {
            String percent = c.percent() == null ? "?%" : c.percent().toPlainString() + "%";
            return blank(c.name()) ? percent : c.name().strip() + " " + percent;
        }
        List<String> parts = new ArrayList<>();
        parts(d).forEach(p -> parts.add(describe(p)));
        String group = (d instanceof SeriesGroup ? "series" : "parallel") + "(" + String.join(", ", parts) + ")";
        return blank(d.name()) ? group : d.name().strip() + ": " + group;
    }

    private static String label(Dependency d) {
        return blank(d.name()) ? "without a name" : "'" + d.name().strip() + "'";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static List<BigDecimal> checked(List<BigDecimal> percents) {
        if (percents.isEmpty()) {
            throw new IllegalArgumentException("A composite needs at least one component");
        }
        for (BigDecimal p : percents) {
            if (p.signum() < 0 || p.compareTo(HUNDRED) > 0) {
                throw new IllegalArgumentException("An availability is between 0 and 100%, not " + p.toPlainString() + "%");
            }
        }
        return percents;
    }
}
