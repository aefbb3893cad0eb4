package org.slastudio.ui.simulator;

import java.util.List;
import java.util.function.Function;
import org.slastudio.model.Money;
import org.slastudio.simulation.LevelOutlook;

/**
 * The simulator table's columns, in one place for the table on screen and its CSV copy, so the two never disagree:
 * each under its group heading, with the text a row shows in it. Money columns' groups name the currency.
 */
final class LevelColumns {
    /**
     * @param group  the heading over several columns, e.g. "P(breach)"; null for a column of its own
     * @param money  whether it holds amounts, right-aligned
     */
    record Column(String group, String title, Function<LevelRow, String> value, double width, boolean money) {
        /** The heading as one line, e.g. "Expected credits (EUR) month". */
        String heading() {
            return group == null ? title : group + " " + title;
        }
    }

    private LevelColumns() {
    }

    /** @param currency e.g. "EUR"; null or blank where the draft names none, and the headings say no currency */
    static List<Column> of(String currency) {
        String in = currency == null || currency.isBlank() ? "" : " (" + currency + ")";
        return List.of(
                new Column(null, "Service", r -> r.firstOfService() ? r.serviceName() : "", 210, false),
                new Column(null, "Level", r -> (r.level().toPlainString() + "% " + r.marks()).strip(), 108, false),
                new Column("Allowed", "per month", r -> LevelRow.minutes(r.outlook().allowedMinutesPerMonth()), 84, false),
                new Column("P(breach)", "month", r -> LevelRow.percent(r.outlook().breachProbabilityPerPeriod()), 66, false),
                new Column("P(breach)", "year", r -> LevelRow.percent(r.outlook().breachProbabilityPerYear()), 66, false),
                money("Expected credits" + in, "month", LevelOutlook::expectedCreditPerMonth),
                money("Expected credits" + in, "year", LevelOutlook::expectedCreditPerYear),
                money("Expected credits" + in, "year 95%", LevelOutlook::creditPerYear95),
                money("Customer loss" + in, "expected", LevelOutlook::expectedCustomerLoss),
                money("Customer loss" + in, "uncovered", LevelOutlook::uncoveredLoss),
                money("Provider" + in, "cost", LevelOutlook::providerCost),
                money("Provider" + in, "margin", LevelOutlook::marginAtCurrentFee),
                money("Provider" + in, "break-even", LevelOutlook::breakEvenFee));
    }

    private static Column money(String group, String title, Function<LevelOutlook, Money> value) {
        return new Column(group, title, r -> LevelRow.money(value.apply(r.outlook())), Math.max(72, 9 * title.length() + 10), true);
    }
}
