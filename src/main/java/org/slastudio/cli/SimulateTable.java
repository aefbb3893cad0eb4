package org.slastudio.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.slastudio.engine.Amounts;
import org.slastudio.model.Money;
import org.slastudio.simulation.AgreementOutlook;
import org.slastudio.simulation.LevelOutlook;
import org.slastudio.simulation.ServiceTradeOff;
import org.slastudio.simulation.TradeOffTable;

/**
 * The trade-off table as text. By default it fits a terminal of {@link #WIDTH} columns: the columns that decide a
 * level, money in whole units under headings that name the currency, prose wrapped. {@code --wide} prints every
 * column with cents, one line per level however long.
 */
final class SimulateTable {
    static final int WIDTH = 100;
    private static final String INDENT = "  ";
    private static final String GAP = "  ";

    private SimulateTable() {
    }

    /** A column of the default table: two heading lines (name, then unit) over right-aligned values. */
    private record Column(String name, String unit, Function<LevelOutlook, String> value) {
    }

    static void print(PrintWriter out, TradeOffTable t, boolean wide) {
        int width = wide ? Integer.MAX_VALUE : WIDTH;
        String code = t.currency().getCurrencyCode();
        Layout layout = wide ? null : Layout.of(t, code);
        if (wide) {
            prose(out, width, "", String.format("%d simulated service-months (%d years) for each service and level, seed %d; "
                    + "amounts in %s per month unless marked a year", t.trials(), t.years(), t.seed(), code));
        } else {
            prose(out, width, "", String.format("%d simulated service-months (%d years) for each service and level, seed %d.",
                    t.trials(), t.years(), t.seed()));
            prose(out, width, "", String.format("Amounts in %s, whole units (/mo a month, /yr a year); --wide shows every column, "
                    + "with cents.", code));
            if (!layout.leftOut().isEmpty()) {
                prose(out, width, "", "Left out to fit " + WIDTH + " columns: " + String.join(", ", layout.leftOut())
                        + "; --wide shows them.");
            }
        }
        for (ServiceTradeOff s : t.services()) {
            out.println();
            prose(out, width, "", String.format("%s (%s), window %s, drafted at %s%%", s.serviceId(), s.serviceName(), s.windowId(),
                    s.draftedLevelPercent().toPlainString()));
            if (wide) {
                wideRows(out, s);
            } else {
                narrowRows(out, s, layout);
            }
            prose(out, width, INDENT, String.format("* least total cost to the customer: %s%%; + greatest joint surplus: %s%%",
                    s.lowestCustomerCostLevel().toPlainString(), s.greatestJointSurplusLevel().toPlainString()));
        }
        AgreementOutlook a = t.agreement();
        out.printf("%nThe agreement at its drafted levels%n");
        prose(out, width, INDENT, String.format("P(a breach in a month) %s, in a year %s", percent(a.breachProbabilityPerPeriod()),
                percent(a.breachProbabilityPerYear())));
        prose(out, width, INDENT, String.format("Credits %s a month, %s a year, at most %s in 95%% of years",
                money(a.expectedCreditPerMonth()), money(a.expectedCreditPerYear()), money(a.creditPerYear95())));
        prose(out, width, INDENT, String.format("Customer loss %s a month, %s of it not covered by credits",
                money(a.expectedCustomerLoss()), money(a.uncoveredLoss())));
        prose(out, width, INDENT, String.format("Fees %s, provider cost %s, margin %s a month", money(a.fee()),
                money(a.providerCost()), money(a.marginAtCurrentFee())));
    }

    /** The columns of the default table, in order; when even these do not fit, the last are left out first. */
    private static List<Column> narrowColumns(String code) {
        return List.of(
                new Column("Allowed", "min/mo", l -> l.allowedMinutesPerMonth().toPlainString()),
                new Column("P(breach)", "month", l -> percent(l.breachProbabilityPerPeriod())),
                new Column("P(breach)", "year", l -> percent(l.breachProbabilityPerYear())),
                new Column("Credits", code + "/yr", l -> whole(l.expectedCreditPerYear())),
                new Column("Credits 95%", code + "/yr", l -> whole(l.creditPerYear95())),
                new Column("Margin", code + "/mo", l -> whole(l.marginAtCurrentFee())),
                new Column("Cust. total", code + "/mo", l -> whole(l.customerTotalCost())),
                new Column("Joint cost", code + "/mo", l -> whole(l.jointCost())));
    }

    /** The default table's columns with their widths, the same for every service so that they line up. */
    private record Layout(int levelWidth, List<Column> columns, List<Integer> widths, List<String> leftOut) {

