package org.slastudio.export;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.util.HashMap;
import java.util.Map;

/**
 * What every page carries: the title in the header; page number, version and fingerprint in the footer; the
 * DRAFT mark across working copies. Also notes the page each heading landed on, and bookmarks it.
 */
final class PageFurniture extends PdfPageEventHelper {
    private static final Font HEADER = new Font(Fonts.SANS, 8, Font.NORMAL, Layout.MUTED);
    private static final Font FOOTER_BOLD = new Font(Fonts.SANS_BOLD, 8, Font.NORMAL, Layout.MUTED);
    private static final Color WATERMARK = new Color(0xc0, 0x30, 0x30);

    private final String title;
    private final String footer;
    private final boolean watermark;
    private final int totalPages;
    private final Map<String, Layout.Heading> headings;
    private final Map<String, Integer> pages = new HashMap<>();
    private PdfOutline currentSection;

    /**
     * @param totalPages the page count found by the previous pass; 0 in the first pass
     */
    PageFurniture(String title, String footer, boolean watermark, int totalPages, Map<String, Layout.Heading> headings) {
        this.title = title;
        this.footer = footer;
        this.watermark = watermark;
        this.totalPages = totalPages;
        this.headings = headings;
    }

    Map<String, Integer> pages() {
        return pages;
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
        float left = document.left();
        float right = document.right();
        if (page > 1) {
            ColumnText.showTextAligned(over, Element.ALIGN_LEFT, new Phrase(title, HEADER), left, document.top() + 24, 0);
            over.saveState();
            over.setColorStroke(Layout.RULE);
            over.setLineWidth(0.5f);
            over.moveTo(left, document.top() + 18);
            over.lineTo(right, document.top() + 18);
            over.stroke();
            over.restoreState();
        }
        float base = document.bottom() - 30;
        over.saveState();
        over.setColorStroke(Layout.RULE);
        over.setLineWidth(0.5f);
        over.moveTo(left, base + 12);
        over.lineTo(right, base + 12);
        over.stroke();
        over.restoreState();
        ColumnText.showTextAligned(over, Element.ALIGN_LEFT, new Phrase(footer, HEADER), left, base, 0);
        String pageText = "Page " + page + " of " + (totalPages > 0 ? totalPages : page);
        ColumnText.showTextAligned(over, Element.ALIGN_RIGHT, new Phrase(pageText, FOOTER_BOLD), right, base, 0);
        if (watermark) {
            drawWatermark(writer.getDirectContentUnder(), document);
        }
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
