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

/** The title page and the contents page on PDF. */
final class PdfCover {
    private static final float TOC_LEADING = 1.2f;

    private final Layout layout;
    private final List<Layout.Heading> headings;

    PdfCover(Layout layout, List<Layout.Heading> headings) {
        this.layout = layout;
        this.headings = headings;
    }

    void write(Cover cover) {
        Paragraph kicker = new Paragraph("SERVICE LEVEL AGREEMENT", new Font(Fonts.SANS_BOLD, 10, Font.NORMAL, Layout.MUTED));
        kicker.setSpacingBefore(90);
        layout.add(kicker);
        Paragraph title = new Paragraph(30, cover.title(), new Font(Fonts.SERIF_BOLD, 24, Font.NORMAL, Layout.ACCENT));
        title.setSpacingBefore(10);
        title.setSpacingAfter(6);
        layout.add(title);
        layout.add(new Paragraph(cover.kind(), new Font(Fonts.SERIF_ITALIC, 11, Font.NORMAL, Layout.MUTED)));

        Paragraph between = new Paragraph("between", Layout.BODY_ITALIC);
        between.setSpacingBefore(36);
        between.setSpacingAfter(8);
        layout.add(between);
        List<Cover.CoverParty> parties = cover.parties();
        Font nameFont = new Font(Fonts.SERIF_BOLD, 13, Font.NORMAL, Layout.INK);
        for (int i = 0; i < parties.size(); i++) {
            Cover.CoverParty party = parties.get(i);
            Paragraph name = new Paragraph(16, "", Layout.BODY);
            name.add(PdfPages.phrase(party.name(), nameFont, nameFont, nameFont));
            name.add(new Chunk("   (the “" + party.role() + "”)", Layout.BODY_ITALIC));
            layout.add(name);
            Paragraph address = new Paragraph(13, "", Layout.BODY);
            address.add(PdfPages.phrase(party.address()));
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
        for (Cover.Fact fact : cover.facts()) {
            PdfPCell l = Layout.cell(fact.label(), Layout.TABLE_BOLD);
            PdfPCell v = Layout.cell(PdfPages.phrase(fact.value(), Layout.TABLE, Layout.TABLE_BOLD, Layout.TABLE));
            l.setBorderColor(Layout.RULE);
            facts.addCell(l);
            facts.addCell(v);
        }
        layout.add(facts);
        if (cover.status() != null) {
            Paragraph status = new Paragraph(cover.status(),
                    new Font(Fonts.SANS_BOLD, 9, Font.NORMAL, new java.awt.Color(0xa0, 0x20, 0x20)));
            status.setSpacingBefore(18);
            layout.add(status);
        }
    }

    void contents() {
        Paragraph heading = new Paragraph("Contents", Layout.SECTION);
        heading.setSpacingAfter(14);
        layout.add(heading);
        PdfPTable table = new PdfPTable(new float[] {0.7f, 6f, 0.5f});
        table.setWidthPercentage(100);
        table.setHeaderRows(0);
        for (Layout.Heading h : headings) {
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
