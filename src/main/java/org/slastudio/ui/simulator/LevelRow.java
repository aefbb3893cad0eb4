package org.slastudio.ui.simulator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.slastudio.engine.Amounts;
import org.slastudio.model.Money;
import org.slastudio.simulation.LevelOutlook;
import org.slastudio.simulation.ServiceTradeOff;

/** One line of the simulator's table: a candidate level of a service, in words and figures for the columns. */
public record LevelRow(ServiceTradeOff service, LevelOutlook outlook) {

    public String serviceName() {
        return service.serviceName() == null || service.serviceName().isBlank() ? service.serviceId() : service.serviceName();
    }

    public BigDecimal level() {
        return outlook.levelPercent();
    }

    public boolean drafted() {
        return service.draftedLevelPercent().compareTo(outlook.levelPercent()) == 0;
    }

    public boolean lowestCustomerCost() {
        return service.lowestCustomerCostLevel().compareTo(outlook.levelPercent()) == 0;
    }

    public boolean greatestJointSurplus() {
        return service.greatestJointSurplusLevel().compareTo(outlook.levelPercent()) == 0;
    }

    /** "99.9% (drafted)". */
    public String levelText() {
        return outlook.levelPercent().toPlainString() + "%" + (drafted() ? " (drafted)" : "");
    }

    /** Whether this is the service's first level, where the table names the service. */
    public boolean firstOfService() {
        return service.levels().get(0) == outlook;
    }

    /** "● ★ ◆": drafted, the customer's best (lowest total cost), the joint best (greatest joint surplus). */
    public String marks() {
        return ((drafted() ? "● " : "") + (lowestCustomerCost() ? "★ " : "") + (greatestJointSurplus() ? "◆" : "")).strip();
    }

    /** The two best levels stand out in the table. */
    public boolean best() {
        return lowestCustomerCost() || greatestJointSurplus();
    }

    /** Minutes as "43m 12s" or "7h 12m", to the second. */
    static String minutes(BigDecimal minutes) {
        long seconds = minutes.multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.HALF_UP).longValueExact();
        long h = seconds / 3600;
        long m = seconds % 3600 / 60;
        long s = seconds % 60;
        return h > 0 ? h + "h " + m + "m" : m > 0 ? m + "m " + s + "s" : s + "s";
    }

    /** A share between 0 and 1 as a percentage to one place, e.g. 0.1234 as "12.3%". */
    static String percent(BigDecimal share) {
        return share.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** Whole currency units: the table compares orders of magnitude, not cents. */
    static String money(Money money) {
        return money == null || money.amount() == null ? "—" : Amounts.wholeUnits(money.amount());
    }
}
