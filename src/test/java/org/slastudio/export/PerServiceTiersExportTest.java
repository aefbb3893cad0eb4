package org.slastudio.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slastudio.engine.CreditCalculation;
import org.slastudio.engine.CreditCase;
import org.slastudio.engine.MeasurementPeriodRange;
import org.slastudio.model.Agreement;
import org.slastudio.model.Service;
import org.slastudio.store.Draft;
import org.slastudio.store.TemplateCatalogue;

/**
 * The cloud infrastructure template: two compute services share one table drawn at each service's target, and two
 * object storage classes each have a table of their own. The agreement states each table under its own caption, and
 * the credits it implies are the ones worked out by hand below.
 */
class PerServiceTiersExportTest {

    private static final TemplateCatalogue CATALOGUE = TemplateCatalogue.builtIn();
    private static final Draft DRAFT = CATALOGUE.load(CATALOGUE.find("cloud-infrastructure").orElseThrow()).draft();
    private static final Agreement AGREEMENT = DRAFT.agreement();

    /**
     * The text in reading order: a table's rows are drawn after the page's prose, so the text is sorted by position
     * to bring them under their caption.
     */
    private static String text() throws IOException {
        try (PDDocument document = Loader.loadPDF(ExportedPdf.export(DRAFT, ExportOptions.finalCopy()))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).replace('\u00a0', ' ').replaceAll("\\s+", " ");
        }
    }

    /** Each table here ends with its tier "less than 95.0%". */
    private static final String LAST_ROW = "Less than 95.0% 100% of the monthly fee for the affected Service";

    /** The rows of the table under one caption: the text from the caption to the end of its last row. */
    private static String table(String text, String caption) {
        int at = text.indexOf(caption);
        assertThat(at).as(caption).isNotNegative();
        int end = text.indexOf(LAST_ROW, at);
        assertThat(end).as(caption + " ends with its last tier").isNotNegative();
        return text.substring(at + caption.length(), end + LAST_ROW.length());
    }

    @Test
    void theSharedTableIsDrawnAtTheServicesTargetAndEachStorageClassHasItsOwnUnderItsOwnCaption() throws IOException {
        String text = text();

        String shared = table(text, "Service Credit tiers Monthly Uptime Percentage");
        assertThat(shared).contains("Less than the Service's target but at least 99.0% 10% of the monthly fee",
                "Less than 99.0% but at least 95.0% 30% of the monthly fee", LAST_ROW);

        assertThat(text).contains("Credit terms for Object Storage Standard For Object Storage Standard and its target of 99.9%");
        String standard = table(text, "Service Credit tiers for Object Storage Standard");
        assertThat(standard).contains("Less than 99.9% but at least 99.0% 10% of the monthly fee",
                "Less than 99.0% but at least 95.0% 25% of the monthly fee", LAST_ROW)
                .doesNotContain("98.0%", "30%");

        assertThat(text).contains("Credit terms for Object Storage Infrequent Access For Object Storage Infrequent Access "
                + "and its target of 99.0%");
        String infrequent = table(text, "Service Credit tiers for Object Storage Infrequent Access");
        assertThat(infrequent).contains("Less than 99.0% but at least 98.0% 10% of the monthly fee",
                "Less than 98.0% but at least 95.0% 25% of the monthly fee", LAST_ROW)
                .doesNotContain("99.9%", "30%");

        // The compute services follow the agreement's table: no clause of their own.
        assertThat(text).doesNotContain("Credit terms for Compute");
    }

    /** Availability in percent from the minutes (or five-minute intervals) of a month that were down, unrounded. */
    private static String availability(long total, long down) {
        return BigDecimal.valueOf(total - down).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(total), 20, RoundingMode.DOWN).toPlainString();
    }

    private static CreditCalculation credit(String serviceId, String month, String availability) {
        Service service = AGREEMENT.service(serviceId).orElseThrow();
        return CreditCalculation.calculate(CreditCase.of(AGREEMENT, service, service.levels().get(0),
                MeasurementPeriodRange.parse(month), new BigDecimal(availability)));
    }

    /**
     * Compute (Region-Level): target 99.99%, monthly fee EUR 21,400.00, the agreement's table with its first tier
     * "less than 99.99% but at least 99.0%". June 2026 has 30 x 1,440 = 43,200 minutes.
     */
    @ParameterizedTest(name = "region, {0} of 43,200 minutes down: tier {1}, EUR {2}")
    @CsvSource({
            // 43,196 / 43,200 = 99.99074...%: at least the target, no tier
            "4, , 0.00",
            // 43,195 / 43,200 = 99.98842...%: below 99.99, at least 99.0 -> 10% of 21,400.00 = 2,140.00
            "5, 1, 2140.00",
            // 42,768 / 43,200 = exactly 99.0%: "at least 99.0%" keeps it in tier 1 -> 2,140.00
            "432, 1, 2140.00",
            // 42,767 / 43,200 = 98.99768...%: tier 2 -> 30% of 21,400.00 = 6,420.00
            "433, 2, 6420.00",
            // 41,040 / 43,200 = exactly 95.0%: "at least 95.0%" keeps it in tier 2 -> 6,420.00
            "2160, 2, 6420.00",
            // 41,039 / 43,200 = 94.99768...%: tier 3 -> 100% of 21,400.00, within the 100% cap
            "2161, 3, 21400.00",
    })
    void regionLevelCompute(long down, Integer tier, BigDecimal euros) {
        CreditCalculation c = credit("compute-region", "2026-06", availability(43_200, down));

        assertThat(c.tier()).isEqualTo(tier);
        assertThat(c.credit().amount()).isEqualTo(euros);
    }

    /**
     * Compute (Instance-Level): target 99.5%, fee EUR 3,250.00, the same table drawn at 99.5%, so its first tier is
     * "less than 99.5% but at least 99.0%", half a point wide. February 2026 has 28 x 1,440 = 40,320 minutes; 99.5% of
     * them allows 201.6 minutes of Downtime.
     */
    @ParameterizedTest(name = "instance, {0}%: tier {1}, EUR {2}")
    @CsvSource({
            // 201 minutes: 40,119 / 40,320 = 99.50148...%: target met
            "201, , 0.00",
            // 202 minutes: 40,118 / 40,320 = 99.49900...%: tier 1 -> 10% of 3,250.00 = 325.00
            "202, 1, 325.00",
            // 403 minutes: 39,917 / 40,320 = 99.00049...%: still tier 1 -> 325.00
            "403, 1, 325.00",
            // 404 minutes: 39,916 / 40,320 = 98.99801...%: tier 2 -> 30% of 3,250.00 = 975.00
            "404, 2, 975.00",
            // 2,017 minutes: 38,303 / 40,320 = 94.99751...%: tier 3 -> 3,250.00
            "2017, 3, 3250.00",
    })
    void instanceLevelCompute(long down, Integer tier, BigDecimal euros) {
        CreditCalculation c = credit("compute-instance", "2026-02", availability(40_320, down));

        assertThat(c.tier()).isEqualTo(tier);
        assertThat(c.credit().amount()).isEqualTo(euros);
    }

    /** Values exactly on an edge, given as such: the target itself pays nothing, a lower edge stays in its tier. */
    @ParameterizedTest(name = "{0} at exactly {1}%: tier {2}, EUR {3}")
    @CsvSource({
            // exactly the target: every first tier is "less than" it
            "compute-region, 99.99, , 0.00",
            "compute-instance, 99.5, , 0.00",
            "storage-standard, 99.9, , 0.00",
            "storage-infrequent, 99.0, , 0.00",
            // 99.0% is "at least 99.0%": tier 1 of Standard (10% of 6,800.00 = 680.00) and of the instance table
            // (10% of 3,250.00 = 325.00), but the target of Infrequent Access, which pays nothing (above)
            "storage-standard, 99.0, 1, 680.00",
            "compute-instance, 99.0, 1, 325.00",
            // 98.0% is "at least 98.0%": tier 1 of Infrequent Access, 10% of 1,950.00 = 195.00; for Standard it is
            // tier 2, 25% of 6,800.00 = 1,700.00
            "storage-infrequent, 98.0, 1, 195.00",
            "storage-standard, 98.0, 2, 1700.00",
            // 95.0% is "at least 95.0%" in every table: tier 2, at 30% for compute and 25% for storage
            "compute-instance, 95.0, 2, 975.00",
            "storage-standard, 95.0, 2, 1700.00",
            "storage-infrequent, 95.0, 2, 487.50",
    })
    void onAnEdge(String service, String availability, Integer tier, BigDecimal euros) {
        CreditCalculation c = credit(service, "2026-07", availability);

        assertThat(c.tier()).isEqualTo(tier);
        assertThat(c.credit().amount()).isEqualTo(euros);
    }

    /**
     * The storage classes, each under its own table. July 2026 has 31 x 288 = 8,928 five-minute intervals. The same
     * month reads differently in each class: 90 unavailable intervals are tier 2 (25%) of Standard but tier 1 (10%)
     * of Infrequent Access, and would be 30% under the agreement's table.
     */
    @ParameterizedTest(name = "{0}, {1} of 8,928 intervals down: tier {2}, EUR {3}")
    @CsvSource({
            // Standard, target 99.9%, fee EUR 6,800.00
            // 8,920 / 8,928 = 99.91039...%: target met
            "storage-standard, 8, , 0.00",
            // 8,919 / 8,928 = 99.89919...%: tier 1 -> 10% = 680.00
            "storage-standard, 9, 1, 680.00",
            // 8,838 / 8,928 = 98.99193...%: tier 2 -> 25% = 1,700.00 (not the 30% of the agreement's table)
            "storage-standard, 90, 2, 1700.00",
            // 8,481 / 8,928 = 94.99327...%: tier 3 -> 100% = 6,800.00
            "storage-standard, 447, 3, 6800.00",
            // Infrequent Access, target 99.0%, fee EUR 1,950.00
            // 8,840 / 8,928 = 99.01433...%: target met
            "storage-infrequent, 88, , 0.00",
            // 8,838 / 8,928 = 98.99193...%: tier 1 -> 10% = 195.00
            "storage-infrequent, 90, 1, 195.00",
            // 8,749 / 8,928 = 97.99507...%: tier 2 -> 25% = 487.50
            "storage-infrequent, 179, 2, 487.50",
            // 8,481 / 8,928 = 94.99327...%: tier 3 -> 100% = 1,950.00
            "storage-infrequent, 447, 3, 1950.00",
    })
    void storageClasses(String service, long down, Integer tier, BigDecimal euros) {
        CreditCalculation c = credit(service, "2026-07", availability(8_928, down));

        assertThat(c.tier()).isEqualTo(tier);
        assertThat(c.credit().amount()).isEqualTo(euros);
    }
}
