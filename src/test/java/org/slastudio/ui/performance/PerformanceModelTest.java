package org.slastudio.ui.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slastudio.engine.MeasurementPeriodRange;
import org.slastudio.model.Agreement;
import org.slastudio.monitoring.MonitoringRecords;
import org.slastudio.monitoring.RecordsReader;
import org.slastudio.store.DraftStore;
import org.slastudio.ui.Jobs;
import org.slastudio.ui.ScriptedDialogs;
import org.slastudio.ui.wizard.DraftModel;

/**
 * The Performance view's model on the example (Kubernetes EUR 18,500 a month at 99.95%, 10% below it, earn-back over
 * three periods, claims within 30 days of the month's end), with the outages {@code credit --from --to} is checked
 * against: January 120 minutes, February 40, March 360.
 */
class PerformanceModelTest {
    private static final Agreement EXAMPLE = DraftStore.load(Path.of("templates/example-cloud-hosting.sla.json")).draft().agreement();

    @TempDir
    Path dir;

    private final DraftModel draft = new DraftModel();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final AtomicInteger reads = new AtomicInteger();
    private final RecordsReader counted = (file, agreement, services, progress) -> {
        reads.incrementAndGet();
        return MonitoringRecords.READER.read(file, agreement, services, progress);
    };
    private PerformanceModel model;

    @BeforeEach
    void startOnTheExample() {
        draft.start(EXAMPLE, null);
        model = new PerformanceModel(draft, dialogs, Jobs.inline(), () -> dir, counted, () -> LocalDate.parse("2026-04-20"));
    }

    private Path outages() throws Exception {
        Path csv = dir.resolve("year.csv");
        Files.writeString(csv, """
                start,end,service
                2026-01-10T10:00Z,2026-01-10T12:00Z,kubernetes
                2026-02-03T09:00Z,2026-02-03T09:40Z,kubernetes
                2026-03-05T01:00Z,2026-03-05T07:00Z,kubernetes
                """);
        return csv;
    }

    private PerformanceRow row(String period, String level) {
        return model.rows().stream().filter(r -> r.period().equals(period) && r.level().equals(level)).findFirst().orElseThrow();
    }

    @Test
    void aStatusPageExportLoadsAsTheCommandLineReadsIt() throws Exception {
        // One major incident on the component named as the service is: 60 min of the 39,840 in February's 24x7 window
        // (40,320 less four Sunday maintenance windows of 2 h), 1 - 60/39,840 = 99.849397…%, shown cut to 4 places.
        dialogs.recordsToOpen = Files.writeString(dir.resolve("incidents.json"), """
                {"page": {"updated_at": "2026-03-31T12:00:00Z"},
                 "incidents": [{"id": "a1", "name": "Kubernetes API down", "impact": "major",
                   "created_at": "2026-02-03T09:05:00Z", "started_at": "2026-02-03T09:00:00Z", "resolved_at": "2026-02-03T10:00:00Z",
                   "components": [{"id": "c1", "name": "Managed Kubernetes Platform"}]}]}
                """);
        model.show();
        model.loadRecords();

        assertThat(model.message().get()).isEmpty();
        PerformanceRow february = row("2026-02", "Managed Kubernetes Platform, 24x7");
        assertThat(february.availability()).isEqualTo("99.8493%");
        assertThat(february.downtime()).isEqualTo("1h 0m");
        assertThat(february.credit()).isEqualTo("EUR 1,850.00");
        assertThat(row("2026-01", "Managed Kubernetes Platform, 24x7").availability()).isEqualTo("100.0000%");
        assertThat(model.notes()).contains("Object Storage is measured by intervals and incidents.json holds no"
                + " per-interval error rates: it is left out.");
    }

