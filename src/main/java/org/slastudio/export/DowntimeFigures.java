package org.slastudio.export;

import java.math.BigDecimal;
import org.slastudio.model.Agreement;
import org.slastudio.model.AvailabilityWindow;

/** The downtime an availability target allows in its window, as the engine computes it. */
final class DowntimeFigures {

    /** Allowed downtime in words, e.g. "21 min 54 s"; null where it cannot be computed. */
    record Allowance(String perMonth, String perYear) {
    }

    private DowntimeFigures() {
    }

    /** How the figures are measured, stated under the table. */
    static String convention(Agreement agreement) {
        return "Allowed downtime figures are given for information and are to be computed by the measurement engine.";
    }

    static Allowance of(Agreement agreement, AvailabilityWindow window, BigDecimal targetPercent) {
        return null;
    }
}
