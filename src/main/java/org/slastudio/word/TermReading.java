package org.slastudio.word;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a term's text, as the other side left it in the document, back into the value the draft file holds: "99.9%"
 * into 99.9 for a target, "EUR 2,500.00" into an amount and a currency for a fee, "4 hours" into PT4H for a response
 * time, "1 March 2026" into a date. What kind of value a term holds follows from its name in the draft file.
 */
final class TermReading {
    private TermReading() {
    }

    enum Kind { PERCENT, MONEY, NUMBER, NOTICE_HOURS, DURATION, DATE, TEXT }

    /** A value read, or why the text could not be read as one. */
    record Reading(Object value, String problem) {
        static Reading of(Object value) {
            return new Reading(value, null);
        }

        static Reading problem(String problem) {
            return new Reading(null, problem);
        }

        boolean read() {
            return problem == null;
        }
    }

    /** An amount of money as the draft file holds it. */
    record Amount(BigDecimal amount, String currency) {
    }

    private static final List<String> PERCENTS = List.of("targetPercent", "creditPercent", "percent", "monthlyCapPercent",
            "rollingTwelveMonthCapPercent", "percentOfMonthlyCharges", "compliancePercent", "requiredPercent");
    private static final List<String> AMOUNTS = List.of("monthlyFee", "minimumCredit", "fixedCredit");
    private static final List<String> NUMBERS = List.of("monthlyCapDays", "downtimeMultiple", "followingPeriods", "count");

    static Kind kind(String path) {
        String leaf = leaf(path);
        if (PERCENTS.contains(leaf)) {
            return Kind.PERCENT;
        } else if (AMOUNTS.contains(leaf)) {
            return Kind.MONEY;
        } else if (NUMBERS.contains(leaf)) {
            return Kind.NUMBER;
        } else if (leaf.equals("noticeHours")) {
            return Kind.NOTICE_HOURS;
        } else if (leaf.equals("within")) {
            return Kind.DURATION;
        } else if (leaf.equals("effectiveDate")) {
            return Kind.DATE;
        }
        return Kind.TEXT;
    }

