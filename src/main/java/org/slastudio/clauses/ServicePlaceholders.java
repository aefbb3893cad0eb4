package org.slastudio.clauses;

import java.math.BigDecimal;
import java.util.List;
import org.slastudio.model.Agreement;
import org.slastudio.model.MeasurementRule;
import org.slastudio.model.Quantity;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;

/** A service's placeholders: its name, fee, targets and the rules of its measurement. */
final class ServicePlaceholders {
    static final List<String> FORMS = List.of("service.<id>.name", "service.<id>.target", "service.<id>.target.<windowId>",
            "service.<id>.monthlyFee", "service.<id>.minimumOutage", "service.<id>.interval", "service.<id>.errorThreshold");

    private ServicePlaceholders() {
    }

    static FilledValue resolve(String[] p, Agreement a) {
        Service s = a.service(p[1]).orElse(null);
        if (s == null) {
            return FilledValue.missing("the draft has no service '" + p[1] + "'");
        }
        String who = "service '" + p[1] + "'";
        MeasurementRule m = s.measurement() == null ? MeasurementRule.timeBased() : s.measurement();
        return switch (p[2]) {
            case "name" -> FilledValue.of(s.name(), who + " has no name", String::valueOf);
            case "monthlyFee" -> s.monthlyFee() == null || s.monthlyFee().amount() == null
                    ? FilledValue.missing(who + " has no monthly fee") : FilledValue.of(ClauseWords.money(s.monthlyFee()));
            case "minimumOutage" -> FilledValue.of(m.minimumOutageMinutes(), who + " counts outages of any length", ServicePlaceholders::minutes);
            case "interval" -> FilledValue.of(m.intervalMinutes(), who + " is not measured in intervals", ServicePlaceholders::minutes);
            case "errorThreshold" -> FilledValue.of(m.errorRateThresholdPercent(), who + " has no error rate threshold",
                    ClauseWords::percent);
            default -> p.length == 4 ? levelIn(s, p[3], who) : mainLevel(s, who);
        };
    }

    private static String minutes(Integer minutes) {
        return Quantities.format(new Quantity(BigDecimal.valueOf(minutes), Quantity.Unit.MINUTES, null));
    }

    /** The first credit-bearing level, since that is the promise a clause usually means; else the first level. */
    static ServiceLevel mainLevel(Service s) {
        ServiceLevel first = null;
        for (ServiceLevel l : s.levels()) {
            if (l != null && l.targetPercent() != null) {
                if (l.creditBearing()) {
                    return l;
                }
                first = first == null ? l : first;
            }
        }
        return first;
    }

    private static FilledValue mainLevel(Service s, String who) {
        ServiceLevel main = mainLevel(s);
        return main == null ? FilledValue.missing(who + " has no target") : FilledValue.of(ClauseWords.percent(main.targetPercent()));
    }

    private static FilledValue levelIn(Service s, String windowId, String who) {
        for (ServiceLevel l : s.levels()) {
            if (l != null && windowId.equals(l.windowId()) && l.targetPercent() != null) {
                return FilledValue.of(ClauseWords.percent(l.targetPercent()));
            }
        }
        return FilledValue.missing(who + " has no target in window '" + windowId + "'");
    }
}
