package org.slastudio.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.VerticalPositionMark;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The typography of the agreement and the few rules that keep it readable: headings never end a page, numbered
 * clauses hang their numbers, tables repeat their header rows. In a dry run nothing is drawn and only the headings
 * are collected, so the table of contents can be laid out before the pages it lists.
 */
final class Layout {
    static final Color INK = new Color(0x1a, 0x1a, 0x1a);
    static final Color ACCENT = new Color(0x1f, 0x3a, 0x5f);
    static final Color MUTED = new Color(0x66, 0x66, 0x66);
    static final Color RULE = new Color(0xb8, 0xbf, 0xc8);
    static final Color HEADER_FILL = new Color(0xe9, 0xed, 0xf2);

    static final Font BODY = new Font(Fonts.SERIF, 10, Font.NORMAL, INK);
    static final Font BODY_BOLD = new Font(Fonts.SERIF_BOLD, 10, Font.NORMAL, INK);
    static final Font BODY_ITALIC = new Font(Fonts.SERIF_ITALIC, 10, Font.NORMAL, INK);
    static final Font NOTE = new Font(Fonts.SERIF_ITALIC, 8.5f, Font.NORMAL, MUTED);
    static final Font SECTION = new Font(Fonts.SANS_BOLD, 13, Font.NORMAL, ACCENT);
    static final Font CLAUSE = new Font(Fonts.SERIF_BOLD, 10.5f, Font.NORMAL, INK);
    static final Font TABLE = new Font(Fonts.SANS, 8.5f, Font.NORMAL, INK);
    static final Font TABLE_BOLD = new Font(Fonts.SANS_BOLD, 8.5f, Font.NORMAL, INK);
    static final Font TABLE_HEAD = new Font(Fonts.SANS_BOLD, 8.5f, Font.NORMAL, ACCENT);
    static final Font CAPTION = new Font(Fonts.SANS_BOLD, 9, Font.NORMAL, MUTED);

    static final float LEADING = 14f;
    static final float HANG = 34f;
    static final float SUB_HANG = 38f;
    /** The page's left and right margins. */
    static final float MARGIN = 68f;

    /** A heading as the table of contents lists it; key ties it to its page. */
    record Heading(String key, String number, String title, int level) {
    }

    private final Document document;
    private final PdfWriter writer;
    private final PageFurniture furniture;
    private final Map<String, Heading> headings = new LinkedHashMap<>();

    /** A writer of null makes a dry run. */
    Layout(Document document, PdfWriter writer, PageFurniture furniture) {
        this.document = document;
        this.writer = writer;
        this.furniture = furniture;
    }

    static Layout withoutDrawing() {
        return new Layout(new Document(), null, null);
    }

    /** The headings a document has, by key, in order: learnt from a dry run, before any page is drawn. */
    static Map<String, Heading> headingsOf(Consumer<Layout> build) {
        Layout dry = withoutDrawing();
        build.accept(dry);
        return Collections.unmodifiableMap(dry.headings);
    }