    @Test
    void theTermSoFarIsWorkedOutFromTheRecordsChosenAsTheCommandLineWorksItOut() throws Exception {
        dialogs.recordsToOpen = outages();
        model.show();
        model.loadRecords();

        assertThat(dialogs.proposed).containsExactly(dir);
        assertThat(model.from().get().label()).isEqualTo("2026-01");
        assertThat(model.to().get().label()).isEqualTo("2026-03");
        assertThat(model.periods()).extracting(MeasurementPeriodRange::label).containsExactly("2026-01", "2026-02", "2026-03", "2026-04");
        assertThat(model.message().get()).isEmpty();
        // Three levels (Kubernetes, and the portal's two, reported only) in three months; Object Storage has no columns here.
        assertThat(model.rows()).hasSize(9);
        PerformanceRow january = row("2026-01", "Managed Kubernetes Platform, 24x7");
        assertThat(january.availability()).isEqualTo("99.7282%");
        assertThat(january.downtime()).isEqualTo("2h 0m");
        assertThat(january.tier()).isEqualTo("1");
        assertThat(january.credit()).isEqualTo("EUR 1,850.00");
        assertThat(january.earnBack()).isEqualTo("lost");
        assertThat(january.claimBy()).isEqualTo("2026-03-02 (passed)");
        PerformanceRow march = row("2026-03", "Managed Kubernetes Platform, 24x7");
        assertThat(march.earnBack()).isEqualTo("pending");
        assertThat(march.claimBy()).isEqualTo("2026-04-30");
        assertThat(row("2026-02", "Customer Portal, Business hours").credit()).isEqualTo("reported only");
        assertThat(model.notes()).containsExactly("Object Storage is measured by intervals and year.csv does not have its"
                + " columns (\"error_rate_percent\"): it is left out.");
        assertThat(model.totals().get().owedText()).isEqualTo("EUR 5,550.00");
        assertThat(model.totals().get().pendingText()).isEqualTo("EUR 1,850.00");
        assertThat(model.totals().get().claimsText()).isEqualTo("1");
        assertThat(model.status().get()).isEqualTo("Managed Kubernetes Platform, Customer Portal from year.csv, 2026-01 to"
                + " 2026-03, read on 2026-04-20.");
        assertThat(draft.agreement()).isSameAs(EXAMPLE);
        assertThat(draft.canUndo().get()).as("no edit made").isFalse();
    }

    @Test
    void aSelectedLevelShowsTheStepsOfItsCreditAndWhereItsClaimStands() throws Exception {
        model.show();
        model.load(outages());

        model.selected().set(row("2026-01", "Managed Kubernetes Platform, 24x7"));

        assertThat(model.selected().get().measuredText()).isEqualTo("2h 0m of downtime in the 24x7 window in 2026-01"
                + " (1 outage counted): 99.7282% against a target of 99.95%, missed.");
        assertThat(model.selected().get().steps()).anyMatch(s -> s.contains("tier 1"))
                .anyMatch(s -> s.contains("earn-back") || s.contains("earned back"))
                .last().isEqualTo("Claim by 2 March 2026: the deadline had passed on 20 April 2026.");
        assertThat(row("2026-01", "Customer Portal, Business hours").steps())
                .containsExactly("This level carries no service credits: it is measured and reported only.");
    }

    @Test
    void aNewRangeOrDayIsWorkedOutFromTheRecordsAlreadyRead() throws Exception {
        model.show();
        model.load(outages());

        model.asOf().set(LocalDate.parse("2026-07-01"));
        model.from().set(model.periods().get(2));
        model.to().set(model.periods().get(5));

        assertThat(reads).hasValue(1);
        assertThat(model.rows()).extracting(PerformanceRow::period).containsOnly("2026-03", "2026-04", "2026-05", "2026-06");
        // April to June are clean, so March's credit is earned back.
        assertThat(row("2026-03", "Managed Kubernetes Platform, 24x7").earnBack()).isEqualTo("earned back");
        assertThat(model.totals().get().owedText()).isEqualTo("EUR 0.00");
    }

    @Test
    void periodsNotOverOnTheDayAreLeftOutAndSaidSo() throws Exception {
        model.show();
        model.load(outages());

        model.to().set(model.periods().get(3));

        assertThat(model.rows()).extracting(PerformanceRow::period).containsOnly("2026-01", "2026-02", "2026-03");
        assertThat(model.notes()).contains("2026-04 is not over on 2026-04-20: left out, as not yet measured.");
    }

