package org.slastudio.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.lowagie.text.pdf.PdfPTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LayoutTest {

    private static final int ROWS = 3000;

    /** A table that counts how often OpenPDF measures one of its rows. */
    private static final class CountedTable extends PdfPTable {
        private final AtomicLong measured;

        CountedTable(PdfPTable table, AtomicLong measured) {
            super(table);
            this.measured = measured;
        }

        @Override
        public float getRowHeight(int row, boolean firstTime) {
            measured.incrementAndGet();
            return super.getRowHeight(row, firstTime);
        }
    }

    @Test
    void aLongTableIsMeasuredAFewTimesPerRowAndHoldsAtMostAPartOfItsRows() throws IOException {
        AtomicLong measured = new AtomicLong();
        int[] mostHeld = {0};
        PdfPTable[] table = {null};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PageFurniture furniture = new PageFurniture("Title", "Footer", false, Map.of());

        Layout.draw(out, "a long table", furniture, null, (document, writer) -> { }, layout -> {
            table[0] = new CountedTable(Layout.table(new float[] {1f, 3f}, "No.", "Service"), measured);
            TableRows rows = layout.rows("Table 1: Services", table[0]);
            for (int i = 1; i <= ROWS; i++) {
                rows.add(Layout.cell(String.valueOf(i)));
                rows.add(Layout.cell("Service " + i + " with a name long enough to wrap onto a second line of its cell"));
                mostHeld[0] = Math.max(mostHeld[0], table[0].size());
            }
            rows.end();
        });

        // Laid out whole, the table had every row measured again on each of its 84 pages: 513,256 times.
        assertThat(measured.get()).isLessThan(10L * ROWS);
        assertThat(mostHeld[0]).isLessThanOrEqualTo(TableRows.ROWS_AT_ONCE + 1 + 1);
        assertThat(furniture.pageCount()).isGreaterThan(50);
    }

    @Test
    void anAgreementOf2000ServicesExportsWithEveryRowAndAHeaderOnEveryPageOfItsTables() {
        ExportedPdf pdf = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> ExportedPdf.read(ExportedPdf.export(
                org.slastudio.store.Draft.of(LongAgreements.of(2000, 100)), ExportOptions.draft())));

        // A compound may break after its hyphen ("round-the-" / "clock").
        String all = pdf.flatText().replace("- ", "-");
        for (int i = 1; i <= 2000; i += 97) {
            assertThat(all).contains(LongAgreements.serviceDescription(i));
        }
        int pagesWithRows = 0;
        int pagesWithLevels = 0;
        for (int page = 1; page <= pdf.pages().size(); page++) {
            String text = pdf.pages().get(page - 1).replaceAll("\\s+", " ");
            if (text.matches(".*Operated platform number \\d+ with.*")) {
                pagesWithRows++;
                assertThat(text).as("page %d", page).contains("No. Service Description Provided by / to Monthly fee");
            }
            if (text.matches(".*Service \\d{3,4} \\S+( \\S+)? 24x7 99\\.9.*")) {
                pagesWithLevels++;
                assertThat(text).as("page %d", page).contains("Service Window Target Allowed per month");
            }
        }
        assertThat(pagesWithRows).isGreaterThan(100);
        assertThat(pagesWithLevels).isGreaterThan(20);
    }
}
