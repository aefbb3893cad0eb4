package org.slastudio.ui.review;

import org.slastudio.export.MemoOption;
import org.slastudio.model.Agreement;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;
import org.slastudio.simulation.Simulator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The levels an options memo made from one draft compares, as the user types them: each becomes one option with every
 * credit-bearing level of every service set to it, as {@code memo --levels} does on the command line.
 */
public final class MemoLevels {
    private static final String EXAMPLE = "e.g. 99.9, 99.95, 99.99";

    private MemoLevels() {
    }

    /**
     * The drafted level with the candidate levels either side of it (the draft's saved candidates, else the
     * simulator's), e.g. "99.9, 99.95, 99.99" for a draft at 99.95%; what a client asks first is "what if we went one
     * step up or down".
     */
    public static String suggested(Agreement a) {
        List<BigDecimal> saved = a.simulationAssumptions() == null ? List.of() : a.simulationAssumptions().candidateLevels();
        TreeSet<BigDecimal> candidates = new TreeSet<>(saved.isEmpty() ? Simulator.DEFAULT_LEVELS : saved);
        Optional<BigDecimal> drafted = drafted(a);
        if (drafted.isEmpty()) {
            return candidates.stream().skip(Math.max(0, candidates.size() - 3)).map(BigDecimal::toPlainString)
                    .collect(Collectors.joining(", "));
        }
        List<BigDecimal> levels = around(drafted.get(), candidates);
        if (levels.size() < 2) {
            candidates.addAll(Simulator.DEFAULT_LEVELS);
            levels = around(drafted.get(), candidates);
        }
        return levels.stream().map(BigDecimal::toPlainString).collect(Collectors.joining(", "));
    }

    private static List<BigDecimal> around(BigDecimal at, TreeSet<BigDecimal> candidates) {
        List<BigDecimal> levels = new ArrayList<>();
        Optional.ofNullable(candidates.lower(at)).ifPresent(levels::add);
        levels.add(at);
        Optional.ofNullable(candidates.higher(at)).ifPresent(levels::add);
        return levels;
    }

    /**
     * One option per level typed, in the order typed.
     *
     * @throws IllegalArgumentException naming what is wrong: a word that is no level, fewer than two or more than four,
     *                                  one given twice, or a draft without a credit-bearing level
     */
    public static List<MemoOption> options(Agreement a, String typed) {
        List<BigDecimal> levels = new ArrayList<>();
        for (String part : (typed == null ? "" : typed).split("[,;\\s]+")) {
            String p = part.strip().replaceFirst("%$", "");
            if (p.isEmpty()) {
                continue;
            }
            BigDecimal level;
            try {
                level = new BigDecimal(p);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Levels: \"" + part.strip() + "\" is not a level. Type two to four "
                        + "levels in percent, separated by commas, " + EXAMPLE + ".");
            }
            if (levels.stream().anyMatch(l -> l.compareTo(level) == 0)) {
                throw new IllegalArgumentException("Levels: " + level.toPlainString() + "% is given twice; each option "
                        + "needs a level of its own, " + EXAMPLE + ".");
            }
            levels.add(level);
        }
        if (levels.size() < 2 || levels.size() > 4) {
            throw new IllegalArgumentException("Levels: an options memo compares two to four levels; " + levels.size()
                    + " given. Type them separated by commas, " + EXAMPLE + ".");
        }
        return levels.stream().map(l -> MemoOption.atLevel(a, l)).toList();
    }

    /** The first credit-bearing level's target: the level the draft is negotiated at. */
    private static Optional<BigDecimal> drafted(Agreement a) {
        for (Service s : a.services()) {
            for (ServiceLevel l : s == null ? List.<ServiceLevel>of() : s.levels()) {
                if (l != null && l.creditBearing() && l.targetPercent() != null) {
                    return Optional.of(l.targetPercent());
                }
            }
        }
        return Optional.empty();
    }
}
