package org.slastudio.clauses;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slastudio.model.Quantity;
import org.slastudio.model.Quantity.Unit;

/**
 * The figures a clause text types in, outside its placeholders: percentages ("99.95 per cent"), amounts ("EUR 50.00",
 * "€50"), lengths of time ("five consecutive minutes", "30 days'", "ten Business Days", "a twelve-month period",
 * "three Measurement Periods") and times of day ("08:00"). Numbers without a unit (clause 3, Priority 1, a street
 * number) are not figures. Every pattern is matched at a bounded distance from its number, so the scan is linear in
 * the length of the text.
 */
public final class FiguresInText {
    /** A figure as written, e.g. "99.95 per cent", and what it states. */
    public record Stated(String text, Quantity quantity) {
    }

    private static final String WORDS = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four"
            + "|five|six|seven|eight|nine))?|one hundred|a hundred|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
            + "|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\w.,:])(?:(\\d{1,3}(?:,\\d{3})+|\\d{1,12})(?:\\.(\\d{1,10}))?|(?i:(" + WORDS + ")))(?![\\w])");
    private static final Pattern UNIT = Pattern.compile("(?i)\\)?(?:\\s{0,3}|-)(?:(%)|(per\\s{1,3}cent|percent|percentage"
            + "\\s{1,3}points?)(?![\\w])|(?:(?:consecutive|following|further|full|clear|calendar|more|whole)\\s{1,3})?(?:"
            + "(business|working)[\\s-]{1,3}(hours?|days?)|(measurement\\s{1,3}periods?)|(minutes?|hours?|days?|weeks?|months?"
            + "|years?))(?![\\w]))");
    private static final Pattern CURRENCY_AFTER = Pattern.compile("\\s?([A-Z]{3})(?![\\w])");
    private static final Pattern CURRENCY_BEFORE = Pattern.compile("(?:(?<![\\w])([A-Z]{3})\\s?|([€$£]))$");
    private static final Pattern TIME = Pattern.compile("(?<![\\d:.])([01]?\\d|2[0-4]):([0-5]\\d)(?![\\d:])");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^{}]{0,200}}}");
    private static final Map<String, Integer> SMALL = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
            Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90),
            Map.entry("one hundred", 100), Map.entry("a hundred", 100));
    private static final Map<String, Unit> CLOCK_UNITS = Map.of("minute", Unit.MINUTES, "hour", Unit.HOURS, "day", Unit.DAYS,
            "week", Unit.WEEKS, "month", Unit.MONTHS, "year", Unit.YEARS);

    private FiguresInText() {
    }

    /** The figures typed into {@code text}, in order; what placeholders fill in is never among them. */
    public static List<Stated> in(String text) {
        List<Stated> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        Matcher placeholder = PLACEHOLDER.matcher(text);
        int from = 0;
        while (placeholder.find()) {
            scan(text.substring(from, placeholder.start()), found);
            from = placeholder.end();
        }
        scan(text.substring(from), found);
        return found;
    }

    private static void scan(String text, List<Stated> found) {
        Matcher time = TIME.matcher(text);
        while (time.find()) {
            int minutes = Integer.parseInt(time.group(1)) * 60 + Integer.parseInt(time.group(2));
            if (minutes <= 1_440) {
                found.add(new Stated(time.group(), new Quantity(BigDecimal.valueOf(minutes), Unit.TIME_OF_DAY, null)));
            }
        }
        Matcher number = NUMBER.matcher(text);
        Matcher unit = UNIT.matcher(text);
        Matcher after = CURRENCY_AFTER.matcher(text);
        while (number.find()) {
            BigDecimal amount = amount(number);
            int end = number.end();
            int base = Math.max(0, number.start() - 4);
            Matcher before = CURRENCY_BEFORE.matcher(text.substring(base, number.start()));
            Currency currency = number.group(3) == null && before.find() ? currencyOf(before) : null;
            if (currency != null) {
                found.add(new Stated(text.substring(base + before.start(), end), new Quantity(amount, Unit.MONEY, currency)));
                continue;
            }
            unit.region(end, Math.min(text.length(), end + 40));
            if (unit.lookingAt()) {
                // "thirty (30) days" is quoted as "30 days".
                found.add(new Stated(text.substring(number.start(), unit.end()).replace(")", ""),
                        new Quantity(amount, unitOf(unit), null)));
                continue;
            }
            after.region(end, Math.min(text.length(), end + 5));
            if (number.group(3) == null && after.lookingAt() && currency(after.group(1)) != null) {
                found.add(new Stated(text.substring(number.start(), after.end()),
                        new Quantity(amount, Unit.MONEY, currency(after.group(1)))));
            }
        }
    }

    private static BigDecimal amount(Matcher number) {
        if (number.group(3) != null) {
            String words = number.group(3).toLowerCase(Locale.ROOT);
            int dash = words.indexOf('-');
            return BigDecimal.valueOf(dash < 0 ? SMALL.get(words)
                    : SMALL.get(words.substring(0, dash)) + SMALL.get(words.substring(dash + 1)));
        }
        String whole = number.group(1).replace(",", "");
        return new BigDecimal(number.group(2) == null ? whole : whole + "." + number.group(2));
    }

    private static Unit unitOf(Matcher unit) {
        if (unit.group(1) != null || unit.group(2) != null) {
            return Unit.PERCENT;
        }
        if (unit.group(3) != null) {
            return unit.group(4).toLowerCase(Locale.ROOT).startsWith("hour") ? Unit.BUSINESS_HOURS : Unit.BUSINESS_DAYS;
        }
        if (unit.group(5) != null) {
            return Unit.MEASUREMENT_PERIODS;
        }
        String noun = unit.group(6).toLowerCase(Locale.ROOT);
        return CLOCK_UNITS.get(noun.endsWith("s") ? noun.substring(0, noun.length() - 1) : noun);
    }

    private static Currency currencyOf(Matcher m) {
        if (m.group(2) != null) {
            return Currency.getInstance(switch (m.group(2)) {
                case "€" -> "EUR";
                case "£" -> "GBP";
                default -> "USD";
            });
        }
        return currency(m.group(1));
    }

    private static Currency currency(String code) {
        try {
            Currency c = Currency.getInstance(code);
            // Three capitals that ISO lists but nobody writes beside an amount (a heading in capitals) are not money.
            return c.getDefaultFractionDigits() < 0 ? null : c;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
