package org.slastudio.export;

import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/**
 * A table filled row by row, for tables as long as the draft's lists: every {@link #ROWS_AT_ONCE} body rows go to the
 * page and are let go, so memory stays bounded and time linear. OpenPDF measures every row of a table again on each
 * page the table spans, which made a 10,000-service agreement take minutes.
 */
final class TableRows {
    static final int ROWS_AT_ONCE = 40;

    private final Layout layout;
    private final String caption;
    private final PdfPTable table;
    private final float spacingAfter;
    private long cells;
    private boolean started;

    TableRows(Layout layout, String caption, PdfPTable table) {
        this.layout = layout;
        this.caption = caption;
        this.table = table;
        this.spacingAfter = table.spacingAfter();
        table.setComplete(false);
        table.setTotalWidth(layout.indentedWidth());
    }

    /** The next cell, row by row (each cell one column wide). */
    void add(PdfPCell cell) {
        // Held rows go before a new row starts, so that the part laid out by end() always holds a row.
        if (cells % table.getNumberOfColumns() == 0 && table.size() - table.getHeaderRows() >= ROWS_AT_ONCE) {
            flush();
        }
        Layout.fitWords(cell, table.getAbsoluteWidths()[(int) (cells % table.getNumberOfColumns())]);
        table.addCell(cell);
        cells++;
    }

    /** A cell across a whole row, e.g. the heading of a group of rows; given where a row begins. */
    void across(PdfPCell cell) {
        if (table.size() - table.getHeaderRows() >= ROWS_AT_ONCE) {
            flush();
        }
        cell.setColspan(table.getNumberOfColumns());
        table.addCell(cell);
        cells += table.getNumberOfColumns();
    }

    /** Lays out the rows still held and ends the table. */
    void end() {
        table.setComplete(true);
        flush();
    }

    private void flush() {
        // The space after the table belongs after its last part only.
        table.setSpacingAfter(table.isComplete() ? spacingAfter : 0);
        if (!started) {
            started = true;
            layout.table(caption, table);
        } else {
            if (!layout.dryRun()) {
                // OpenPDF skips the header at the start of every part after the first, which is right where a part
                // goes on below the last one, and wrong where it starts a page (or must move to the next).
                float room = layout.roomLeft();
                boolean pageStarted = room < layout.bodyHeight() - 0.5f;
                table.setSkipFirstHeader(pageStarted && table.getRowHeight(table.getHeaderRows()) + 1 < room);
            }
            layout.add(table);
        }
        if (layout.dryRun() && !table.isComplete()) {
            table.deleteBodyRows(); // as Document.add does once the rows are on the page
        }
    }
}
