package org.slastudio.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.Test;
import org.slastudio.engine.AllowedDowntime;
import org.slastudio.engine.MeasurementPeriodRange;
import org.slastudio.engine.Outage;
import org.slastudio.engine.TermHistory;
import org.slastudio.model.Agreement;
import org.slastudio.model.Service;
import org.slastudio.store.Draft;

/**
 * The service report for a year of the example (Managed Kubernetes Platform, EUR 18,500 a month, 99.95% around the
 * clock without its Sunday 02:00-04:00 maintenance; 10% below 99.95%, earn-back over three periods, claims within 30
 * days of the month's end) with four outages, read back with PDFBox and checked against figures worked out by hand.
 */
class ServiceReportPdfTest {
    static final ExportOptions OPTIONS = new ExportOptions(true,
            ZonedDateTime.of(2027, 1, 20, 9, 0, 0, 0, ZoneId.of("Europe/London")), Locale.UK);

    /** Two hours on 10 January, 40 minutes on 3 February, six hours on 5 March and 25 minutes on 22 September (UTC). */
    static List<Outage> kubernetesOutages() {
        return List.of(outage("2026-01-10T10:00:00Z", 120), outage("2026-02-03T09:00:00Z", 40),
                outage("2026-03-05T01:00:00Z", 360), outage("2026-09-22T08:00:00Z", 25));
    }

    static Outage outage(String start, int minutes) {
        Instant s = Instant.parse(start);
        return Outage.unplanned(s, s.plusSeconds(60L * minutes));
    }

    static List<MeasurementPeriodRange> months(int from, int to) {
        List<MeasurementPeriodRange> months = new ArrayList<>();
        for (int m = from; m <= to; m++) {
            months.add(MeasurementPeriodRange.calendarMonth(YearMonth.of(2026, m)));
        }
        return months;
    }

    /** The example's time-measured services (the storage is measured by intervals and left out), as the command reads them. */
    static ServiceHistory history(Draft draft, List<MeasurementPeriodRange> periods, List<Outage> kubernetes, LocalDate asOf) {
        Agreement agreement = draft.agreement();
        List<Service> services = agreement.services().stream().filter(s -> !s.id().equals("object-storage")).toList();
        Map<String, TermHistory.Records> records = new LinkedHashMap<>();
        services.forEach(s -> records.put(s.id(), new TermHistory.Records(s.id().equals("kubernetes") ? kubernetes : List.of(),
                null, null)));
        List<TermHistory.Entry> entries = TermHistory.of(agreement, services, periods, s -> records.get(s.id()), asOf);
        return new ServiceHistory(draft, periods, entries, asOf, "outages.csv",
                List.of("Object Storage is measured by intervals, and the records given have no columns for it"),
                ServiceHistory.plannedWork(records));
    }

