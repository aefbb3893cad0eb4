package org.slastudio.export;

import org.slastudio.clauses.ClockTime;
import org.slastudio.model.Metric;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.slastudio.model.Dates;
import org.slastudio.model.ClaimDeadline;
import org.slastudio.model.PriorityTarget;
import org.slastudio.model.ClockStart;
import org.slastudio.model.CreditTier;
import org.slastudio.model.EarnBack;
import org.slastudio.model.MeasurementPeriod;
import org.slastudio.model.MeasurementMethod;
import org.slastudio.model.MeasurementRule;
import org.slastudio.model.MinimumOutageBound;
import org.slastudio.model.Money;
import org.slastudio.model.Renewal;
import org.slastudio.model.Term;
import org.slastudio.model.TierBound;

/**
 * The agreement's values in the words of a contract. Every method accepts what an unfinished draft may hold
 * (nulls, empty lists) and then says plainly what is missing instead of failing.
 */
final class Wording {
    static final String NOT_STATED = "[not stated]";
    /** Building a currency format reads the locale's data; a copy of a built one is much cheaper. */

    private Wording() {
    }

    static String text(String value) {
        return value == null || value.isBlank() ? NOT_STATED : value.strip();
    }

    static String percent(BigDecimal value) {
        return value == null ? NOT_STATED : value.toPlainString() + "%";
    }

    static String date(LocalDate date, Locale locale) {
        return date == null ? NOT_STATED : Dates.longDate(date, locale);
    }

    /** "EUR\u00a018,500.00", the code kept with its amount across a line break. */
    static String money(Money money, Locale locale) {
        if (money == null || money.amount() == null) {
            return NOT_STATED;
        }
        if (money.currency() == null) {
            return money.amount().toPlainString();
        }
        return Money.written(money.amount(), money.currency(), locale).replace(' ', '\u00a0');
    }

    /** A count or amount with the locale's grouping and every decimal the draft gave: "12,000,000", "0.125". */
    static String quantity(BigDecimal value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(Math.max(value.scale(), 0));
        format.setMaximumFractionDigits(Math.max(value.scale(), 0));
        return format.format(value);
    }

    /**
     * How a calendar month measured as 30 days is worked out, after the definition of availability: only a window open
     * around the clock has 43,200 minutes in a month.
     */
    static String thirtyDayMonth() {
        return " Each calendar month is measured as a month of 30 days: for an Availability Window open 24 hours a day,"
                + " 7 days a week, the time in the window in a Measurement Period is taken to be 43,200 minutes, less any"
                + " time this Agreement takes out of the window, whatever the number of days in the calendar month, and"
                + " availability is never less than 0%; for any other window it is the time in the window in the calendar"
                + " month.";
    }

    /** "less than 99.95% but at least 99.0%": the upper bound first, as credit tables are read top down. */
    static String band(CreditTier tier) {
        return band(tier, null).text();
    }

    /** The tier's band, "less than 99.9% but at least 99.0%", its bounds tagged under {@code path} (if not null). */
    static Words band(CreditTier tier, String path) {
        Words upper = bound(tier.upper(), "at most ", "less than ", path == null ? null : path + ".upper.percent");
        Words lower = bound(tier.lower(), "at least ", "more than ", path == null ? null : path + ".lower.percent");
        if (upper == null && lower == null) {
            return Words.of("any availability");
        }
        if (upper == null) {
            return lower;
        }
        return lower == null ? upper : upper.plain(" but ").add(lower);
    }

    private static Words bound(TierBound bound, String inclusive, String exclusive, String path) {
        if (bound != null && bound.atTarget()) {
            return Words.of((bound.inclusive() ? inclusive : exclusive) + "the Service's target");
        }
        if (bound == null || bound.percent() == null) {
            return null;
        }
        return Words.of(bound.inclusive() ? inclusive : exclusive).term(path, percent(bound.percent()));
    }

    /** "15 minutes", "1 hour", "1 hour 30 minutes", "3 days". */
    /** A metric's time target in the words of its clock, e.g. "30 Business Hours". */
    static String duration(Duration d, Metric metric) {
        return d == null ? NOT_STATED : ClockTime.inWords(d, ClockTime.businessHours(metric));
    }

