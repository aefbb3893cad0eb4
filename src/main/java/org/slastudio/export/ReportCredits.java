package org.slastudio.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.slastudio.engine.CreditCalculation;
import org.slastudio.engine.CreditStep;
import org.slastudio.engine.TermHistory;

/**
 * The report's credits section: every credit that arose (period, service, availability, tier, amount, earn-back, the
 * claim deadline and whether it is still open on the day the report is read), the totals, and how each was worked out,
 * step by step, in the words of the credit calculation.
 */
final class ReportCredits {
    private static final com.lowagie.text.Font STEP = new com.lowagie.text.Font(Fonts.SANS_BOLD, 8.5f,
            com.lowagie.text.Font.NORMAL, Layout.ACCENT);

    private final Layout layout;
    private final ServiceHistory history;
    private final Citations citations;
    private final String number;
    private final Locale locale;
    private final Currency currency;

    /** What the section adds up: what is owed, what may yet be earned back, and the claims open and closed. */
    record Totals(BigDecimal owed, BigDecimal pending, BigDecimal open, int openClaims, BigDecimal closed, int closedClaims,
                  LocalDate earliestOpen) {
        static Totals of(List<TermHistory.Entry> entries) {
            BigDecimal owed = BigDecimal.ZERO;
            BigDecimal pending = BigDecimal.ZERO;
            BigDecimal open = BigDecimal.ZERO;
            BigDecimal closed = BigDecimal.ZERO;
            int opened = 0;
            int shut = 0;
            LocalDate earliest = null;
            for (TermHistory.Entry e : entries) {
                if (e.owed().signum() == 0) {
                    continue;
                }
                owed = owed.add(e.owed());
                if (e.credit().earnBack() == CreditCalculation.EarnBackOutcome.PENDING) {
                    pending = pending.add(e.owed());
                }
                if (e.claimClosed()) {
                    closed = closed.add(e.owed());
                    shut++;
                } else {
                    open = open.add(e.owed());
                    opened++;
                    earliest = e.claimBy() == null || earliest != null && !e.claimBy().isBefore(earliest) ? earliest : e.claimBy();
                }
            }
            return new Totals(owed, pending, open, opened, closed, shut, earliest);
        }
    }

    ReportCredits(Layout layout, ServiceHistory history, Citations citations, String number) {
        this.layout = layout;
        this.history = history;
        this.citations = citations;
        this.number = number;
        this.locale = ReportFigures.locale(history.draft());
        this.currency = ReportFigures.currency(history.entries(), history.draft());
    }

    void write() {
        // The heading, the lines under it and the first rows of the table.
        layout.section(number, "Service credits", 330);
        List<TermHistory.Entry> arose = ReportFigures.byLevel(history.entries()).values().stream().flatMap(List::stream)
                .filter(ReportFigures::creditArose).toList();
        TermHistory.Entry any = history.entries().stream().filter(e -> e.credit() != null).findFirst().orElse(null);
        layout.text("Service Credits follow the tiers" + (any == null ? "" : Citations.under(citations.tiers(any.service(), any.level())))
                + ", within the caps" + Citations.under(citations.caps()) + (citations.earnBack().isPresent()
                ? "; a credit may be earned back" + Citations.under(citations.earnBack()) : "")
                + ", and must be claimed in the time allowed" + Citations.under(citations.claims()) + ". The periods are"
                + " worked out in order, as they happened: the credits of earlier periods count against the caps over"
                + " several periods" + (citations.earnBack().isPresent()
                ? ", and the periods after a credit decide whether it is earned back." : "."));
        if (arose.isEmpty()) {
            layout.text("No Service Credit arose in " + ReportFigures.range(history.first(), history.last()) + ": every "
                    + "level with Service Credits met its target, or fell in no credit tier.");
            return;
        }
        TableRows rows = layout.rows("Table " + number + ".1: Service Credits by service level and period",
                Layout.table(new float[] {1.0f, 1.3f, 0.55f, 1.45f, 1.5f, 1.25f, 0.8f},
                        "Period", "Availability", "Tier", "Credit", "Earn-back", "Claim by", "Claim"));
        String level = null;
        for (TermHistory.Entry e : arose) {
            String name = Wording.text(e.service().name()) + ", " + Wording.text(e.window().name());
            if (!name.equals(level)) {
                level = name;
                PdfPCell group = Layout.cell(name, Layout.TABLE_BOLD);
                group.setPaddingTop(7);
                group.setBorderColor(Layout.ACCENT);
                rows.across(group);
            }
            CreditCalculation c = e.credit();
            rows.add(Layout.cell(ReportFigures.periodShort(e.period())));
            rows.add(Layout.right(ReportFigures.availability(e.measured().availabilityPercent())));
            rows.add(Layout.right(String.valueOf(c.tier())));
            rows.add(Layout.right(Wording.money(c.credit(), locale)));
            rows.add(Layout.cell(ReportFigures.earnBack(c.earnBack())));
            boolean owed = e.owed().signum() > 0;
            rows.add(Layout.cell(owed && e.claimBy() != null ? org.slastudio.model.Dates.shortDate(e.claimBy(), locale) : "—"));
            rows.add(claim(e));
        }
        rows.end();
        totals(Totals.of(history.entries()));
        steps(arose);
    }