    static byte[] report(ServiceHistory history, ServiceReportPdf.Tickets tickets, ExportOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ServiceReportPdf.write(history, tickets, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static ExportedPdf year() {
        return ExportedPdf.read(report(history(ExportedPdf.example(), months(1, 12), kubernetesOutages(),
                LocalDate.of(2027, 1, 20)), null, OPTIONS));
    }

    @Test
    void eachMonthOfTheYearStatesAvailabilityTheDowntimeItsTargetAllowedAndTheDowntimeUsed() {
        ExportedPdf pdf = year();
        String text = pdf.joinedText();

        // January: 31 days less four Sunday maintenance windows of 2 h is 44,160 minutes; 0.05% of it is 22.08
        // minutes; 120 minutes down is 99.7282...% and 544% of the allowance (543.5, rounded up).
        assertThat(text).contains("Jan 2026 99.7282% Missed 22 min 4.8 s 2 h 544% 1")
                // February: 39,840 minutes, 19.92 allowed, 40 down.
                .contains("Feb 2026 99.8995% Missed 19 min 55.2 s 40 min 201% 1")
                // March: the clocks go forward on the 29th, so 44,580 minutes less five Sundays' 2 h: 43,980.
                .contains("Mar 2026 99.1814% Missed 21 min 59.4 s 6 h 1638% 1")
                .contains("Apr 2026 100.0000% Met 21 min 21.6 s 0 s 0% 0")
                .contains("Sept 2026 99.9414% Missed 21 min 21.6 s 25 min 118% 1");
        assertThat(text).contains("Met in 8 of 12 months; missed in January, February, March and September 2026,"
                + " the lowest 99.1814% in March 2026. Downtime over the months: 9 h 5 min, against"
                + " 4 h 19 min 40.8 s allowed.");
    }

    @Test
    void theFirstMonthsAllowanceIsTheOneTheAgreementStates() {
        Draft draft = ExportedPdf.example();
        Agreement agreement = draft.agreement();
        String stated = AllowedDowntime.of(agreement.overview(), LocalDate.of(2026, 1, 1))
                .describe(agreement.window("24x7").orElseThrow(), new java.math.BigDecimal("99.95"),
                        agreement.service("kubernetes").orElseThrow().measurement()).orElseThrow();

        assertThat(stated).isEqualTo("22 min 4.8 s");
        assertThat(year().joinedText()).contains("Jan 2026 99.7282% Missed " + stated);
    }

    @Test
    void creditsAreListedWithEarnBackAndClaimDeadlinesReadOnTheDayAndEveryStep() {
        String flat = year().joinedText();

        // January and February are owed (the month after each missed too); March and September are earned back by
        // three clean months; the deadlines of January and February (2 and 30 March) have passed by 20 January 2027.
        assertThat(flat).contains("Period Availability Tier Credit Earn-back Claim by Claim Managed Kubernetes Platform, 24x7"
                        + " Jan 2026 99.7282% 1 EUR 1,850.00 Not earned back 2 Mar 2026 Passed"
                        + " Feb 2026 99.8995% 1 EUR 1,850.00 Not earned back 30 Mar 2026 Passed"
                        + " Mar 2026 99.1814% 1 EUR 0.00 Earned back — —")
                .contains("Service Credits due for January to December 2026: EUR 3,700.00.")
                .contains("The time to claim EUR 3,700.00 (two credits) had passed by 20 January 2027")
                .contains("Service Credits due in all: EUR 3,700.00.");
        assertThat(flat).contains("January 2026, Managed Kubernetes Platform. Tier: 99.728260…% is below 99.95% and at least"
                        + " 99.0%: tier 1, 10% of EUR 18,500.00 = EUR 1,850.00.")
                .contains("Earn-back: not earned back: 2026-02 at 99.899598…% is below 99.95%.")
                .contains("Earn-back: earned back: each of the 3 following periods reached at least 99.95%.");
    }

    @Test
    void theReportCitesTheAgreementsClausesByTheNumbersItsPdfGivesThem() {
        String flat = year().joinedText();

        assertThat(flat).contains("against its target under clause 5.3 (Service levels)")
                .contains("Service Credits follow the tiers under clause 8.1 (Credit tiers), within the caps under clause 8.2"
                        + " (Caps and minimum); a credit may be earned back under clause 8.3 (Earn-back), and must be claimed"
                        + " in the time allowed under clause 8.4 (Claims).")
                .contains("This is the report clause 10.1 (Service report and quarterly reviews) of the Agreement provides for.")
                .contains("as Section 6 (Measurement) states them");
        ExportedPdf agreement = ExportedPdf.read(ExportedPdf.export(ExportedPdf.example(), OPTIONS));
        assertThat(agreement.contents()).extracting(ExportedPdf.ContentsEntry::heading)
                .contains("5.3 Service levels", "8.1 Credit tiers", "8.4 Claims", "10.1 Service report and quarterly reviews");
    }

    @Test
    void everyPageCarriesTheAgreementsVersionAndFingerprintAndPageXOfY() {
        ExportedPdf pdf = year();
        String fingerprint = Fingerprint.shortOf(ExportedPdf.example());

        assertThat(pdf.pages()).hasSizeGreaterThan(3);
        for (int page = 1; page <= pdf.pages().size(); page++) {
            assertThat(pdf.lines(page).stream().map(l -> l.replaceAll("\\s+", " "))).as("page " + page)
                    .contains("Service report · Version 1.0 · Fingerprint " + fingerprint + " Page " + page + " of "
                            + pdf.pages().size());
            assertThat(pdf.markedDraft(page)).isTrue();
        }
        assertThat(pdf.lines(2)).contains("Service report, January to December 2026: Managed Cloud Hosting Service Level Agreement");
        assertThat(pdf.fontsEmbedded()).containsOnly(true);
        assertThat(pdf.text()).doesNotContain("Object Storage 24x7");
        assertThat(pdf.joinedText()).contains("Object Storage is measured by intervals, and the records given have no columns"
                + " for it: it is not in this report.");
    }

    @Test
    void aFinalCopyHasNoDraftMark() {
        ExportOptions finalCopy = new ExportOptions(false, OPTIONS.issued(), Locale.UK);
        ExportedPdf pdf = ExportedPdf.read(report(history(ExportedPdf.example(), months(1, 3), kubernetesOutages(),
                LocalDate.of(2026, 4, 20)), null, finalCopy));

        for (int page = 1; page <= pdf.pages().size(); page++) {
            assertThat(pdf.markedDraft(page)).isFalse();
        }
    }

    @Test
    void eachLevelHasAChartDrawnWithItsAxisPeriodsAndTarget() throws IOException {
        byte[] bytes = report(history(ExportedPdf.example(), months(1, 12), kubernetesOutages(), LocalDate.of(2027, 1, 20)),
                null, OPTIONS);
        ExportedPdf pdf = ExportedPdf.read(bytes);
        int page = pdf.pageWithLine("Figure 2.1: Availability by month against the 99.95% target");
        assertThat(page).isPositive();
        // The axis runs from 99.4% (six gaps of 0.1 below 100% at most twelve gaps of 0.05), a tick every 0.2%;
        // March, at 99.18%, is below it and marked with its figure; the months under it, the year under January.
        assertThat(pdf.lines(page)).contains("100.0%", "99.8%", "99.6%", "99.4%", "99.18", "99.72", "2026");
        String joined = String.join(" ", pdf.lines(page));
        assertThat(joined).contains("Target 99.95%", "Missed", "Met").contains("Jan")
                .contains("Feb").contains("Mar Apr May Jun Jul Aug").contains("Sept Oct Nov Dec");
        try (PDDocument document = Loader.loadPDF(bytes)) {
            var resources = document.getPage(page - 1).getResources();
            List<PDFormXObject> forms = new ArrayList<>();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDFormXObject form) {
                    forms.add(form);
                }
            }
            assertThat(forms).as("the chart is drawn, not a picture of one").isNotEmpty();
            // The largest drawing on the page; the others are the footer's page count.
            String drawing = "";
            for (PDFormXObject form : forms) {
                String content = new String(form.getContentStream().toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1);
                drawing = content.length() > drawing.length() ? content : drawing;
            }
            // Twelve bars, each a filled rectangle; the target a dashed line.
            assertThat(drawing.split(" re\\s").length - 1).isGreaterThanOrEqualTo(12);
            assertThat(drawing).contains(" d");
        }
    }

    @Test
    void aReportOfOnePeriodComparesEveryLevelsDowntimeWithItsAllowanceInOneChart() {
        ExportedPdf pdf = ExportedPdf.read(report(history(ExportedPdf.example(), months(3, 3), kubernetesOutages(),
                LocalDate.of(2026, 4, 10)), null, OPTIONS));
        String flat = pdf.joinedText();

        assertThat(flat).contains("2 Availability in March 2026")
                .contains("Figure 2.1: Downtime in March 2026 against the downtime each target allows")
                .contains("Allowed downtime (the target)")
                .contains("Managed Kubernetes Platform, 24x7 99.1814% 99.95% Missed 21 min 59.4 s 6 h 1638%")
                .contains("Managed Kubernetes Platform, 24x7 Mar 2026 99.1814% 1 EUR 1,850.00 Pending 30 Apr 2026 Open")
                .contains("One claim, for EUR 1,850.00, is still open on 10 April 2026; it must be made by 30 April 2026.");
    }
}
