package org.slastudio.ui.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slastudio.engine.Amounts;
import org.slastudio.engine.CreditCalculation;
import org.slastudio.engine.CreditStep;
import org.slastudio.engine.TermHistory;
import org.slastudio.model.MeasurementMethod;

/** One service level in one period, in the words the table shows. */
public record PerformanceRow(TermHistory.Entry entry, LocalDate asOf) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    public String period() {
        return entry.period().label();
    }

    /** "Managed Kubernetes Platform, 24x7": the service and the window its level is promised in. */
    public String level() {
        return levelName(entry);
    }

    static String levelName(TermHistory.Entry e) {
        String service = e.service().name() == null || e.service().name().isBlank() ? e.service().id() : e.service().name();
        String window = e.window().name() == null || e.window().name().isBlank() ? e.window().id() : e.window().name();
        return service + ", " + window;
    }

    public String target() {
        return entry.level().targetPercent() == null ? "—" : Amounts.percent(entry.level().targetPercent());
    }

    /** "99.7282%": four decimals, cut rather than rounded so a miss never reads as a hit. */
    public String availability() {
        return entry.measured().availabilityPercent().setScale(4, RoundingMode.DOWN).toPlainString() + "%";
    }

    public boolean met() {
        BigDecimal target = entry.level().targetPercent();
        return target == null || entry.measured().availabilityPercent().compareTo(target) >= 0;
    }

    /** "2h 0m", "40m", "12m 30s": the downtime counted in the window. */
    public String downtime() {
        return duration(entry.measured().downtime());
    }

    static String duration(Duration d) {
        long seconds = d.toSeconds();
        long h = seconds / 3600;
        long m = seconds % 3600 / 60;
        long s = seconds % 60;
        return h > 0 ? h + "h " + m + "m" : s > 0 ? m + "m " + s + "s" : m + "m";
    }

    /** "1" for the first tier, "—" where none applies or the level carries no credits. */
    public String tier() {
        CreditCalculation c = entry.credit();
        return c == null || c.tier() == null ? "—" : String.valueOf(c.tier());
    }

    /** "EUR 1,850.00"; "reported only" for a level that carries no credits. */
    public String credit() {
        CreditCalculation c = entry.credit();
        return c == null ? "reported only" : Amounts.money(c.credit());
    }

    public String earnBack() {
        CreditCalculation c = entry.credit();
        return c == null ? "—" : switch (c.earnBack()) {
            case NONE -> "—";
            case EARNED_BACK -> "earned back";
            case LOST -> "lost";
            case PENDING -> "pending";
        };
    }

    /** "2026-03-02 (passed)": the last day to claim a credit owed; "—" where nothing is owed. */
    public String claimBy() {
        if (entry.claimBy() == null || entry.owed().signum() == 0) {
            return "—";
        }
        return entry.claimBy() + (entry.claimClosed() ? " (passed)" : "");
    }

    /** A credit owed whose claim can still be made on the as-of day. */
    public boolean claimOpen() {
        return entry.claimBy() != null && entry.owed().signum() > 0 && !entry.claimClosed();
    }

    /** "2h 0m of downtime in the 24x7 window in 2026-01 (1 outage counted): 99.7282% against a target of 99.95%, missed." */
    public String measuredText() {
        int n = entry.measured().countedOutages();
        MeasurementMethod method = entry.service().measurement() == null ? null : entry.service().measurement().method();
        String counted = method == null || method == MeasurementMethod.TIME_BASED ? " (" + n + " outage" + (n == 1 ? "" : "s")
                + " counted)" : method == MeasurementMethod.INTERVAL_SHARE ? " (" + n + " interval" + (n == 1 ? "" : "s")
                + " down)" : "";
        return downtime() + " of downtime in the " + entry.window().name() + " window in " + period() + counted + ": "
                + availability() + " against a target of " + target() + (met() ? ", met." : ", missed.");
    }

    /** The credit's steps as the engine explains them, then where the claim stands on the as-of day. */
    public List<String> steps() {
        CreditCalculation c = entry.credit();
        if (c == null) {
            return List.of("This level carries no service credits: it is measured and reported only.");
        }
        List<String> steps = new ArrayList<>();
        for (CreditStep step : c.steps()) {
            steps.add(step.explanation());
        }
        if (entry.claimBy() != null && entry.owed().signum() > 0) {
            steps.add("Claim by " + DAY.format(entry.claimBy()) + (entry.claimClosed() ? ": the deadline had passed on "
                    : ": still open on ") + DAY.format(asOf) + ".");
        }
        return steps;
    }
}