        static Layout of(TradeOffTable t, String code) {
            int levelWidth = "Level".length();
            for (ServiceTradeOff s : t.services()) {
                for (LevelOutlook l : s.levels()) {
                    levelWidth = Math.max(levelWidth, level(s, l).length());
                }
            }
            List<Column> columns = new ArrayList<>(narrowColumns(code));
            List<Integer> widths = new ArrayList<>();
            for (Column c : columns) {
                int w = Math.max(c.name().length(), c.unit().length());
                for (ServiceTradeOff s : t.services()) {
                    for (LevelOutlook l : s.levels()) {
                        w = Math.max(w, c.value().apply(l).length());
                    }
                }
                widths.add(w);
            }
            List<String> leftOut = new ArrayList<>();
            while (columns.size() > 1 && lineWidth(levelWidth, widths) > WIDTH) {
                leftOut.add(0, columns.remove(columns.size() - 1).name());
                widths.remove(widths.size() - 1);
            }
            return new Layout(levelWidth, columns, widths, leftOut);
        }
    }

    private static void narrowRows(PrintWriter out, ServiceTradeOff s, Layout layout) {
        StringBuilder names = new StringBuilder(INDENT).append(pad("Level", layout.levelWidth(), true));
        StringBuilder units = new StringBuilder(INDENT).append(pad("", layout.levelWidth(), true));
        for (int i = 0; i < layout.columns().size(); i++) {
            names.append(GAP).append(pad(layout.columns().get(i).name(), layout.widths().get(i), false));
            units.append(GAP).append(pad(layout.columns().get(i).unit(), layout.widths().get(i), false));
        }
        out.println(names.toString().stripTrailing());
        out.println(units.toString().stripTrailing());
        for (LevelOutlook l : s.levels()) {
            StringBuilder row = new StringBuilder(INDENT).append(pad(level(s, l), layout.levelWidth(), true));
            for (int i = 0; i < layout.columns().size(); i++) {
                row.append(GAP).append(pad(layout.columns().get(i).value().apply(l), layout.widths().get(i), false));
            }
            out.println(row.toString().stripTrailing());
        }
    }

    private static int lineWidth(int levelWidth, List<Integer> widths) {
        return INDENT.length() + levelWidth + widths.stream().mapToInt(w -> w + GAP.length()).sum();
    }

    private static void wideRows(PrintWriter out, ServiceTradeOff s) {
        out.printf("  %-8s %10s %8s %8s %10s %10s %11s %11s %10s %10s %10s %10s %11s %11s%n", "Level", "Allowed",
                "P(month)", "P(year)", "Credits", "Credits/yr", "95% year", "Cust. loss", "Uncovered", "Prov. cost",
                "Margin", "Break-even", "Cust. total", "Joint cost");
        for (LevelOutlook l : s.levels()) {
            out.printf("  %-8s %10s %8s %8s %10s %10s %11s %11s %10s %10s %10s %10s %11s %11s%n",
                    level(s, l), l.allowedMinutesPerMonth().toPlainString() + " min",
                    percent(l.breachProbabilityPerPeriod()), percent(l.breachProbabilityPerYear()),
                    figure(l.expectedCreditPerMonth()), figure(l.expectedCreditPerYear()), figure(l.creditPerYear95()),
                    figure(l.expectedCustomerLoss()), figure(l.uncoveredLoss()), figure(l.providerCost()),
                    figure(l.marginAtCurrentFee()), figure(l.breakEvenFee()), figure(l.customerTotalCost()),
                    figure(l.jointCost()));
        }
    }

    private static String level(ServiceTradeOff s, LevelOutlook l) {
        return l.levelPercent().toPlainString() + "%"
                + (l.levelPercent().compareTo(s.lowestCustomerCostLevel()) == 0 ? "*" : "")
                + (l.levelPercent().compareTo(s.greatestJointSurplusLevel()) == 0 ? "+" : "");
    }

    /** Words wrapped at {@code width}, continuation lines indented two more than the first. */
    private static void prose(PrintWriter out, int width, String indent, String text) {
        StringBuilder line = new StringBuilder(indent);
        String continuation = indent + "  ";
        for (String word : words(text, width - continuation.length())) {
            boolean atStart = line.toString().isBlank();
            if (!atStart && line.length() + 1 + word.length() > width) {
                out.println(line);
                line = new StringBuilder(continuation);
                atStart = true;
            }
            line.append(atStart ? "" : " ").append(word);
        }
        out.println(line);
    }

    /** The words of a text; one longer than a line (a long id, a path) is cut into pieces that fit. */
    private static List<String> words(String text, int room) {
        List<String> words = new ArrayList<>();
        for (String word : text.split(" ")) {
            for (int i = 0; i < word.length(); i += room) {
                words.add(word.substring(i, Math.min(word.length(), i + room)));
            }
        }
        return words;
    }

    private static String pad(String text, int width, boolean left) {
        String spaces = " ".repeat(Math.max(0, width - text.length()));
        return left ? text + spaces : spaces + text;
    }

    static String percent(BigDecimal share) {
        return share.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static String money(Money m) {
        return m == null ? "-" : Amounts.money(m);
    }

    private static String figure(Money m) {
        return m == null ? "-" : Amounts.figure(m.amount(), m.currency());
    }

    private static String whole(Money m) {
        return m == null ? "-" : Amounts.wholeUnits(m.amount());
    }
}
