package org.slastudio.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.draw.DottedLineSeparator;
import java.util.List;
import org.slastudio.model.AgreementType;
import org.slastudio.model.Overview;
import org.slastudio.model.Party;
import org.slastudio.model.Renewal;

/** The title page (parties, effective date, term, version, fingerprint) and the contents page. */
final class TitlePage {
    private static final float TOC_LEADING = 1.2f;

    private final AgreementDocument document;
    private final Overview overview;
    private final ExportOptions options;
    private final Layout layout;

    TitlePage(AgreementDocument document, Layout layout) {
        this.document = document;
        this.overview = document.overview();
        this.options = document.options();
        this.layout = layout;
    }

    void write() {
        Paragraph kicker = new Paragraph("SERVICE LEVEL AGREEMENT", new Font(Fonts.SANS_BOLD, 10, Font.NORMAL, Layout.MUTED));
        kicker.setSpacingBefore(90);
        layout.add(kicker);
        Paragraph title = new Paragraph(30, document.title(), new Font(Fonts.SERIF_BOLD, 24, Font.NORMAL, Layout.ACCENT));
        title.setSpacingBefore(10);
        title.setSpacingAfter(6);
        layout.add(title);
        layout.add(new Paragraph(typeLine(), new Font(Fonts.SERIF_ITALIC, 11, Font.NORMAL, Layout.MUTED)));

        Paragraph between = new Paragraph("between", Layout.BODY_ITALIC);
        between.setSpacingBefore(36);
        between.setSpacingAfter(8);
        layout.add(between);
        List<Party> parties = document.parties();
        for (int i = 0; i < parties.size(); i++) {
            Party party = parties.get(i);
            Paragraph name = new Paragraph(16, "", Layout.BODY);
            name.add(new Chunk(Wording.text(party.legalName()), new Font(Fonts.SERIF_BOLD, 13, Font.NORMAL, Layout.INK)));
            name.add(new Chunk("   (the “" + AgreementDocument.role(party.role()) + "”)", Layout.BODY_ITALIC));
            layout.add(name);
            Paragraph address = new Paragraph(13, Wording.text(party.address()), Layout.BODY);
            address.setSpacingAfter(8);
            layout.add(address);
            if (i < parties.size() - 1) {
                Paragraph and = new Paragraph(i == parties.size() - 2 ? "and" : "", Layout.BODY_ITALIC);
                and.setSpacingAfter(8);
                layout.add(and);
            }
        }

        PdfPTable facts = new PdfPTable(new float[] {1.2f, 3f});
        facts.setWidthPercentage(100);
        facts.setSpacingBefore(48);
        fact(facts, "Effective date", Wording.date(overview.effectiveDate(), options.locale()));
        fact(facts, "Term", termLine());
        fact(facts, "Governing law", Wording.text(overview.governingLaw()));
        fact(facts, "Version", document.version());
        fact(facts, !options.draftMark() ? "Date of issue" : "Date of this draft", Wording.date(options.issueDate(), options.locale()));
        fact(facts, "Fingerprint", document.fingerprint() + "  (SHA-256 of the agreement file, first "
                + Fingerprint.SHORT_LENGTH + " characters)");
        layout.add(facts);
        if (options.draftMark()) {
            Paragraph status = new Paragraph("Working draft for discussion. Not for signature.",
                    new Font(Fonts.SANS_BOLD, 9, Font.NORMAL, new java.awt.Color(0xa0, 0x20, 0x20)));
            status.setSpacingBefore(18);
            layout.add(status);
        }
    }

    private static void fact(PdfPTable table, String label, String value) {
        PdfPCell l = Layout.cell(label, Layout.TABLE_BOLD);
        PdfPCell v = Layout.cell(value, Layout.TABLE);
        l.setBorderColor(Layout.RULE);
        table.addCell(l);
        table.addCell(v);
    }

    private String typeLine() {
        AgreementType type = overview.type();
        if (type == null) {
            return "Service level agreement";
        }
        return switch (type) {
            case SERVICE_BASED -> "Service-based agreement";
            case CUSTOMER_BASED -> "Customer-based agreement";
            case MULTI_LEVEL -> "Multi-level agreement";
            case INTERNAL -> "Internal (operational) agreement";
        };
    }

    private String termLine() {
        var term = overview.term();
        if (term == null || term.initialMonths() == null) {
            return Wording.NOT_STATED;
        }
        String line = Wording.plural(term.initialMonths(), "month");
        if (term.renewal() == org.slastudio.model.Renewal.AUTOMATIC && term.renewalMonths() != null) {
            line += ", renewing automatically for " + Wording.plural(term.renewalMonths(), "month")
                    + (term.noticeDays() == null ? "" : " unless " + Wording.plural(term.noticeDays(), "day") + "' notice is given");
        }
        return line;
    }

    void contents() {
        Paragraph heading = new Paragraph("Contents", Layout.SECTION);
        heading.setSpacingAfter(14);
        layout.add(heading);
        PdfPTable table = new PdfPTable(new float[] {0.7f, 6f, 0.5f});
        table.setWidthPercentage(100);
        table.setHeaderRows(0);
        for (Layout.Heading h : document.tableOfContents()) {
            boolean section = h.level() == 1;
            Font font = section ? Layout.BODY_BOLD : Layout.BODY;
            PdfPCell number = plain(new Phrase(h.number(), font));
            Phrase title = new Phrase("", Layout.BODY);
            Chunk titleChunk = new Chunk(h.title() + " ", font);
            titleChunk.setLocalGoto(h.key());
            title.add(titleChunk);
            DottedLineSeparator dots = new DottedLineSeparator();
            dots.setGap(3);
            dots.setLineColor(Layout.RULE);
            Chunk leader = new Chunk(dots);
            leader.setFont(font);
            title.add(leader);
            PdfPCell titleCell = plain(title);
            PdfPCell pageCell = layout.pageCell(h.key(), font, TOC_LEADING);
            pageCell.setBorder(Rectangle.NO_BORDER);
            pageCell.setPaddingTop(number.getPaddingTop());
            pageCell.setPaddingBottom(number.getPaddingBottom());
            pageCell.setHorizontalAlignment(Element.ALIGN_RIGHT);
            if (section) {
                number.setPaddingTop(5);
                titleCell.setPaddingTop(5);
                pageCell.setPaddingTop(5);
            }
            table.addCell(number);
            table.addCell(titleCell);
            table.addCell(pageCell);
        }
        layout.add(table);
    }

    private static PdfPCell plain(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingTop(0.5f);
        cell.setPaddingBottom(0.5f);
        cell.setLeading(0, TOC_LEADING);
        cell.setPaddingLeft(0);
        return cell;
    }
}
