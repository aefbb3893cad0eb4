package org.slastudio.ui.performance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.slastudio.engine.Amounts;
import org.slastudio.engine.CreditCalculation;
import org.slastudio.engine.TermHistory;

/**
 * The range in three figures, as {@code credit --from --to} ends: the credits owed, how much of them may yet be earned
 * back (their earn-back waits on periods not yet over), and the claims that can still be made on the as-of day.
 */
public record Totals(BigDecimal owed, BigDecimal pending, Currency currency, int claimsOpen, LocalDate asOf) {
    public static final Totals NONE = new Totals(BigDecimal.ZERO, BigDecimal.ZERO, null, 0, null);

    public static Totals of(List<TermHistory.Entry> entries, LocalDate asOf) {
        BigDecimal owed = BigDecimal.ZERO;
        BigDecimal pending = BigDecimal.ZERO;
        Currency currency = null;
        int open = 0;
        for (TermHistory.Entry e : entries) {
            CreditCalculation c = e.credit();
            if (c == null) {
                continue;
            }
            if (c.credit() != null && c.credit().currency() != null) {
                currency = c.credit().currency();
            }
            owed = owed.add(e.owed());
            if (c.earnBack() == CreditCalculation.EarnBackOutcome.PENDING) {
                pending = pending.add(e.owed());
            }
            open += e.claimBy() != null && e.owed().signum() > 0 && !e.claimClosed() ? 1 : 0;
        }
        return new Totals(owed, pending, currency, open, asOf);
    }

    /** "EUR 5,550.00" */
    public String owedText() {
        return money(owed);
    }

    /** "EUR 1,850.00" */
    public String pendingText() {
        return money(pending);
    }

    /** "1": the credits owed whose claim deadline has not passed on the as-of day. */
    public String claimsText() {
        return String.valueOf(claimsOpen);
    }

    private String money(BigDecimal amount) {
        return currency == null ? Amounts.figure(amount, null) : Amounts.money(amount, currency);
    }
}
