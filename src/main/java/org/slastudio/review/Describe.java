package org.slastudio.review;

import org.slastudio.clauses.ClockTime;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slastudio.model.Agreement;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.Clause;
import org.slastudio.model.Metric;
import org.slastudio.model.Party;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;

/** Names things in the user's words: by name where they gave one, else by id, else by position. */
final class Describe {
    private Describe() {
    }

    static String label(Service s, int index) {
        return label(s.name(), s.id(), index);
    }

    static String label(Party p, int index) {
        return label(p.legalName(), p.id(), index);
    }

    static String label(AvailabilityWindow w, int index) {
        return label(w.name(), w.id(), index);
    }

    /** "Clause 3 'Availability'": by number, with its heading where it has one. */
    static String clause(Clause c, int i) {
        return "Clause " + (i + 1) + (blank(c.heading()) ? "" : " '" + ClausePlaceholders.shortened(c.heading().strip()) + "'");
    }

    static String label(Metric m, int index) {
        return label(m.name(), m.id(), index);
    }

    /** E.g. "Service 'Object Storage', window 'Business hours'". */
    static String level(Agreement a, Service s, int serviceIndex, ServiceLevel l) {
        String window = window(a, l);
        return "Service " + label(s, serviceIndex) + ", " + (window == null ? "no window" : "window " + window);
    }

    /** The level's window as the user named it, e.g. "'Business hours'"; null where the level names none. */
    static String window(Agreement a, ServiceLevel l) {
        for (int w = 0; w < a.windows().size(); w++) {
            AvailabilityWindow candidate = a.windows().get(w);
            if (candidate != null && l.windowId() != null && l.windowId().equals(candidate.id())) {
                return label(candidate, w);
            }
        }
        return blank(l.windowId()) ? null : "'" + l.windowId() + "'";
    }

    private static String label(String name, String id, int index) {
        if (!blank(name)) {
            return "'" + name.strip() + "'";
        }
        if (!blank(id)) {
            return "'" + id.strip() + "'";
        }
        return String.valueOf(index + 1);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** What a tier pays, e.g. "10% of the fee basis" or "a fixed EUR 50.00". */
    static String tierCredit(org.slastudio.model.CreditTier t) {
        if (t.creditPercent() != null) {
            return percent(t.creditPercent()) + " of the fee basis";
        }
        if (t.downtimeMultiple() != null) {
            return t.downtimeMultiple().toPlainString() + " times the fees for the downtime";
        }
        return t.fixedCredit() == null ? "its credit" : "a fixed " + t.fixedCredit();
    }

    static String percent(BigDecimal value) {
        return value.toPlainString() + "%";
    }

    /** A value worked out by the review, without the trailing zeros of the arithmetic. */
    static String computedPercent(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString() + "%";
    }

    /** A metric's time target in the words of its clock: "30 Business Hours" on a business clock. */
    static String duration(Duration d, Metric metric) {
        if (d.isNegative() || d.isZero()) {
            return d.toMinutes() + " minutes";
        }
        if (d.toMinutes() == 0) {
            return plural(d.toSeconds(), "second");
        }
        return ClockTime.inWords(d, ClockTime.businessHours(metric));
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
