package org.slastudio.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slastudio.model.Agreement;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;

/**
 * One variant of an agreement presented in an options memo.
 *
 * @param name      the column heading, e.g. "Option A" or "99.9%"
 * @param agreement the variant; its negotiation (our positions) is never printed
 * @param basis     how the variant was made, stated in the memo; null where it is a draft of its own
 */
public record MemoOption(String name, Agreement agreement, String basis) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public MemoOption {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("An option needs a name, e.g. \"Option A\"");
        }
        name = name.strip();
        Objects.requireNonNull(agreement, "agreement");
    }

    public MemoOption(String name, Agreement agreement) {
        this(name, agreement, null);
    }

    /**
     * The draft with every credit-bearing level of every service set to {@code targetPercent}; levels that are only
     * reported keep their targets. The simplest rule that turns one simulator level into a whole agreement.
     *
     * @throws IllegalArgumentException if the level is not above 0 and below 100, or the draft has no credit-bearing level
     */
    public static MemoOption atLevel(Agreement draft, BigDecimal targetPercent) {
        if (targetPercent == null || targetPercent.signum() <= 0 || targetPercent.compareTo(HUNDRED) >= 0) {
            throw new IllegalArgumentException("A level must be above 0 and below 100 ("
                    + (targetPercent == null ? "none" : targetPercent.toPlainString()) + " is not); e.g. 99.9");
        }
        boolean any = false;
        List<Service> services = new ArrayList<>();
        for (Service s : draft.services()) {
            if (s == null) {
                services.add(null);
                continue;
            }
            List<ServiceLevel> levels = new ArrayList<>();
            for (ServiceLevel l : s.levels()) {
                boolean set = l != null && l.creditBearing();
                any |= set;
                levels.add(set ? l.withTarget(targetPercent) : l);
            }
            services.add(s.withLevels(levels));
        }
        if (!any) {
            throw new IllegalArgumentException("The draft has no credit-bearing level to set ($.services[*].levels[*].creditBearing); "
                    + "mark at least one level creditBearing, or compare whole drafts instead");
        }
        String percent = targetPercent.toPlainString() + "%";
        return new MemoOption(percent, draft.withServices(services),
                "every credit-bearing level of every service set to " + percent);
    }
}
