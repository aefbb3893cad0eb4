package org.slastudio.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slastudio.engine.MeasurementPeriodRange;
import org.slastudio.engine.Outage;
import org.slastudio.engine.TermHistory;
import org.slastudio.model.Agreement;
import org.slastudio.model.Service;
import org.slastudio.store.Draft;

/**
 * The Scheduled Maintenance carried out, as the example's reporting clause promises the report states it, by hand.
 * The Kubernetes platform is measured around the clock in Europe/London less Sundays 02:00-04:00, for which the
 * Provider must give 72 hours' notice; the Customer Portal in business hours (Monday to Friday 08:00-18:00) and outside
 * them (with the same Sunday maintenance window). Times below are UTC; London is UTC+1 from 29 March to 25 October.
 */
class ServiceReportMaintenanceTest {

    /** Sunday 11 January 02:30-03:30, announced 89 h 30 min before: wholly in the window. */
    private static final Outage JANUARY = Outage.plannedWork(Instant.parse("2026-01-11T02:30:00Z"),
            Instant.parse("2026-01-11T03:30:00Z"), Instant.parse("2026-01-07T09:00:00Z"));
    /** Sunday 8 February 03:00-05:00, announced 39 h before: the hour after 04:00 is downtime. */
    private static final Outage FEBRUARY = Outage.plannedWork(Instant.parse("2026-02-08T03:00:00Z"),
            Instant.parse("2026-02-08T05:00:00Z"), Instant.parse("2026-02-06T12:00:00Z"));
    /** Sunday 12 July 01:00-03:00 UTC, 02:00-04:00 BST, never announced: wholly in the window. */
    private static final Outage JULY = Outage.plannedWork(Instant.parse("2026-07-12T01:00:00Z"),
            Instant.parse("2026-07-12T03:00:00Z"), null);
    /** Wednesday 14 January 20:00-22:00 on the portal: after business hours, so downtime only outside them. */
    private static final Outage PORTAL = Outage.plannedWork(Instant.parse("2026-01-14T20:00:00Z"),
            Instant.parse("2026-01-14T22:00:00Z"), Instant.parse("2026-01-07T20:00:00Z"));

    private static ExportedPdf report(List<Outage> kubernetes, List<Outage> portal) {
        Draft draft = ExportedPdf.example();
        Agreement agreement = draft.agreement();
        List<Service> services = agreement.services().stream().filter(s -> !s.id().equals("object-storage")).toList();
        Map<String, TermHistory.Records> records = new LinkedHashMap<>();
        records.put("kubernetes", new TermHistory.Records(kubernetes, null, null));
        records.put("customer-portal", new TermHistory.Records(portal, null, null));
        List<MeasurementPeriodRange> periods = ServiceReportPdfTest.months(1, 12);
        LocalDate asOf = LocalDate.of(2027, 1, 20);
        List<TermHistory.Entry> entries = TermHistory.of(agreement, services, periods, s -> records.get(s.id()), asOf);
        ServiceHistory history = new ServiceHistory(draft, periods, entries, asOf, "outages.csv", List.of(),
                ServiceHistory.plannedWork(records));
        return ExportedPdf.read(ServiceReportPdfTest.report(history, null, ServiceReportPdfTest.OPTIONS));
    }

    @Test
    void eachPlannedRecordIsListedOnEachWindowOfItsServiceWithTheTimeInAndOutsideTheMaintenanceWindows() {
        String text = report(List.of(JULY, FEBRUARY, JANUARY), List.of(PORTAL)).joinedText();

        assertThat(text).contains("4 Scheduled maintenance Table 4.1 lists each record of planned work in outages.csv for"
                + " January to December 2026 (four records) on each Availability Window of its Service under clause 5.2"
                + " (Availability Windows).");
        // In the order they were carried out, each in London time; July's 01:00-03:00 UTC is 02:00-04:00 BST.
        assertThat(text).contains("Managed Kubernetes Platform Sun 11 Jan 2026 02:30–03:30 1 h 1 h 0 s 89 h 30 min Maintenance"
                        + " Managed Kubernetes Platform Sun 8 Feb 2026 03:00–05:00 2 h 1 h 1 h 39 h 72 h asked Downtime"
                        + " Managed Kubernetes Platform Sun 12 Jul 2026 02:00–04:00 2 h 2 h 0 s not recorded 72 h asked Maintenance")
                // The portal's work after 18:00 is outside business hours: nothing there, all of it in the other window.
                .contains("Customer Portal, Business hours Wed 14 Jan 2026 20:00–22:00 2 h 0 s 0 s 168 h Outside the window's hours")
                .contains("Customer Portal, Outside business hours Wed 14 Jan 2026 20:00–22:00 2 h 0 s 2 h 168 h Downtime")
                .contains("Two records of planned work ran outside the maintenance windows for 3 h in all, counted as Downtime"
                        + " in the availability above.");
    }

    @Test
    void theDowntimeTheSectionStatesIsTheDowntimeTheAvailabilityCounts() {
        String text = report(List.of(JULY, FEBRUARY, JANUARY), List.of(PORTAL)).joinedText();

        // February: 28 days less four Sundays' 2 h is 39,840 minutes; the hour after the window is 99.8493...%.
        assertThat(text).contains("Feb 2026 99.8493% Missed 19 min 55.2 s 1 h 302% 1")
                .contains("Jan 2026 100.0000% Met 22 min 4.8 s 0 s 0% 0")
                .contains("Jul 2026 100.0000% Met 22 min 4.8 s 0 s 0% 0");
    }

    @Test
    void aReportWithoutPlannedWorkSaysSo() {
        String text = report(List.of(ServiceReportPdfTest.outage("2026-01-10T10:00:00Z", 120)), List.of()).joinedText();

        assertThat(text).contains("4 Scheduled maintenance No planned work is recorded in outages.csv for January to December"
                + " 2026.").doesNotContain("Table 4.1");
    }
}
