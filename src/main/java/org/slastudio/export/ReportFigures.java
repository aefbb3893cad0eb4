package org.slastudio.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slastudio.engine.CreditCalculation;
import org.slastudio.engine.DowntimeBudget;
import org.slastudio.engine.MeasurementPeriodRange;
import org.slastudio.engine.TermHistory;
import org.slastudio.model.Money;
import org.slastudio.model.Party;
import org.slastudio.model.PartyRole;
import org.slastudio.store.Draft;

/** The figures and words a service report and a claim letter share: periods, availability, downtime, money, parties. */
final class ReportFigures {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM uuuu", Locale.UK);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

    private ReportFigures() {
    }

    /** "January 2026", "Q1 2026", "week 5 of 2026", "1 Jan to 30 Jan 2026": a period in a sentence. */
    static String period(MeasurementPeriodRange p) {
        return switch (p.kind()) {
            case CALENDAR_MONTH, CALENDAR_MONTH_AS_30_DAYS -> MONTH.format(p.start());
            case CALENDAR_QUARTER -> "Q" + ((p.start().getMonthValue() + 2) / 3) + " " + p.start().getYear();
            case WEEK -> "week " + p.start().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + " of " + p.start().get(IsoFields.WEEK_BASED_YEAR);
            case FIXED_30_DAY_MONTH -> DAY_MONTH.format(p.start()) + " to " + DAY_MONTH.format(p.lastDay()) + " " + p.lastDay().getYear();
        };
    }

    /** "January, February and September 2026": periods in a sentence, a year said once where they share it. */
    static String periods(List<MeasurementPeriodRange> list) {
        boolean months = list.stream().allMatch(p -> p.kind() == org.slastudio.model.MeasurementPeriod.CALENDAR_MONTH
                || p.kind() == org.slastudio.model.MeasurementPeriod.CALENDAR_MONTH_AS_30_DAYS);
        boolean oneYear = list.stream().map(p -> p.start().getYear()).distinct().count() == 1;
        if (!months || !oneYear || list.size() == 1) {
            return Wording.list(list.stream().map(ReportFigures::period).toList());
        }
        return Wording.list(list.stream().map(p -> p.start().getMonth().getDisplayName(java.time.format.TextStyle.FULL,
                Locale.UK)).toList()) + " " + list.get(0).start().getYear();
    }

    /** "Jan 2026", "Q1 2026", "W05 2026", "1 Jan 2026": a period in a table. */
    static String periodShort(MeasurementPeriodRange p) {
        return switch (p.kind()) {
            case CALENDAR_MONTH, CALENDAR_MONTH_AS_30_DAYS -> SHORT_MONTH.format(p.start());
            case CALENDAR_QUARTER -> "Q" + ((p.start().getMonthValue() + 2) / 3) + " " + p.start().getYear();
            case WEEK -> String.format(Locale.ROOT, "W%02d %d", p.start().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                    p.start().get(IsoFields.WEEK_BASED_YEAR));
            case FIXED_30_DAY_MONTH -> DAY_MONTH.format(p.start()) + " " + p.start().getYear();
        };
    }

