package org.slastudio.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;

/** The agreement set on PDF pages, through {@link Layout}, in the fonts of the agreement. */
final class PdfPages implements Pages {
    private final Layout layout;
    private final PdfCover cover;

    PdfPages(Layout layout, List<Layout.Heading> contents) {
        this.layout = layout;
        this.cover = new PdfCover(layout, contents);
    }

    @Override
    public void cover(Cover c) {
        cover.write(c);
    }

    @Override
    public void contents() {
        cover.contents();
    }

    @Override
    public void newPage() {
        layout.newPage();
    }

    @Override
    public void keepSpace(float points) {
        layout.keepSpace(points);
    }

    @Override
    public void section(String number, String title, float room) {
        layout.section(number, title, room);
    }

    @Override
    public void clauseHeading(String number, String title) {
        layout.clauseHeading(number, title);
    }

    @Override
    public void text(Words words) {
        layout.text(body(words));
    }

    @Override
    public void definition(Words words) {
        layout.text(body(words));
    }

    @Override
    public void ragged(Words words) {
        layout.ragged(body(words));
    }

    @Override
    public void numbered(String number, Words words) {
        layout.numbered(number, body(words));
    }

    @Override
    public void subNumbered(String number, Words words) {
        layout.subNumbered(number, body(words));
    }

    @Override
    public void note(String text) {
        layout.note(text);
    }

    @Override
    public Rows rows(String caption, Columns columns) {
        TableRows rows = layout.rows(caption, Layout.table(columns.widths(), columns.headings().toArray(String[]::new)));
        return new Rows() {
            @Override
            public void add(Cell cell) {
                PdfPCell pdf = Layout.cell(phrase(cell.words(), Layout.TABLE, Layout.TABLE_BOLD, Layout.TABLE));
                if (cell.right()) {
                    pdf.setHorizontalAlignment(com.lowagie.text.Element.ALIGN_RIGHT);
                }
                rows.add(pdf);
            }

            @Override
            public void end() {
                rows.end();
            }
        };
    }

    /** Side by side, two parties to a table, so that each line of a block is on the same row as its neighbour's. */
    @Override
    public void signatures(List<Cover.Signatory> signatories) {
        for (int i = 0; i < signatories.size(); i += 2) {
            List<Cover.Signatory> pair = signatories.subList(i, Math.min(i + 2, signatories.size()));
            PdfPTable blocks = new PdfPTable(new float[] {0.9f, 2.6f, 0.5f, 0.9f, 2.6f});
            blocks.setWidthPercentage(100);
            blocks.setSpacingBefore(i == 0 ? 12 : 30);
            blocks.setKeepTogether(true);
            for (int p = 0; p < 2; p++) {
                PdfPCell name = new PdfPCell(p < pair.size() ? phrase(pair.get(p).party().in(Words.Emphasis.BOLD))
                        : new Phrase("", Layout.BODY_BOLD));
                name.setColspan(2);
                name.setBorder(Rectangle.NO_BORDER);
                name.setPaddingBottom(12);
                blocks.addCell(name);
                if (p == 0) {
                    blocks.addCell(gap());
                }
            }
            for (String line : List.of("Signature", "Name", "Title", "Date")) {
                for (int p = 0; p < 2; p++) {
                    Cover.Signatory signatory = p < pair.size() ? pair.get(p) : null;
                    Words value = signatory == null ? new Words() : switch (line) {
                        case "Name" -> signatory.name();
                        case "Title" -> signatory.title();
                        default -> new Words();
                    };
                    signatureLine(blocks, signatory != null ? line : "", value, signatory != null);
                    if (p == 0) {
                        blocks.addCell(gap());
                    }
                }
            }
            layout.add(blocks);
        }
    }

    private static PdfPCell gap() {
        PdfPCell cell = new PdfPCell(new Phrase("", Layout.BODY));
        cell.setBorder(Rectangle.NO_BORDER);
        return cell;
    }

    private static void signatureLine(PdfPTable block, String label, Words value, boolean ruled) {
        PdfPCell l = new PdfPCell(new Phrase(label, Layout.TABLE));
        l.setBorder(Rectangle.NO_BORDER);
        l.setPaddingTop(14);
        PdfPCell v = new PdfPCell(phrase(value));
        v.setBorder(ruled ? Rectangle.BOTTOM : Rectangle.NO_BORDER);
        v.setBorderColor(Layout.INK);
        v.setBorderWidth(0.5f);
        v.setPaddingTop(14);
        v.setPaddingBottom(3);
        block.addCell(l);
        block.addCell(v);
    }

    /** Words in the body fonts. */
    static Phrase body(Words words) {
        return phrase(words);
    }

    static Phrase phrase(Words words) {
        return phrase(words, Layout.BODY, Layout.BODY_BOLD, Layout.BODY_ITALIC);
    }

    static Phrase phrase(Words words, Font plain, Font bold, Font italic) {
        Phrase phrase = new Phrase("", plain);
        for (Words.Run run : words.runs()) {
            Font font = switch (run.emphasis()) {
                case PLAIN -> plain;
                case BOLD -> bold;
                case ITALIC -> italic;
            };
            phrase.add(new Chunk(run.text(), font));
        }
        return phrase;
    }
}
