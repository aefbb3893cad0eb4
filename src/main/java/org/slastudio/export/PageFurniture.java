package org.slastudio.export;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What every page carries: the title in the header; page number, version and fingerprint in the footer; the
 * DRAFT mark across working copies. Also notes the page each heading lands on and bookmarks it.
 *
 * <p>Numbers not known until the last page (the page count, the pages in the contents) are drawn in placeholders
 * filled when the document closes, so the agreement is laid out once.
 */
final class PageFurniture extends PdfPageEventHelper {
    private static final Font HEADER = new Font(Fonts.SANS, 8, Font.NORMAL, Layout.MUTED);
    private static final Font FOOTER_BOLD = new Font(Fonts.SANS_BOLD, 8, Font.NORMAL, Layout.MUTED);
    private static final Color WATERMARK = new Color(0xc0, 0x30, 0x30);
    /** Room for the page count: four digits. */
    private static final float TOTAL_WIDTH = Fonts.SANS_BOLD.getWidthPoint("0000", 8);
    private static final float SPACE = Fonts.SANS_BOLD.getWidthPoint(" ", 8);

    /** A placeholder for a page number in the contents, filled in when the heading's page is known. */
    record Slot(PdfTemplate template, BaseFont font, float size) {
    }

    private final String title;
    private final String footer;
    private final boolean watermark;
    private final Map<String, Layout.Heading> headings;
    private final Map<String, Integer> pages = new HashMap<>();
    private final Map<String, Slot> slots = new LinkedHashMap<>();
    private PdfTemplate total;
    private PdfOutline currentSection;
    private int lastPage;

    PageFurniture(String title, String footer, boolean watermark, Map<String, Layout.Heading> headings) {
        this.title = title;
        this.footer = footer;
        this.watermark = watermark;
        this.headings = new HashMap<>(headings);
    }

    Map<String, Integer> pages() {
        return pages;
    }

    int pageCount() {
        return lastPage;
    }

    /**
     * A heading laid out now, to be bookmarked when its page is known: a document without a contents page needs no dry
     * run to learn its headings first.
     */
    void heading(Layout.Heading heading) {
        headings.putIfAbsent(heading.key(), heading);
    }

    void slot(String key, Slot slot) {
        slots.put(key, slot);
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(TOTAL_WIDTH, 12);
    }

    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String key) {
        if (pages.putIfAbsent(key, writer.getPageNumber()) != null) {
            return;
        }
        Layout.Heading heading = headings.get(key);
        if (heading == null) {
            return;
        }
        PdfDestination destination = new PdfDestination(PdfDestination.XYZ, document.left(), rect.getTop() + 14, 0);
        PdfOutline parent = heading.level() == 1 || currentSection == null ? writer.getRootOutline() : currentSection;
        PdfOutline outline = new PdfOutline(parent, destination, heading.number() + "  " + heading.title(), false);
        if (heading.level() == 1) {
            currentSection = outline;
        }
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte over = writer.getDirectContent();
        int page = writer.getPageNumber();
        lastPage = page;
        float left = document.left();
        float right = document.right();
        if (page > 1) {
            ColumnText.showTextAligned(over, Element.ALIGN_LEFT, new Phrase(title, HEADER), left, document.top() + 24, 0);
            rule(over, left, right, document.top() + 18);
        }
        float base = document.bottom() - 30;
        rule(over, left, right, base + 12);
        ColumnText.showTextAligned(over, Element.ALIGN_LEFT, new Phrase(footer, HEADER), left, base, 0);
        ColumnText.showTextAligned(over, Element.ALIGN_RIGHT, new Phrase("Page " + page + " of", FOOTER_BOLD),
                right - TOTAL_WIDTH - SPACE, base, 0);
        over.addTemplate(total, right - TOTAL_WIDTH, base);
        if (watermark) {
            drawWatermark(writer.getDirectContentUnder(), document);
        }
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        write(total, String.valueOf(lastPage), Fonts.SANS_BOLD, 8, Element.ALIGN_LEFT, Layout.MUTED, 0);
        slots.forEach((key, slot) -> {
            Integer page = pages.get(key);
            write(slot.template(), page == null ? "" : String.valueOf(page), slot.font(), slot.size(),
                    Element.ALIGN_RIGHT, Layout.INK, 0);
        });
    }

    private static void write(PdfTemplate template, String text, BaseFont font, float size, int alignment, Color color,
                              float baseline) {
        template.beginText();
        template.setFontAndSize(font, size);
        template.setColorFill(color);
        float x = alignment == Element.ALIGN_RIGHT ? template.getWidth() : 0;
        template.showTextAligned(alignment, text, x, baseline, 0);
        template.endText();
    }

    private static void rule(PdfContentByte canvas, float left, float right, float y) {
        canvas.saveState();
        canvas.setColorStroke(Layout.RULE);
        canvas.setLineWidth(0.5f);
        canvas.moveTo(left, y);
        canvas.lineTo(right, y);
        canvas.stroke();
        canvas.restoreState();
    }

    private static void drawWatermark(PdfContentByte under, Document document) {
        Rectangle page = document.getPageSize();
        under.saveState();
        PdfGState faint = new PdfGState();
        faint.setFillOpacity(0.10f);
        under.setGState(faint);
        under.beginText();
        under.setFontAndSize(Fonts.SANS_BOLD, 140);
        under.setColorFill(WATERMARK);
        under.showTextAligned(Element.ALIGN_CENTER, "DRAFT", page.getWidth() / 2, page.getHeight() / 2 - 50, 55);
        under.endText();
        under.restoreState();
    }
}
