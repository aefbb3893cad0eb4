package org.slastudio.ui.simulator;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** What the simulator's figures mean, in words for a reader who is no statistician. */
final class Explanations {
    /** Said whatever is selected: what the breach columns and the histogram are. */
    static final String GENERAL = "P(breach) per month is the chance that, in any one month, the service is down for "
            + "longer than its level allows, so that credits fall due: 10% means about one month in ten. Per year is the "
            + "chance that this happens in at least one month of the year. The histogram shows the same months by the credit "
            + "each one owes: the height of a bar is the share of months whose credit falls in that range, "
            + "and \"none\" is the months that owe no credit at all.";

    private Explanations() {
    }

    /** The selected row's breach chances as a count of months, e.g. "about one month in 8 (12.3%)". */
    static String of(LevelRow row) {
        if (row == null) {
            return "Select a level in the table to see what its figures mean.";
        }
        BigDecimal month = row.outlook().breachProbabilityPerPeriod();
        BigDecimal year = row.outlook().breachProbabilityPerYear();
        return row.serviceName() + " at " + row.level().toPlainString() + "%: " + monthly(month)
                + "; in a year, the chance of at least one such month is " + LevelRow.percent(year) + ".";
    }

    static String monthly(BigDecimal p) {
        if (p.signum() == 0) {
            return "no simulated month was down for longer than the level allows";
        }
        String percent = " (" + LevelRow.percent(p) + ")";
        if (p.compareTo(new BigDecimal("0.5")) >= 0) {
            return "more months than not are down for longer than the level allows" + percent;
        }
        BigDecimal inEvery = BigDecimal.ONE.divide(p, 0, RoundingMode.HALF_UP);
        if (inEvery.compareTo(BigDecimal.valueOf(1000)) > 0) {
            return "fewer than one month in 1,000 is down for longer than the level allows" + percent;
        }
        return "about one month in " + inEvery.toPlainString() + " is down for longer than the level allows" + percent;
    }
}
