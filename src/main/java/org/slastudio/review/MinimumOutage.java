package org.slastudio.review;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slastudio.model.Agreement;
import org.slastudio.model.Clause;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.MinimumOutageBound;
import org.slastudio.model.Service;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;

/**
 * When outages shorter than the month's whole downtime allowance do not count, any number of short outages never
 * misses the target, while a single counted one always does. And a clause that states the minimum the other way
 * round from the rule ("at least {{service.x.minimumOutage}}" where only longer outages count) contradicts it.
 */
final class MinimumOutage implements ReviewRule {

    @Override
    public void check(Agreement a, Findings out) {
        clausesStatingTheOtherBound(a, out);
        for (int i = 0; i < a.services().size(); i++) {
            Service s = a.services().get(i);
            if (s == null || s.measurement() == null || s.measurement().minimumOutageMinutes() == null
                    || s.measurement().minimumOutageMinutes() < 1
                    || s.measurement().method() != null && !s.measurement().method().hasOutages()) {
                // A method without outages is told its minimum has no effect (MeasurementRules).
                continue;
            }
            int minimum = s.measurement().minimumOutageMinutes();
            String shortOnes = s.measurement().bound() == MinimumOutageBound.MORE_THAN
                    ? "outages of " + minimum + " minutes or less" : "outages under " + minimum + " minutes";
            for (ServiceLevel l : s.levels()) {
                if (l == null || l.targetPercent() == null || l.targetPercent().signum() < 0 || l.targetPercent().compareTo(Band.HUNDRED) >= 0) {
                    continue;
                }
                AvailabilityWindow w = a.window(l.windowId()).orElse(null);
                if (w == null || w.nominalWeeklyMinutes() == 0) {
                    continue;
                }
                BigDecimal allowedMinutes = TypicalMonth.allowedDowntimeSeconds(w, l.targetPercent()).divide(BigDecimal.valueOf(60), MathContext.DECIMAL64);
                if (BigDecimal.valueOf(minimum).compareTo(allowedMinutes) >= 0) {
                    out.warning(Paths.service(i) + ".measurement.minimumOutageMinutes", Describe.level(a, s, i, l) + ": " + shortOnes
                                    + " do not count, but the " + Describe.percent(l.targetPercent()) + " target allows only about "
                                    + allowedMinutes.round(new MathContext(3, RoundingMode.HALF_UP)).stripTrailingZeros().toPlainString()
                                    + " minutes of downtime a month: short outages never miss it, and one counted outage always does.",
                            "Count shorter outages, or lower the target so that its monthly allowance exceeds the minimum outage.");
                    break;
                }
            }
        }
    }

    private static void clausesStatingTheOtherBound(Agreement a, Findings out) {
        for (int i = 0; i < a.services().size(); i++) {
            Service s = a.services().get(i);
            if (s == null || s.id() == null || s.measurement() == null || s.measurement().minimumOutageMinutes() == null
                    || s.measurement().minimumOutageMinutes() < 1) {
                continue;
            }
            boolean moreThan = s.measurement().bound() == MinimumOutageBound.MORE_THAN;
            String placeholder = "{{service." + s.id() + ".minimumOutage}}";
            Pattern other = Pattern.compile((moreThan ? "at least" : "(?:more|longer) than") + "\\s+" + Pattern.quote(placeholder),
                    Pattern.CASE_INSENSITIVE);
            for (int c = 0; c < a.clauses().size(); c++) {
                Clause clause = a.clauses().get(c);
                if (clause == null || clause.text() == null) {
                    continue;
                }
                Matcher m = other.matcher(clause.text());
                if (m.find()) {
                    out.warning(Paths.clause(c) + ".text", Describe.clause(clause, c) + " says \"" + m.group() + "\", but service "
                                    + Describe.label(s, i) + " counts " + (moreThan ? "only outages of more than " : "outages of at least ")
                                    + s.measurement().minimumOutageMinutes() + " minutes.",
                            moreThan ? "Write \"more than " + placeholder + "\", or count outages of at least the minimum."
                                    : "Write \"at least " + placeholder + "\", or count only outages of more than the minimum.");
                }
            }
        }
    }
}