    private PdfPCell claim(TermHistory.Entry e) {
        if (e.owed().signum() == 0 || e.claimBy() == null) {
            return Layout.cell("—");
        }
        Phrase phrase = new Phrase("", Layout.TABLE);
        phrase.add(e.claimClosed() ? new Chunk("Passed", ReportAvailability.MISSED_FONT) : new Chunk("Open", Layout.TABLE_BOLD));
        return Layout.cell(phrase);
    }

    private void totals(Totals t) {
        String read = ReportFigures.date(history.asOf(), locale);
        StringBuilder s = new StringBuilder("Service Credits due for " + ReportFigures.range(history.first(), history.last())
                + ": " + money(t.owed()) + ".");
        if (t.pending().signum() > 0) {
            s.append(" Of that, ").append(money(t.pending())).append(" may yet be earned back: the periods that decide it"
                    + " are not all over on ").append(read).append('.');
        }
        if (t.openClaims() > 0) {
            s.append(" ").append(Wording.capitalised(Wording.number(t.openClaims()))).append(t.openClaims() == 1
                    ? " claim, for " : " claims, for ").append(money(t.open())).append(t.openClaims() == 1 ? ", is" : ", are")
                    .append(" still open on ").append(read).append(t.earliestOpen() == null ? "" : (t.openClaims() == 1
                            ? "; it must be made by " : "; the first must be made by ") + ReportFigures.date(t.earliestOpen(), locale))
                    .append('.');
        }
        if (t.closedClaims() > 0) {
            s.append(" The time to claim ").append(money(t.closed())).append(" (").append(Wording.number(t.closedClaims()))
                    .append(t.closedClaims() == 1 ? " credit" : " credits").append(") had passed by ").append(read)
                    .append("; whether those were claimed in time is not in the records.");
        }
        layout.text(s.toString());
    }

    private void steps(List<TermHistory.Entry> arose) {
        String clause = number + ".2";
        layout.clauseHeading(clause, "How each Service Credit was worked out");
        layout.text("Each step is a term of the Agreement applied in turn; amounts are exact until the last step rounds"
                + " the credit to the currency's smallest unit.");
        // A paragraph a credit, not a table: a year of fifty services has hundreds of credits, and OpenPDF measures a
        // table's rows again for every page they might go on.
        for (TermHistory.Entry e : arose) {
            Paragraph p = new Paragraph(11, "", Layout.TABLE);
            p.setIndentationLeft(Layout.HANG);
            p.setSpacingAfter(4);
            p.add(new Chunk(ReportFigures.period(e.period()) + ", " + ReportFigures.levelName(e) + ".  ", Layout.TABLE_BOLD));
            for (CreditStep step : e.credit().steps()) {
                p.add(new Chunk(Wording.capitalised(step.rule()) + ": ", STEP));
                p.add(new Chunk(step.explanation() + (step.explanation().endsWith(".") ? "  " : ".  "), Layout.TABLE));
            }
            layout.add(p);
        }
    }

    private String money(BigDecimal amount) {
        return ReportFigures.money(amount, currency, locale);
    }
}
