package org.slastudio.ui.credits;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.slastudio.engine.Amounts;
import org.slastudio.model.Agreement;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.CreditRegime;
import org.slastudio.model.LevelCredits;
import org.slastudio.model.MeasurementPeriod;
import org.slastudio.model.MinimumCreditRule;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;

/** Whose credit terms the step can show, and the words that go beside them. */
final class CreditScopes {
    private CreditScopes() {
    }

    /** The agreement, then every credit-bearing level, named by service, window and target. */
    static List<CreditsModel.Scope> of(Agreement a) {
        List<CreditsModel.Scope> all = new ArrayList<>(List.of(CreditsModel.Scope.AGREEMENT));
        for (int i = 0; i < a.services().size(); i++) {
            Service s = a.services().get(i);
            for (int j = 0; s != null && j < s.levels().size(); j++) {
                ServiceLevel l = s.levels().get(j);
                if (l != null && (l.creditBearing() || l.credits() != null)) {
                    String service = s.name() == null || s.name().isBlank() ? s.id() : s.name();
                    String window = a.window(l.windowId()).map(AvailabilityWindow::name).filter(n -> !n.isBlank())
                            .orElse(l.windowId());
                    String target = l.targetPercent() == null ? "" : ", " + l.targetPercent().toPlainString() + "%";
                    all.add(new CreditsModel.Scope(service + " – " + window + target, i, j));
                }
            }
        }
        return all;
    }

    static LevelCredits ownOf(Agreement a, CreditsModel.Scope s) {
        return a.services().get(s.service()).levels().get(s.level()).credits();
    }

    static String followsText(CreditRegime shared) {
        List<String> parts = new ArrayList<>();
        if (shared.monthlyCapPercent() != null) {
            parts.add("monthly cap " + shared.monthlyCapPercent().toPlainString() + "%");
        }
        if (shared.monthlyCapDays() != null) {
            parts.add("cap " + shared.monthlyCapDays().toPlainString() + " days of fees");
        }
        if (shared.minimumCredit() != null && shared.minimumCredit().amount() != null) {
            parts.add((shared.effectiveMinimumRule() == MinimumCreditRule.MORE_THAN ? "minimum: more than " : "minimum ")
                    + Amounts.money(shared.minimumCredit()));
        }
        String agreed = parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
        return "Terms left blank follow the agreement's" + agreed + "; the at-risk amount and sole remedy are the agreement's.";
    }

    /** A cap of N days of fees in the agreement's periods: the fee basis x N / the days in the period. */
    static String daysCapInPeriods(BigDecimal days, Agreement a) {
        if (days == null) {
            return "";
        }
        MeasurementPeriod period = a.overview() == null || a.overview().measurementPeriod() == null
                ? MeasurementPeriod.CALENDAR_MONTH : a.overview().measurementPeriod();
        String n = days.stripTrailingZeros().toPlainString();
        return switch (period) {
            case CALENDAR_QUARTER -> n + "/90 to " + n + "/92 of the quarter's fees, by the quarter's days";
            case CALENDAR_MONTH_AS_30_DAYS, FIXED_30_DAY_MONTH -> n + "/30 of the period's fees";
            case WEEK -> n + "/7 of the week's fees";
            default -> n + "/28 to " + n + "/31 of the month's fees, by the month's days";
        };
    }
}