    /** The last name in a path: {@code targetPercent} in {@code services[0].levels[1].targetPercent}. */
    static String leaf(String path) {
        String p = path.replaceFirst("#\\d+$", "");
        return p.substring(p.lastIndexOf('.') + 1).replaceFirst("\\[\\d+]$", "");
    }

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d+)?|[-+]?\\d+(\\.\\d+)?|[-+]?\\.\\d+");
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("zero", 0), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12));

    static Reading read(String path, String text) {
        String t = text == null ? "" : text.replace('\u00a0', ' ').replace('\u2011', '-').strip();
        if (t.isEmpty()) {
            return Reading.problem("it is empty");
        }
        return switch (kind(path)) {
            case PERCENT -> percent(t);
            case MONEY -> money(t);
            case NUMBER -> number(t);
            case NOTICE_HOURS -> notice(t);
            case DURATION -> duration(t);
            case DATE -> date(t);
            case TEXT -> Reading.of(t);
        };
    }

    private static Reading percent(String t) {
        Matcher m = Pattern.compile("^(" + NUMBER.pattern() + ")\\s*(%|per ?cent|percent)?$", Pattern.CASE_INSENSITIVE)
                .matcher(t);
        if (!m.matches()) {
            return Reading.problem("it is not a percentage, such as 99.9%");
        }
        BigDecimal value = new BigDecimal(m.group(1).replace(",", ""));
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
            return Reading.problem("a percentage is between 0% and 100%");
        }
        return Reading.of(value);
    }

    private static final Map<String, String> SYMBOLS = Map.of("€", "EUR", "£", "GBP", "$", "USD");

    private static Reading money(String t) {
        Matcher m = Pattern.compile("^([A-Z]{3}|[€£$])?\\s*(" + NUMBER.pattern() + ")\\s*([A-Z]{3})?$").matcher(t);
        if (!m.matches() || m.group(1) != null && m.group(m.groupCount()) != null) {
            return Reading.problem("it is not an amount of money, such as EUR 2,500.00");
        }
        String currency = m.group(1) != null ? SYMBOLS.getOrDefault(m.group(1), m.group(1)) : m.group(m.groupCount());
        if (currency != null && java.util.Currency.getAvailableCurrencies().stream().noneMatch(c -> c.getCurrencyCode().equals(currency))) {
            return Reading.problem(currency + " is not a currency code, such as EUR or GBP");
        }
        BigDecimal amount = new BigDecimal(m.group(2).replace(",", ""));
        if (amount.signum() < 0) {
            return Reading.problem("an amount cannot be negative");
        }
        return Reading.of(new Amount(amount, currency));
    }

    private static Reading number(String t) {
        t = t.replaceFirst("^(\\d+)(st|nd|rd|th)$", "$1"); // "2nd" billing cycle
        Integer word = WORDS.get(t.toLowerCase(Locale.ROOT));
        if (word != null) {
            return Reading.of(BigDecimal.valueOf(word));
        }
        if (!NUMBER.matcher(t).matches()) {
            return Reading.problem("it is not a number, such as 3 or three");
        }
        return Reading.of(new BigDecimal(t.replace(",", "")));
    }

    /** "3 days'" or "48 hours'", as a Maintenance Window's notice is written, into hours. */
    private static Reading notice(String t) {
        Matcher m = Pattern.compile("^(\\d+)\\s*(hours?|days?)['’]?s?$", Pattern.CASE_INSENSITIVE).matcher(t);
        if (!m.matches()) {
            return Reading.problem("it is not a notice period, such as 3 days' or 48 hours'");
        }
        long n = Long.parseLong(m.group(1));
        return Reading.of(BigDecimal.valueOf(m.group(2).toLowerCase(Locale.ROOT).startsWith("day") ? n * 24 : n));
    }

    /** "15 minutes", "4 hours 30 minutes", "2 days", "30 Business Hours", into an ISO duration. */
    private static Reading duration(String t) {
        Matcher part = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(business\\s+)?(days?|hours?|hrs?|minutes?|mins?)",
                Pattern.CASE_INSENSITIVE).matcher(t);
        Duration total = Duration.ZERO;
        int end = 0;
        boolean any = false;
        while (part.find()) {
            if (!t.substring(end, part.start()).replace("and", "").replace(",", "").isBlank()) {
                return Reading.problem("it is not a length of time, such as 4 hours or 30 minutes");
            }
            BigDecimal n = new BigDecimal(part.group(1));
            String unit = part.group(3).toLowerCase(Locale.ROOT);
            long minutes = unit.startsWith("day") ? 24 * 60 : unit.startsWith("h") ? 60 : 1;
            total = total.plusSeconds(n.multiply(BigDecimal.valueOf(minutes * 60)).longValue());
            end = part.end();
            any = true;
        }
        if (!any || !t.substring(end).isBlank()) {
            return Reading.problem("it is not a length of time, such as 4 hours or 30 minutes");
        }
        return Reading.of(total);
    }

    /** Strictly: "30 February" is not a date, however near one it is. */
    private static final List<DateTimeFormatter> DATES = java.util.stream.Stream.of("d MMMM uuuu", "MMMM d, uuuu",
                    "uuuu-MM-dd", "d MMM uuuu", "MMM d, uuuu")
            .map(p -> DateTimeFormatter.ofPattern(p, Locale.ENGLISH).withResolverStyle(java.time.format.ResolverStyle.STRICT))
            .toList();

    private static Reading date(String t) {
        String plain = t.replaceAll("(\\d)(st|nd|rd|th)\\b", "$1");
        for (DateTimeFormatter format : DATES) {
            try {
                return Reading.of(LocalDate.parse(plain, format));
            } catch (DateTimeParseException e) {
                // the next form
            }
        }
        return Reading.problem("it is not a date, such as 1 March 2026");
    }
}
