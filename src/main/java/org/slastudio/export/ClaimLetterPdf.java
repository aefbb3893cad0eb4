package org.slastudio.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.slastudio.engine.CreditCalculation;
import org.slastudio.engine.TermHistory;
import org.slastudio.model.EarnBack;
import org.slastudio.model.MeasurementMethod;
import org.slastudio.model.MeasurementRule;
import org.slastudio.model.Party;
import org.slastudio.model.PartyRole;
import org.slastudio.store.Draft;

/**
 * The customer's letter to the provider claiming the Service Credits still open on the day it is dated: each credit
 * with its period, service, measured availability, tier and amount, the total, how each was worked out and by when
 * it must be claimed, citing the agreement's clauses. A credit whose deadline has passed is not claimed; a credit that
 * may yet be earned back is claimed, as its deadline runs all the same, and the letter says so.
 */
public final class ClaimLetterPdf {
    private static final Font SENDER = new Font(Fonts.SANS_BOLD, 12, Font.NORMAL, Layout.ACCENT);
    private static final Font SMALL = new Font(Fonts.SANS, 8.5f, Font.NORMAL, Layout.MUTED);
    private static final float STEP_HANG = 22;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Font SUBJECT = new Font(Fonts.SERIF_BOLD, 10.5f, Font.NORMAL, Layout.INK);

    /**
     * @param claimed the credits the letter claims, in the order of the periods
     * @param expired credits owed whose claim deadline had passed on the day of the letter: not claimed
     */
    public record Result(int pages, String fingerprint, List<TermHistory.Entry> claimed, List<TermHistory.Entry> expired,
                         BigDecimal total) {
    }

    private ClaimLetterPdf() {
    }

    /** The credits owed and still open to claim on the history's day. */
    public static List<TermHistory.Entry> claimable(ServiceHistory history) {
        return history.entries().stream().filter(e -> e.owed().signum() > 0 && !e.claimClosed()).toList();
    }

    /** The credits owed whose time to claim had passed on the history's day. */
    public static List<TermHistory.Entry> expired(ServiceHistory history) {
        return history.entries().stream().filter(e -> e.owed().signum() > 0 && e.claimClosed()).toList();
    }

    /**
     * @throws IllegalArgumentException if nothing is open to claim, or the credits are owed by more than one provider
     */
    public static Result write(ServiceHistory history, ExportOptions given, OutputStream out) throws IOException {
        Objects.requireNonNull(history, "history");
        List<TermHistory.Entry> claimed = claimable(history);
        if (claimed.isEmpty()) {
            throw new IllegalArgumentException("No Service Credit is open to claim on " + history.asOf());
        }
        Draft draft = AgreementPdf.withoutNegotiation(history.draft());
        List<String> providers = claimed.stream().map(e -> e.service().providerId()).distinct().toList();
        if (providers.size() > 1) {
            throw new IllegalArgumentException("The credits open are owed by " + providers.size() + " providers ("
                    + String.join(", ", providers.stream().map(String::valueOf).toList()) + "); write a letter to each,"
                    + " naming its services");
        }
        Party provider = party(draft, providers.get(0), PartyRole.PROVIDER);
        Party customer = party(draft, claimed.get(0).service().recipientId(), PartyRole.CUSTOMER);
        ExportOptions options = given.in(ReportFigures.locale(draft));
        String fingerprint = Fingerprint.shortOf(draft);
        Citations citations = new Citations(draft, options);
        BigDecimal total = claimed.stream().map(TermHistory.Entry::owed).reduce(BigDecimal.ZERO, BigDecimal::add);
        Letter letter = new Letter(history, draft, claimed, provider, customer, citations, fingerprint, total,
                ReportFigures.locale(draft), ReportFigures.currency(claimed, draft));
        String date = ReportFigures.date(history.asOf(), letter.locale());
        PageFurniture furniture = new PageFurniture(ReportFigures.name(customer) + " to " + ReportFigures.name(provider)
                + ", " + date + ": claim for Service Credits",
                "Claim for Service Credits   ·   Agreement version " + ReportFigures.version(draft) + "   ·   Fingerprint "
                        + fingerprint, options.draftMark(), java.util.Map.of());
        Layout.draw(out, "the claim letter", furniture, options.issued(), (document, writer) -> {
            document.addTitle("Claim for Service Credits, " + date);
            document.addAuthor(ReportFigures.name(customer));
            document.addSubject("Claim for Service Credits under the " + ReportFigures.agreementTitle(draft));
        }, letter::write);
        return new Result(furniture.pageCount(), fingerprint, claimed, expired(history), total);
    }