    /**
     * Draws a document on A4 pages carrying {@code furniture}.
     *
     * @param what     what the document is, for the message if it cannot be laid out
     * @param issued   the PDF's creation date, or null to leave the time of writing
     * @param metadata sets the document's title and the like before it opens
     */
    static void draw(OutputStream out, String what, PageFurniture furniture, ZonedDateTime issued,
                     BiConsumer<Document, PdfWriter> metadata, Consumer<Layout> build) throws IOException {
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, 78, 72);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            // Justified lines are spread between words only; spreading letters too made lines look set loosely.
            writer.setSpaceCharRatio(PdfWriter.NO_SPACE_CHAR_RATIO);
            writer.setPageEvent(furniture);
            metadata.accept(document, writer);
            document.addCreator("SLA Studio");
            document.open();
            build.accept(new Layout(document, writer, furniture));
            if (issued != null) {
                // OpenPDF stamps the time of writing; the PDF should carry the time the copy was issued.
                PdfDate date = new PdfDate(GregorianCalendar.from(issued));
                writer.getInfo().put(PdfName.CREATIONDATE, date);
                writer.getInfo().put(PdfName.MODDATE, date);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IOException("could not lay out " + what + " as PDF: " + e.getMessage(), e);
        }
        out.flush();
    }

    /**
     * A contents cell for the number of the page a heading is on; the number is written in when the document is
     * complete, on the baseline of the cell's first line.
     */
    PdfPCell pageCell(String key, Font font, float leading) {
        PdfPCell cell = new PdfPCell(new Phrase("", font));
        cell.setLeading(0, leading);
        if (dryRun()) {
            return cell;
        }
        float width = font.getBaseFont().getWidthPoint("0000", font.getSize());
        PdfTemplate template = writer.getDirectContent().createTemplate(width, font.getSize());
        furniture.slot(key, new PageFurniture.Slot(template, font.getBaseFont(), font.getSize()));
        cell.setCellEvent((c, position, canvases) -> canvases[PdfPTable.TEXTCANVAS].addTemplate(template,
                position.getRight() - c.getPaddingRight() - width,
                position.getTop() - c.getPaddingTop() - leading * font.getSize()));
        return cell;
    }

    boolean dryRun() {
        return writer == null;
    }

    /** Where a drawing is made (a chart's template); null in a dry run. */
    PdfContentByte canvas() {
        return dryRun() ? null : writer.getDirectContent();
    }

    /** The width of text under a clause heading, and of the tables and drawings there. */
    float indentedWidth() {
        return document.right() - document.left() - HANG;
    }

    void add(Element element) {
        if (!dryRun()) {
            document.add(element);
        }
    }

    void newPage() {
        if (!dryRun()) {
            document.newPage();
        }
    }

    /** Starts a new page unless this much room is left, so a heading is never the last thing on a page. */
    void keepSpace(float points) {
        if (!dryRun() && writer.getVerticalPosition(true) - document.bottom() < points) {
            document.newPage();
        }
    }

    void section(String number, String title) {
        // Room for the section heading, a clause heading and the first lines under it.
        section(number, title, 130);
    }

    /** A section heading kept on the page with {@code room} points of what follows it, e.g. a clause and its table. */
    void section(String number, String title, float room) {
        heading(number, title, 1, SECTION, room, 14, 2);
    }

    void clauseHeading(String number, String title) {
        heading(number, title, 2, CLAUSE, 80, 8, 1);
    }

    private void heading(String number, String title, int level, Font font, float room, float before, float after) {
        Heading heading = register(number, title, level);
        keepSpace(room);
        Paragraph p = new Paragraph("", font);
        p.setSpacingBefore(before);
        p.setSpacingAfter(after);
        p.add(new Chunk(number, font));
        p.add(tab());
        p.add(tagged(heading, title, font));
        add(p);
    }

    /** A tab to the clause text; it carries a font of ours, as a chunk without one would pull in Helvetica. */
    static Chunk tab() {
        Chunk chunk = new Chunk(new VerticalPositionMark(), HANG, false);
        chunk.setFont(BODY);
        return chunk;
    }

    private Heading register(String number, String title, int level) {
        Heading heading = new Heading("h" + headings.size(), number, title, level);
        headings.put(heading.key(), heading);
        if (furniture != null) {
            furniture.heading(heading);
        }
        return heading;
    }

    private static Chunk tagged(Heading heading, String title, Font font) {
        Chunk chunk = new Chunk(title, font);
        chunk.setGenericTag(heading.key());
        chunk.setLocalDestination(heading.key());
        return chunk;
    }

    /** Body text under a clause heading, aligned with the heading's text. */
    void text(String text) {
        text(new Phrase(text, BODY));
    }

    void text(Phrase phrase) {
        add(body(phrase, HANG));
    }

    /** Text with long unbreakable words (addresses, e-mail), which justification would stretch. */
    void ragged(Phrase phrase) {
        Paragraph p = body(phrase, HANG);
        p.setAlignment(Element.ALIGN_LEFT);
        add(p);
    }

    /** A numbered clause without a heading: "4.1.1  text ...", the number hanging in the margin of the text. */
    void numbered(String number, Phrase phrase) {
        Paragraph p = body(new Phrase("", BODY), HANG);
        p.setFirstLineIndent(-HANG);
        p.add(new Chunk(number, BODY));
        p.add(tab());
        p.add(phrase);
        add(p);
    }

    /** A numbered sub-clause one level deeper, e.g. 5.2.1, its number hanging in front of its text. */
    void subNumbered(String number, Phrase phrase) {
        float hang = SUB_HANG;
        Paragraph p = body(new Phrase("", BODY), HANG + hang);
        p.setFirstLineIndent(-hang);
        p.setSpacingAfter(3);
        p.add(new Chunk(number, BODY));
        Chunk tab = new Chunk(new VerticalPositionMark(), hang, false);
        tab.setFont(BODY);
        p.add(tab);
        p.add(phrase);
        add(p);
    }

    void note(String text) {
        Paragraph p = new Paragraph(12, text, NOTE);
        p.setIndentationLeft(HANG);
        p.setSpacingBefore(2);
        p.setSpacingAfter(6);
        add(p);
    }

    private static Paragraph body(Phrase phrase, float indent) {
        Paragraph p = new Paragraph(LEADING, "", BODY);
        p.add(phrase);
        p.setIndentationLeft(indent);
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        p.setSpacingAfter(6);
        return p;
    }

    /** A table with a caption kept on the same page as its header row and first rows. */
    void table(String caption, PdfPTable table) {
        float width = document.right() - document.left() - HANG;
        table.setTotalWidth(width);
        table.setLockedWidth(true);
        table.setHorizontalAlignment(Element.ALIGN_RIGHT);
        float firstRows = 0;
        for (int row = 0; row < Math.min(3, table.size()); row++) {
            firstRows += table.getRowHeight(row);
        }
        keepSpace(30 + firstRows);
        Paragraph p = new Paragraph(caption, CAPTION);
        p.setIndentationLeft(HANG);
        p.setSpacingBefore(4);
        p.setSpacingAfter(4);
        add(p);
        add(table);
    }

    /**
     * A table filled row by row, for tables as long as the draft's lists: see {@link TableRows}.
     */
    TableRows rows(String caption, PdfPTable table) {
        return new TableRows(this, caption, table);
    }

    /** The room left on the page for what comes next. */
    float roomLeft() {
        return writer.getVerticalPosition(true) - document.bottom();
    }

    /** The height of the text of a page. */
    float bodyHeight() {
        return document.top() - document.bottom();
    }

    /**
     * A word wider than its column would be split letter by letter ("Europe/Amster dam", "EUR 18,500. 00"); it is set
     * just small enough to fit instead. Column widths are chosen so that this is rare.
     */
    static void fitWords(PdfPCell cell, float columnWidth) {
        Phrase phrase = cell.getPhrase();
        if (phrase == null) {
            return;
        }
        float room = columnWidth - cell.getEffectivePaddingLeft() - cell.getEffectivePaddingRight() - 0.5f;
        Phrase fitted = new Phrase(phrase.getLeading());
        boolean changed = false;
        for (Element element : phrase.getChunks()) {
            if (!(element instanceof Chunk chunk) || chunk.getFont() == null) {
                fitted.add(element);
                continue;
            }
            Font font = chunk.getFont();
            float size = font.getSize();
            float widest = 0;
            if (font.getBaseFont() != null) {
                for (String word : chunk.getContent().split("[ \t\n]+")) {
                    widest = Math.max(widest, font.getBaseFont().getWidthPoint(word, size));
                }
            }
            if (widest > room && room > 0) {
                Font smaller = new Font(font);
                smaller.setSize(Math.max(5.5f, (float) Math.floor(size * room / widest * 10) / 10));
                Chunk small = new Chunk(chunk.getContent(), smaller);
                fitted.add(small);
                changed = true;
            } else {
                fitted.add(chunk);
            }
        }
        if (changed) {
            cell.setPhrase(fitted);
        }
    }

    /** A full-width table (less the clause indent) whose first row is a header repeated on every page. */
    static PdfPTable table(float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingAfter(10);
        table.getDefaultCell().setBorder(Rectangle.NO_BORDER);
        for (String header : headers) {
            PdfPCell cell = cell(header, TABLE_HEAD);
            cell.setBackgroundColor(HEADER_FILL);
            cell.setBorder(Rectangle.BOTTOM);
            cell.setBorderColor(ACCENT);
            cell.setBorderWidth(0.8f);
            table.addCell(cell);
        }
        return table;
    }

    static PdfPCell cell(String text, Font font) {
        return cell(new Phrase(text, font));
    }

    static PdfPCell cell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.4f);
        cell.setPaddingTop(3.5f);
        cell.setPaddingBottom(5f);
        cell.setPaddingLeft(4);
        cell.setPaddingRight(4);
        cell.setLeading(0, 1.2f);
        return cell;
    }

    static PdfPCell cell(String text) {
        return cell(text, TABLE);
    }

    static PdfPCell right(String text) {
        PdfPCell cell = cell(text, TABLE);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }
}