    static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }

    /** "calendar month", "quarter" ... the noun a clause uses for one period. */
    static String period(MeasurementPeriod period) {
        if (period == null) {
            return "calendar month";
        }
        return switch (period) {
            case CALENDAR_MONTH -> "calendar month";
            case FIXED_30_DAY_MONTH -> "period of 30 consecutive days counted from the Effective Date";
            case CALENDAR_MONTH_AS_30_DAYS -> "calendar month";
            case CALENDAR_QUARTER -> "calendar quarter";
            case WEEK -> "calendar week (Monday to Sunday)";
        };
    }

    /** How downtime of a service is counted, in a sentence or two a reader can check an outage against. */
    static String measurement(MeasurementRule rule) {
        if (rule == null || rule.method() == null) {
            return "The method of measurement is " + NOT_STATED + ".";
        }
        String from = rule.clockStart() == ClockStart.AT_FAULT_REPORT
                ? "from the time the Customer reports the fault" : "from the time the failure begins";
        String interval = rule.intervalMinutes() == null ? NOT_STATED + " minute" : rule.intervalMinutes() + "-minute";
        String threshold = rule.errorRateThresholdPercent() == null ? NOT_STATED : percent(rule.errorRateThresholdPercent());
        // The clock start and the minimum are stated only where they change the result (review reports the rest).
        StringBuilder out = new StringBuilder(switch (rule.method()) {
            case TIME_BASED -> "Downtime is counted in minutes within the Availability Window, " + from + ".";
            case INTERVAL_SHARE -> "The Availability Window is divided into " + interval + " intervals. An interval is"
                    + " unavailable where more than " + threshold + " of valid requests fail; availability is the share"
                    + " of intervals that are not unavailable.";
            case INTERVAL_AVERAGE_ERROR_RATE -> "The Availability Window is divided into " + interval + " intervals;"
                    + " availability is 100% minus the average error rate of those intervals.";
            case REQUEST_COUNTS -> "Availability is the number of successful Requests divided by the total number of"
                    + " valid Requests in the Measurement Period, as a percentage. Requests are counted within the"
                    + " Availability Window; a Measurement Period without valid Requests has an availability of 100%.";
        });
        Integer minimum = rule.minimumOutageMinutes();
        if (minimum != null && minimum > 0 && rule.method().hasOutages()) {
            boolean moreThan = rule.bound() == MinimumOutageBound.MORE_THAN;
            if (rule.method() == MeasurementMethod.TIME_BASED) {
                out.append(moreThan ? " An outage of " + plural(minimum, "consecutive minute") + " or less is not counted."
                        : " An outage shorter than " + plural(minimum, "consecutive minute") + " is not counted.");
            } else {
                out.append(" A run of consecutive unavailable intervals lasting ")
                        .append(moreThan ? plural(minimum, "minute") + " or less" : "less than " + plural(minimum, "minute"))
                        .append(" in total is not counted; a run that continues into another Measurement Period is"
                                + " measured whole.");
            }
        }
        return out.toString();
    }

    /** Where the measurement periods are cut. */
    static String periodCut(MeasurementRule rule, String agreementZone) {
        return rule != null && rule.periodsInUtc() ? "midnight UTC" : "midnight " + agreementZone + " time";
    }

    static String term(Term term) {
        if (term == null || term.initialMonths() == null) {
            return "The term of this Agreement is " + NOT_STATED + ".";
        }
        String initial = "This Agreement runs for an initial term of " + plural(term.initialMonths(), "month")
                + " from the Effective Date";
        String notice = term.noticeDays() == null ? "" : " at least " + plural(term.noticeDays(), "day") + "'";
        Renewal renewal = term.renewal() == null ? Renewal.NONE : term.renewal();
        return switch (renewal) {
            case AUTOMATIC -> initial + " and renews automatically for successive periods of "
                    + (term.renewalMonths() == null ? NOT_STATED + " months" : plural(term.renewalMonths(), "month"))
                    + " unless either party gives" + notice + " written notice before the end of the then current term.";
            case BY_AGREEMENT -> initial + ". It renews only where the parties agree so in writing.";
            case NONE -> initial + " and ends with that term.";
        };
    }

    /**
     * "within 30 days after the end of the calendar month in which it arose"; a business-day rule names the window
     * whose Business Days count ({@code calendarName}).
     */
    static String claimDeadline(ClaimDeadline deadline, MeasurementPeriod period, String calendarName) {
        return claimDeadline(deadline, period, calendarName, null).text();
    }

    /** "within 30 days after the end of the calendar month in which it arose", its count tagged under {@code path}. */
    static Words claimDeadline(ClaimDeadline deadline, MeasurementPeriod period, String calendarName, String path) {
        if (deadline == null || deadline.rule() == null || deadline.count() == null) {
            return Words.of(NOT_STATED);
        }
        int n = deadline.count();
        String count = path == null ? null : path + ".count";
        String periodEnd = " after the end of the " + period(period) + " in which it arose";
        String incident = " after the day on which the earliest Downtime counted towards it began";
        String businessDays = " Business Day" + (n == 1 ? "" : "s") + " of the " + calendarName + " Availability Window";
        String days = " day" + (n == 1 ? "" : "s");
        Words within = Words.of("within ").term(count, String.valueOf(n));
        return switch (deadline.rule()) {
            case DAYS_AFTER_PERIOD_END -> within.plain(days + periodEnd);
            case END_OF_NTH_FOLLOWING_BILLING_CYCLE -> Words.of("by the end of the ").term(count, ordinal(n))
                    .plain(" billing cycle following the " + period(period) + " in which it arose");
            case DAYS_AFTER_INCIDENT -> within.plain(days + incident);
            case BUSINESS_DAYS_AFTER_PERIOD_END -> within.plain(businessDays + periodEnd);
            case BUSINESS_DAYS_AFTER_INCIDENT -> within.plain(businessDays + incident);
        };
    }

    /** "within 4 Business Hours", "by the end of the next Business Day". */
    static String target(PriorityTarget target, Metric metric) {
        String words = ClockTime.target(target, metric);
        return words == null ? NOT_STATED : words;
    }

    static String earnBack(EarnBack earnBack) {
        Words words = earnBack(earnBack, null);
        return words == null ? null : words.text();
    }

    /** The earn-back sentence, its terms tagged under {@code path} (if not null); null where there is no earn-back. */
    static Words earnBack(EarnBack earnBack, String path) {
        if (earnBack == null || earnBack.followingPeriods() == null) {
            return null;
        }
        Words words = Words.of("A Service Credit is earned back by the Provider, and is not payable, where the affected "
                + "Service ");
        if (earnBack.requiredPercent() == null) {
            words.plain("meets its target");
        } else {
            words.plain("achieves an availability of at least ")
                    .term(path == null ? null : path + ".requiredPercent", percent(earnBack.requiredPercent()));
        }
        String periods = path == null ? null : path + ".followingPeriods";
        return earnBack.followingPeriods() == 1 ? words.plain(" in the following measurement period.")
                : words.plain(" in each of the ").term(periods, number(earnBack.followingPeriods()))
                        .plain(" following measurement periods.");
    }

    private static final String[] NUMBERS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve"};

    /** Small counts in words, as contracts write them: "three following periods"; larger ones in digits. */
    static String number(int n) {
        return n >= 0 && n < NUMBERS.length ? NUMBERS[n] : String.valueOf(n);
    }

    /** A term's number in plain digits without trailing zeros: "30", "2.5". */
    static String number(BigDecimal n) {
        BigDecimal stripped = n.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    /** "a", "a and b", "a, b and c". */
    static String list(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    static String capitalised(String s) {
        return s == null || s.isEmpty() ? "" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Straight double quotes as the typeset pair: “ where a quotation opens (at the start, after a space or bracket), ” elsewhere. */
    static String curlyQuotes(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '"') {
                out.append(c);
            } else {
                char before = i == 0 ? ' ' : s.charAt(i - 1);
                out.append(Character.isWhitespace(before) || before == '(' || before == '[' ? '“' : '”');
            }
        }
        return out.toString();
    }
}