    /** The party a service names, else the first of the role. */
    private static Party party(Draft draft, String id, PartyRole role) {
        return draft.agreement().parties().stream().filter(p -> p != null && id != null && id.equals(p.id())).findFirst()
                .orElseGet(() -> ReportFigures.party(draft, role));
    }

    private record Letter(ServiceHistory history, Draft draft, List<TermHistory.Entry> claimed, Party provider,
                          Party customer, Citations citations, String fingerprint, BigDecimal total, Locale locale,
                          Currency currency) {

        void write(Layout layout) {
            letterhead(layout);
            String periods = ReportFigures.range(claimed.get(0).period(), claimed.get(claimed.size() - 1).period());
            Paragraph subject = new Paragraph(Layout.LEADING, "Claim for Service Credits under the "
                    + ReportFigures.agreementTitle(draft) + ": " + periods, SUBJECT);
            subject.setSpacingBefore(14);
            subject.setSpacingAfter(10);
            layout.add(subject);
            String contact = provider == null || provider.contact() == null || provider.contact().name() == null
                    || provider.contact().name().isBlank() ? null : provider.contact().name().strip();
            layout.add(plain("Dear " + (contact == null ? "Sir or Madam" : contact) + ","));

            var any = claimed.get(0);
            layout.add(plain("We write" + Citations.under(citations.claims()) + " of the " + ReportFigures.agreementTitle(draft)
                    + " between " + ReportFigures.name(provider) + " and " + ReportFigures.name(customer) + ", version "
                    + ReportFigures.version(draft) + " (fingerprint " + fingerprint + "), to claim the "
                    + (claimed.size() == 1 ? "Service Credit" : "Service Credits") + " set out below. In "
                    + (claimed.size() == 1 ? "the Measurement Period" : "each Measurement Period") + " listed, the Service"
                    + " named fell short of its availability target" + Citations.under(citations.targets()) + ". "
                    + (claimed.size() == 1 ? "The Service Credit follows" : "The Service Credits follow") + " the tiers"
                    + Citations.under(citations.tiers(any.service(), any.level())) + " and the caps"
                    + Citations.under(citations.caps()) + "."));
            table(layout);
            pending(layout);
            deadlines(layout);
            // The request, the sign-off and the signature go on one page.
            layout.keepSpace(160);
            layout.add(plain("Please confirm " + (claimed.size() == 1 ? "this Service Credit and apply it" : "these Service"
                    + " Credits and apply them") + " to your next invoice, as the Agreement provides. The availability"
                    + " stated rests on the outage records we hold" + (history.records() == null ? "" : " ("
                    + history.records() + ")") + ", which we will send on request; the schedule below sets out how "
                    + (claimed.size() == 1 ? "the Service Credit was" : "each Service Credit was") + " worked out."));
            close(layout, contact != null);
            working(layout);
        }

        /** That the claim is in time: each credit's last day is in the table and, with its working, in the schedule. */
        private void deadlines(Layout layout) {
            List<java.time.LocalDate> days = claimed.stream().map(TermHistory.Entry::claimBy).filter(Objects::nonNull)
                    .distinct().sorted().toList();
            if (days.isEmpty()) {
                return;
            }
            layout.add(plain((claimed.size() == 1 ? "This claim is" : "Each claim is") + " made within the time allowed"
                    + Citations.under(citations.claims()) + (days.size() == 1 && claimed.size() == 1
                    ? ": the last day to claim is " + ReportFigures.date(days.get(0), locale) + "."
                    : "; the last day for each is in the table, the first of them " + ReportFigures.date(days.get(0), locale)
                    + ".")));
        }

        private void letterhead(Layout layout) {
            PdfPTable head = new PdfPTable(new float[] {1.2f, 1f});
            head.setWidthPercentage(100);
            PdfPCell to = new PdfPCell();
            to.setBorder(Rectangle.NO_BORDER);
            to.setPadding(0);
            to.addElement(new Paragraph(13, ReportFigures.name(provider), Layout.BODY_BOLD));
            if (provider != null && provider.contact() != null && provider.contact().name() != null) {
                to.addElement(new Paragraph(13, "For the attention of " + provider.contact().name().strip(), Layout.BODY));
            }
            address(to, provider, Layout.BODY);
            if (provider != null && provider.contact() != null && provider.contact().email() != null) {
                // A hyphen in an address must not break it across lines.
                to.addElement(new Paragraph(13, provider.contact().email().strip().replace('-', '\u2011'), Layout.BODY));
            }
            PdfPCell from = new PdfPCell();
            from.setBorder(Rectangle.NO_BORDER);
            from.setPadding(0);
            Paragraph name = new Paragraph(15, ReportFigures.name(customer), SENDER);
            name.setAlignment(Element.ALIGN_RIGHT);
            from.addElement(name);
            address(from, customer, SMALL);
            if (customer != null && customer.contact() != null) {
                for (String line : new String[] {customer.contact().name(), customer.contact().email(), customer.contact().phone()}) {
                    if (line != null && !line.isBlank()) {
                        Paragraph p = new Paragraph(11, line.strip(), SMALL);
                        p.setAlignment(Element.ALIGN_RIGHT);
                        from.addElement(p);
                    }
                }
            }
            Paragraph date = new Paragraph(24, ReportFigures.date(history.asOf(), locale), Layout.BODY);
            date.setAlignment(Element.ALIGN_RIGHT);
            from.addElement(date);
            head.addCell(to);
            head.addCell(from);
            layout.add(head);
        }

        /** An address as drafted on one line, set a part a line: "1 Canada Square", "London E14 5AB", ... */
        private static void address(PdfPCell cell, Party party, Font font) {
            if (party == null || party.address() == null || party.address().isBlank()) {
                return;
            }
            for (String part : party.address().split("\\s*[,\\n]\\s*")) {
                Paragraph p = new Paragraph(font.getSize() + 3.5f, part, font);
                p.setAlignment(font == SMALL ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
                cell.addElement(p);
            }
        }

        private void table(Layout layout) {
            PdfPTable table = Layout.table(new float[] {1.05f, 2.1f, 1.2f, 0.75f, 0.5f, 1.35f, 1.25f},
                    "Period", "Service", "Availability", "Target", "Tier", "Service Credit", "Claim by");
            for (TermHistory.Entry e : claimed) {
                table.addCell(Layout.cell(ReportFigures.period(e.period())));
                table.addCell(Layout.cell(ReportFigures.levelName(e)));
                table.addCell(Layout.right(ReportFigures.availability(e.measured().availabilityPercent())));
                table.addCell(Layout.right(ReportFigures.target(e.level().targetPercent())));
                table.addCell(Layout.right(String.valueOf(e.credit().tier())));
                table.addCell(Layout.right(Wording.money(e.credit().credit(), locale)));
                table.addCell(Layout.cell(e.claimBy() == null ? "—" : ReportFigures.date(e.claimBy(), locale)));
            }
            PdfPCell label = Layout.cell("Total claimed", Layout.TABLE_BOLD);
            label.setColspan(5);
            PdfPCell sum = Layout.cell(ReportFigures.money(total, currency, locale), Layout.TABLE_BOLD);
            sum.setHorizontalAlignment(Element.ALIGN_RIGHT);
            PdfPCell blank = Layout.cell("");
            for (PdfPCell cell : List.of(label, sum, blank)) {
                cell.setBorderColor(Layout.ACCENT);
                cell.setBorderWidth(0.8f);
                table.addCell(cell);
            }
            table.setSpacingBefore(2);
            table.setTotalWidth(layout.indentedWidth() + Layout.HANG);
            table.setLockedWidth(true);
            layout.keepSpace(60 + Math.min(3, claimed.size()) * 20);
            layout.add(table);
        }

        /** A credit that may yet be earned back is claimed now, within its time, and the letter says what would undo it. */
        private void pending(Layout layout) {
            List<TermHistory.Entry> pending = claimed.stream()
                    .filter(e -> e.credit().earnBack() == CreditCalculation.EarnBackOutcome.PENDING).toList();
            if (pending.isEmpty()) {
                return;
            }
            List<String> which = new ArrayList<>();
            for (TermHistory.Entry e : pending) {
                EarnBack earnBack = draft.agreement().creditsFor(e.level()).earnBack();
                int n = earnBack == null || earnBack.followingPeriods() == null ? 1 : earnBack.followingPeriods();
                String required = earnBack != null && earnBack.requiredPercent() != null
                        ? ReportFigures.target(earnBack.requiredPercent()) : "its target";
                which.add(ReportFigures.levelName(e) + " for " + ReportFigures.period(e.period()) + " ("
                        + Wording.money(e.credit().credit(), locale) + ") is not payable if the Service achieves " + required
                        + " in " + (n == 1 ? ReportFigures.period(e.period().next())
                        : "each of " + ReportFigures.range(e.period().next(), e.period().following(n))));
            }
            layout.add(plain("Under " + citations.earnBack().map(Citations::inText).orElse("the earn-back terms")
                    + ", the Service Credit of "
                    + Wording.list(which) + ". " + (pending.size() == 1 ? "It is" : "They are") + " claimed now so that the"
                    + " claim is made in time; we will withdraw " + (pending.size() == 1 ? "it" : "any") + " that is earned back."));
        }

        private void working(Layout layout) {
            Paragraph heading = new Paragraph(Layout.LEADING, "Schedule: how each Service Credit was worked out",
                    Layout.BODY_BOLD);
            heading.setSpacingBefore(22);
            heading.setSpacingAfter(4);
            layout.keepSpace(90);
            layout.add(heading);
            String claims = Citations.under(citations.claims());
            for (TermHistory.Entry e : claimed) {
                // A credit's working and its deadline on one page.
                layout.keepSpace(70 + 22 * e.credit().steps().size());
                Paragraph p = new Paragraph(Layout.LEADING, "", Layout.BODY);
                p.setAlignment(Element.ALIGN_JUSTIFIED);
                p.setSpacingAfter(3);
                p.add(new Chunk(ReportFigures.period(e.period()) + ", " + ReportFigures.levelName(e) + ". ", Layout.BODY_BOLD));
                p.add(new Chunk("Availability in the " + Wording.text(e.window().name()) + " window was "
                        + ReportFigures.availability(e.measured().availabilityPercent()) + " against the "
                        + ReportFigures.target(e.level().targetPercent()) + " target: " + reliedOn(e)
                        + ". The credit follows these steps:", Layout.BODY));
                layout.add(p);
                for (var step : e.credit().steps()) {
                    Paragraph line = new Paragraph(12.5f, "", Layout.BODY);
                    line.setIndentationLeft(STEP_HANG);
                    line.setFirstLineIndent(-10);
                    line.add(new Chunk("–  ", Layout.BODY));
                    line.add(new Chunk(sentence(step.explanation()), Layout.BODY));
                    line.setSpacingAfter(1);
                    layout.add(line);
                }
                p = new Paragraph(Layout.LEADING, e.claimBy() == null ? "The Agreement sets no deadline for this claim."
                        : "This claim must reach you by " + ReportFigures.date(e.claimBy(), locale) + claims + ".",
                        Layout.BODY_ITALIC);
                p.setSpacingBefore(2);
                p.setSpacingAfter(8);
                layout.add(p);
            }
        }

        /** What the claim relies on, as the Agreement measures the Service: downtime, intervals down or failed requests. */
        private String reliedOn(TermHistory.Entry e) {
            MeasurementRule rule = e.service().measurement();
            int n = e.measured().countedOutages();
            String first = e.measured().firstCountedOutage() == null ? ""
                    : ", the first beginning " + ReportFigures.when(e.measured().firstCountedOutage(), draft, locale);
            if (rule != null && rule.method() == MeasurementMethod.REQUEST_COUNTS) {
                return HUNDRED.subtract(e.measured().availabilityPercent()).stripTrailingZeros().toPlainString()
                        + "% of the valid requests failed";
            }
            if (rule != null && rule.method() != null && rule.method().byIntervals()) {
                return rule.method() == MeasurementMethod.INTERVAL_SHARE && rule.intervalMinutes() != null
                        ? Wording.number(n) + (n == 1 ? " interval" : " intervals") + " of " + rule.intervalMinutes()
                        + " minutes down, " + ReportFigures.duration(e.measured().downtime()) + " in all" + first
                        : "an average error rate of " + HUNDRED.subtract(e.measured().availabilityPercent())
                        .stripTrailingZeros().toPlainString() + "%";
            }
            return ReportFigures.duration(e.measured().downtime()) + " of Downtime in " + Wording.number(n)
                    + (n == 1 ? " outage" : " outages") + first;
        }

        private void close(Layout layout, boolean named) {
            // The sign-off never leaves its signature for the next page.
            layout.keepSpace(105);
            layout.add(plain(named ? "Yours sincerely," : "Yours faithfully,"));
            Paragraph space = new Paragraph(36, " ", Layout.BODY);
            layout.add(space);
            var signatory = customer == null ? null : customer.signatory();
            Paragraph signed = new Paragraph(Layout.LEADING, "", Layout.BODY);
            if (signatory != null && signatory.name() != null && !signatory.name().isBlank()) {
                signed.add(new Chunk(signatory.name().strip() + "\n", Layout.BODY_BOLD));
                if (signatory.title() != null && !signatory.title().isBlank()) {
                    signed.add(new Chunk(signatory.title().strip() + "\n", Layout.BODY));
                }
            }
            signed.add(new Chunk("For and on behalf of " + ReportFigures.name(customer), Layout.BODY));
            layout.add(signed);
        }

        /** A step as a sentence: capitalised, with its full stop. */
        private static String sentence(String text) {
            String t = Wording.capitalised(text.strip());
            return t.endsWith(".") ? t : t + ".";
        }

        private static Paragraph plain(String text) {
            Paragraph p = new Paragraph(Layout.LEADING, text, Layout.BODY);
            p.setAlignment(Element.ALIGN_JUSTIFIED);
            p.setSpacingAfter(8);
            return p;
        }
    }
}
