package org.slastudio.clauses;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slastudio.model.Money;
import org.slastudio.model.Quantity;
import org.slastudio.model.Quantity.Unit;

/** Quantities in the words clauses use: "30 days", "95.0%", "10 Business Days", "EUR 50.00", and back. */
public final class Quantities {
    private static final Pattern TYPED = Pattern.compile(
            "(?i)\\s*(?:([a-z]{3})\\s*)?(\\d{1,15}(?:\\.\\d{1,10})?)\\s*(?:(%|per\\s+cent|percent)|"
                    + "(business\\s+hours?|business\\s+days?|working\\s+days?|measurement\\s+periods?|minutes?|mins?|hours?|h"
                    + "|(?:calendar\\s+)?(?:days?|d|weeks?|months?|years?))|([a-z]{3}))?\\s*");
    private static final Map<String, Unit> UNITS = Map.ofEntries(
            Map.entry("minute", Unit.MINUTES), Map.entry("min", Unit.MINUTES), Map.entry("hour", Unit.HOURS),
            Map.entry("h", Unit.HOURS), Map.entry("day", Unit.DAYS), Map.entry("d", Unit.DAYS), Map.entry("week", Unit.WEEKS),
            Map.entry("month", Unit.MONTHS), Map.entry("year", Unit.YEARS), Map.entry("business hour", Unit.BUSINESS_HOURS),
            Map.entry("business day", Unit.BUSINESS_DAYS), Map.entry("working day", Unit.BUSINESS_DAYS),
            Map.entry("measurement period", Unit.MEASUREMENT_PERIODS));

    private Quantities() {
    }

    /** As a clause states it: "30 days", "1 day", "95.0%", "10 Business Days", "EUR 50.00", "08:00". */
    public static String format(Quantity q) {
        if (q == null || q.amount() == null || q.unit() == null) {
            return "";
        }
        return switch (q.unit()) {
            case PERCENT -> q.amount().toPlainString() + "%";
            case MONEY -> ClauseWords.money(new Money(q.amount(), q.currency()));
            case TIME_OF_DAY -> String.format(Locale.ROOT, "%02d:%02d", q.amount().intValue() / 60, q.amount().intValue() % 60);
            default -> ClauseWords.number(q.amount()) + " " + noun(q.unit(), q.amount().compareTo(BigDecimal.ONE) == 0);
        };
    }

    /** The unit's noun, singular or plural: "day", "Business Days". */
    public static String noun(Unit unit, boolean one) {
        String noun = switch (unit) {
            case MINUTES -> "minute";
            case HOURS -> "hour";
            case DAYS -> "day";
            case WEEKS -> "week";
            case MONTHS -> "month";
            case YEARS -> "year";
            case BUSINESS_HOURS -> "Business Hour";
            case BUSINESS_DAYS -> "Business Day";
            case MEASUREMENT_PERIODS -> "Measurement Period";
            default -> "";
        };
        return one ? noun : noun + "s";
    }

    /**
     * Reads what a user types for a figure: "30 days", "95%", "EUR 50", "50 EUR", "10 business days", "3 measurement
     * periods", "12 months", "4h". Throws IllegalArgumentException with an example.
     */
    public static Quantity parse(String text) {
        Matcher m = TYPED.matcher(text == null ? "" : text);
        String hint = "enter a number with its unit, e.g. 30 days, 95%, 10 business days, 3 measurement periods or EUR 50";
        if (text != null && text.strip().startsWith("-")) {
            throw new IllegalArgumentException("a figure is zero or more; " + hint);
        }
        if (!m.matches()) {
            throw new IllegalArgumentException(hint);
        }
        BigDecimal amount = new BigDecimal(m.group(2));
        String code = m.group(1) != null ? m.group(1) : m.group(5);
        if (code != null) {
            if (m.group(1) != null && (m.group(3) != null || m.group(4) != null || m.group(5) != null)) {
                throw new IllegalArgumentException(hint);
            }
            try {
                return new Quantity(amount, Unit.MONEY, Currency.getInstance(code.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("\"" + code + "\" is not a currency code; " + hint);
            }
        }
        if (m.group(3) != null) {
            return new Quantity(amount, Unit.PERCENT, null);
        }
        if (m.group(4) == null) {
            throw new IllegalArgumentException(hint);
        }
        String unit = m.group(4).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceFirst("^calendar ", "");
        String singular = unit.endsWith("s") && !unit.equals("mins") ? unit.substring(0, unit.length() - 1) : unit.replace("mins", "min");
        return new Quantity(amount, UNITS.get(singular), null);
    }
}
