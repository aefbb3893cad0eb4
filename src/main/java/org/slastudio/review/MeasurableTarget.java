package org.slastudio.review;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.slastudio.model.Agreement;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;

/**
 * A target that leaves under a minute of downtime a month in its window cannot be measured meaningfully: one short
 * outage, or the monitoring interval itself, decides the month.
 */
final class MeasurableTarget implements ReviewRule {
    private static final BigDecimal SIXTY_SECONDS = BigDecimal.valueOf(60);

    @Override
    public void check(Agreement a, Findings out) {
        for (int i = 0; i < a.services().size(); i++) {
            Service s = a.services().get(i);
            for (int j = 0; s != null && j < s.levels().size(); j++) {
                ServiceLevel l = s.levels().get(j);
                if (l == null || l.targetPercent() == null || l.targetPercent().signum() < 0
                        || l.targetPercent().compareTo(Band.HUNDRED) > 0) {
                    continue;
                }
                AvailabilityWindow w = a.window(l.windowId()).orElse(null);
                if (w == null || w.nominalWeeklyMinutes() == 0) {
                    continue;
                }
                BigDecimal seconds = TypicalMonth.allowedDowntimeSeconds(w, l.targetPercent());
                if (seconds.compareTo(SIXTY_SECONDS) < 0) {
                    out.warning(Paths.level(i, j) + ".targetPercent", Describe.level(a, s, i, l) + ": target "
                                    + Describe.percent(l.targetPercent()) + " allows " + amount(seconds) + ".",
                            "Lower the target or measure it over a wider window: with under a minute of allowed downtime a month, "
                                    + "a single short outage decides the month.");
                }
            }
        }
    }

    private static String amount(BigDecimal seconds) {
        if (seconds.signum() == 0) {
            return "no downtime at all in this window";
        }
        String about = seconds.round(new MathContext(2, RoundingMode.HALF_UP)).stripTrailingZeros().toPlainString();
        if (seconds.compareTo(BigDecimal.ONE) < 0) {
            return "under 1 second of downtime a month in this window (about " + about + " seconds)";
        }
        return "only about " + about + (about.equals("1") ? " second" : " seconds") + " of downtime a month in this window";
    }
}