    @Test
    void everyBadRowIsShownWithItsLineAndNothingIsWorkedOut() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, """
                start,end,service
                2026-01-10T10:00Z,2026-01-10T12:00Z,kubernetes
                2026-02-03T09:00Z,2026-02-03T08:00Z,kubernetes
                2026-03-05T01:00Z,2026-03-05T07:00Z,kubernets
                """);
        model.show();
        model.load(bad);

        assertThat(model.rows()).isEmpty();
        assertThat(model.problems()).containsExactly(
                "bad.csv line 3: end 2026-02-03T08:00Z is before start 2026-02-03T09:00Z",
                "bad.csv line 4: service \"kubernets\" is not a service of the draft; its services are: kubernetes,"
                        + " object-storage, customer-portal");
        assertThat(model.message().get()).isEqualTo("bad.csv cannot be used: 2 rows are not records SLA Studio can read."
                + " Correct them and load the file again; nothing was measured.");
        assertThat(model.result().get()).isNull();
        assertThat(draft.agreement()).isSameAs(EXAMPLE);
    }

    @Test
    void aFileOfThousandsOfBadRowsListsTheFirstAndCountsTheRest() throws Exception {
        StringBuilder text = new StringBuilder("start,end\n");
        for (int i = 0; i < 250; i++) {
            text.append("soon,later\n");
        }
        Path bad = Files.writeString(dir.resolve("many.csv"), text);
        model.show();
        model.load(bad);

        assertThat(model.problems()).hasSize(PerformanceModel.PROBLEMS_SHOWN + 1).last().isEqualTo("… and 50 more.");
    }

    @Test
    void aMissingFileOrADraftWithoutAnEffectiveDateIsSaidInASentence() throws Exception {
        model.show();
        model.load(dir.resolve("gone.csv"));
        assertThat(model.message().get()).startsWith("There is no file " + dir.resolve("gone.csv") + ": it may have been moved");

        draft.commit(EXAMPLE.withOverview(new org.slastudio.model.Overview(EXAMPLE.overview().title(), EXAMPLE.overview().type(),
                null, EXAMPLE.overview().term(), "", "", EXAMPLE.overview().currency(), EXAMPLE.overview().measurementPeriod(),
                EXAMPLE.overview().timeZone(), "1.0")));
        model.load(outages());

        assertThat(model.periods()).isEmpty();
        assertThat(model.message().get()).isEqualTo("The agreement has no effective date, and the term's periods are counted"
                + " from it: set it in the Overview step.");
    }

    @Test
    void anEditToTheDraftIsFollowedAndAnotherDraftForgetsTheRecords() throws Exception {
        model.show();
        model.load(outages());

        draft.commit(EXAMPLE.withServices(EXAMPLE.services().subList(0, 1)));
        assertThat(reads).as("read again for the draft as it is now").hasValue(2);
        assertThat(model.rows()).hasSize(3);

        draft.start(EXAMPLE, null);
        assertThat(model.file().get()).isNull();
        assertThat(model.rows()).isEmpty();
        assertThat(model.showing().get()).isFalse();
    }

    @Test
    void aYearOfEveryServicesRecordsInOneFileIsWorkedOutServiceByService() throws Exception {
        model.show();
        model.asOf().set(LocalDate.parse("2026-11-20"));
        model.load(ExampleRecords.year(dir));

        assertThat(model.notes()).isEmpty();
        assertThat(model.rows()).hasSize(40);
        // February's 48 minutes are earned back by March to May; June's 3h 10m lost to August's miss; October waits.
        assertThat(row("2026-02", "Managed Kubernetes Platform, 24x7").earnBack()).isEqualTo("earned back");
        assertThat(row("2026-06", "Managed Kubernetes Platform, 24x7").earnBack()).isEqualTo("lost");
        assertThat(row("2026-10", "Managed Kubernetes Platform, 24x7").earnBack()).isEqualTo("pending");
        // Six 5-minute intervals down in March, whose last Sunday is 23 hours long: 8,790 of 8,796 intervals up.
        PerformanceRow storage = row("2026-03", "Object Storage, 24x7");
        assertThat(storage.availability()).isEqualTo("99.9317%");
        assertThat(storage.measuredText()).contains("(6 intervals down)");
        assertThat(storage.credit()).isEqualTo("EUR 0.00");
        assertThat(row("2026-09", "Object Storage, 24x7").credit()).isEqualTo("EUR 420.00");
        assertThat(model.totals().get().owedText()).isEqualTo("EUR 5,970.00");
        assertThat(model.totals().get().pendingText()).isEqualTo("EUR 2,270.00");
        assertThat(model.totals().get().claimsText()).isEqualTo("1");
        assertThat(model.result().get().periods()).hasSize(10);
    }
}
