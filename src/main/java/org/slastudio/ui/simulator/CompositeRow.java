package org.slastudio.ui.simulator;

import java.math.BigDecimal;

/**
 * One line of the simulator's dependencies section: a target of a service beside what the service's upstream
 * dependencies compose to, in words for the columns.
 *
 * @param composite the exact composite; null where the dependencies cannot be composed
 * @param feasible  whether the dependencies carry the target; null where there is nothing to compare
 * @param margin    e.g. "17 min 37.191 s to spare", "2 min 15.129 s short"; "—" where no minutes apply
 * @param marginMinutes the same, exact; null where no minutes apply
 */
public record CompositeRow(String serviceId, String service, String window, String dependencies, BigDecimal composite,
                           String target, boolean creditBearing, Boolean feasible, String verdict, String margin,
                           BigDecimal marginMinutes) {

    /** A credit-bearing target the dependencies cannot carry: credits in an average month. */
    public boolean owesCredits() {
        return creditBearing && Boolean.FALSE.equals(feasible);
    }

    public String compositeText() {
        return composite == null ? "—" : composite.stripTrailingZeros().toPlainString() + "%";
    }

    /** What a screen reader says for the row. */
    public String spoken() {
        return service + (window.equals("—") ? "" : ", " + window) + ": dependencies compose to " + compositeText()
                + ", target " + target + ". " + verdict + (margin.equals("—") ? "" : ", " + margin + " a month") + ".";
    }
}