    /** "January to December 2026", "March 2026", "Q1 2026 to Q2 2027". */
    static String range(MeasurementPeriodRange first, MeasurementPeriodRange last) {
        if (first.equals(last)) {
            return period(first);
        }
        boolean months = first.kind() == org.slastudio.model.MeasurementPeriod.CALENDAR_MONTH
                || first.kind() == org.slastudio.model.MeasurementPeriod.CALENDAR_MONTH_AS_30_DAYS;
        if (months && first.start().getYear() == last.start().getYear()) {
            return YearMonth.from(first.start()).getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.UK)
                    + " to " + period(last);
        }
        return period(first) + " to " + period(last);
    }

    /** "99.7282%": four decimals, cut rather than rounded so that a miss never reads as a hit. */
    static String availability(BigDecimal percent) {
        return percent.setScale(4, RoundingMode.DOWN).toPlainString() + "%";
    }

    /** The target as drafted, "99.95%". */
    static String target(BigDecimal percent) {
        return percent == null ? Wording.NOT_STATED : Wording.number(percent) + "%";
    }

    /** "2 h", "22 min 19.2 s", "0 s": as the agreement states allowed downtime, never in days. */
    static String duration(Duration d) {
        return DowntimeBudget.describe(BigDecimal.valueOf(d.toMillis()).movePointLeft(3)).replaceAll("(\\d) ", "$1\u00a0");
    }

    /** The downtime a target allows in the window time measured in one period. */
    static Duration allowed(BigDecimal target, Duration windowTime) {
        return target == null ? null : new DowntimeBudget(target, windowTime).allowed();
    }

    /** "112%": the share of the allowance a downtime used, whole per cent, rounded up so that 100.2% reads as over. */
    static String used(Duration downtime, Duration allowed) {
        if (allowed == null) {
            return "—";
        }
        if (allowed.isZero()) {
            return downtime.isZero() ? "0%" : "over";
        }
        BigDecimal share = BigDecimal.valueOf(downtime.toMillis()).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(allowed.toMillis()), 0, RoundingMode.CEILING);
        return share.toPlainString() + "%";
    }

    static boolean met(TermHistory.Entry e) {
        return e.level().targetPercent() == null || e.measured().availabilityPercent().compareTo(e.level().targetPercent()) >= 0;
    }

    static String money(BigDecimal amount, Currency currency, Locale locale) {
        return Wording.money(new Money(amount, currency), locale);
    }

    /** The currency the credits are in: the first credit's, else the agreement's. */
    static Currency currency(List<TermHistory.Entry> entries, Draft draft) {
        for (TermHistory.Entry e : entries) {
            if (e.credit() != null && e.credit().credit() != null && e.credit().credit().currency() != null) {
                return e.credit().credit().currency();
            }
        }
        return draft.agreement().overview() == null ? null : draft.agreement().overview().currency();
    }

    static String earnBack(CreditCalculation.EarnBackOutcome outcome) {
        return switch (outcome) {
            case NONE -> "—";
            case EARNED_BACK -> "Earned back";
            case LOST -> "Not earned back";
            case PENDING -> "Pending";
        };
    }

    /** Whether a credit arose in the period: the level fell into a tier, whatever caps and earn-back then made of it. */
    static boolean creditArose(TermHistory.Entry e) {
        return e.credit() != null && e.credit().tier() != null;
    }

    /** The entries of one level of one service, in period order, the levels in the order of the entries. */
    static Map<String, List<TermHistory.Entry>> byLevel(List<TermHistory.Entry> entries) {
        Map<String, List<TermHistory.Entry>> levels = new LinkedHashMap<>();
        for (TermHistory.Entry e : entries) {
            levels.computeIfAbsent(e.service().id() + "\u0000" + e.level().windowId(), k -> new ArrayList<>()).add(e);
        }
        return levels;
    }

    /** "Managed Kubernetes Platform, 24x7", or the service alone where it has one level. */
    static String levelName(TermHistory.Entry e) {
        String service = Wording.text(e.service().name());
        return e.service().levels().size() > 1 ? service + ", " + Wording.text(e.window().name()) : service;
    }

    /** The first party of the role. */
    static Party party(Draft draft, PartyRole role) {
        return draft.agreement().parties().stream().filter(p -> p != null && p.role() == role).findFirst().orElse(null);
    }

    static String name(Party party) {
        return party == null ? Wording.NOT_STATED : Wording.text(party.legalName());
    }

    static String agreementTitle(Draft draft) {
        var o = draft.agreement().overview();
        return o == null || o.title() == null || o.title().isBlank() ? "Service Level Agreement" : o.title().strip();
    }

    static String version(Draft draft) {
        var o = draft.agreement().overview();
        return o == null || o.version() == null || o.version().isBlank() ? Wording.NOT_STATED : o.version().strip();
    }

    static Locale locale(Draft draft) {
        var o = draft.agreement().overview();
        return o == null || o.locale() == null ? Locale.UK : o.locale();
    }

    /** "5 March 2026 at 01:00 (Europe/London)": an instant in the agreement's zone. */
    static String when(java.time.Instant instant, Draft draft, Locale locale) {
        var o = draft.agreement().overview();
        java.time.ZoneId zone = o == null || o.timeZone() == null ? java.time.ZoneOffset.UTC : o.timeZone();
        java.time.ZonedDateTime at = instant.atZone(zone);
        return date(at.toLocalDate(), locale) + " at " + at.toLocalTime().truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
                + " (" + zone.getId() + ")";
    }

    static String date(LocalDate day, Locale locale) {
        return Wording.date(day, locale);
    }
}
