package org.slastudio.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slastudio.model.Agreement;
import org.slastudio.model.CreditTier;
import org.slastudio.model.Metric;
import org.slastudio.model.Overview;
import org.slastudio.model.ClockStart;
import org.slastudio.model.MeasurementMethod;
import org.slastudio.model.MeasurementRule;
import org.slastudio.model.MinimumOutageBound;
import org.slastudio.model.Party;
import org.slastudio.model.Service;
import org.slastudio.store.Draft;
import org.slastudio.store.DraftStore;

class AgreementPdfTest {
    private static final ZonedDateTime ISSUED = ZonedDateTime.of(2026, 11, 27, 10, 30, 0, 0, ZoneId.of("Europe/London"));

    private static Draft example;
    private static ExportedPdf draftCopy;
    private static ExportedPdf finalCopy;

    @BeforeAll
    static void exportTheExampleAsDraftAndAsFinalCopy() {
        example = ExportedPdf.example();
        draftCopy = ExportedPdf.read(ExportedPdf.export(example, new ExportOptions(true, ISSUED, Locale.UK)));
        finalCopy = ExportedPdf.read(ExportedPdf.export(example, new ExportOptions(false, ISSUED, Locale.UK)));
    }

    @Test
    void everyPartyServiceMetricAndSignatoryOfTheExampleAppears() {
        Agreement agreement = example.agreement();
        String text = draftCopy.flatText();
        for (Party party : agreement.parties()) {
            assertThat(text).contains(party.legalName()).contains(party.signatory().name()).contains(party.signatory().title());
        }
        for (Service service : agreement.services()) {
            assertThat(text).contains(service.name());
        }
        for (Metric metric : agreement.metrics()) {
            assertThat(text).contains(metric.name());
        }
        assertThat(text).contains(agreement.overview().title()).contains("Friedrichstraße 123");
    }

    @Test
    void everyCreditTierIsInTheTableWithTheInclusivityOfItsBoundsInWords() {
        String text = draftCopy.flatText();

        for (CreditTier tier : example.agreement().creditRegime().tiers()) {
            assertThat(text).contains(Wording.capitalised(Wording.band(tier)) + " "
                    + tier.creditPercent().toPlainString() + "% of the monthly fee for the affected Service");
        }
        assertThat(text).contains("Less than 99.95% but at least 99.0% 10% of the monthly fee");
    }

    @Test
    void everyPageSaysWhichPageItIsAndHowManyThereAre() {
        int total = draftCopy.pages().size();

        assertThat(total).isGreaterThan(5);
        for (int page = 1; page <= total; page++) {
            assertThat(draftCopy.pages().get(page - 1)).as("page %d", page).contains("Page " + page + " of " + total);
        }
    }

    @Test
    void theFingerprintOnEveryPageIsTheShaOfTheDraftFileAsWritten() throws Exception {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(DraftStore.write(example).getBytes(StandardCharsets.UTF_8));
        String expected = HexFormat.of().formatHex(hash).substring(0, 12);

        assertThat(Fingerprint.shortOf(example)).isEqualTo(expected);
        for (String page : draftCopy.pages()) {
            assertThat(page).contains("Fingerprint " + expected).contains("Version 1.0");
        }
    }

    @Test
    void changingOneValueChangesTheFingerprint() {
        Agreement agreement = example.agreement();
        Service first = agreement.services().get(0);
        Service changed = new Service(first.id(), first.name(), first.description(), first.providerId(), first.recipientId(),
                first.monthlyFee(), first.businessImportance(), first.downtimeCostPerHour(),
                List.of(new org.slastudio.model.ServiceLevel("24x7", new BigDecimal("99.9"), true)), first.measurement());
        List<Service> services = new ArrayList<>(agreement.services());
        services.set(0, changed);

        assertThat(Fingerprint.shortOf(example.withAgreement(agreement.withServices(services))))
                .isNotEqualTo(Fingerprint.shortOf(example));
    }

    @Test
    void aDraftIsMarkedDraftOnEveryPageAndAFinalCopyOnNone() {
        for (int page = 1; page <= draftCopy.pages().size(); page++) {
            assertThat(draftCopy.markedDraft(page)).as("draft page %d", page).isTrue();
        }
        for (int page = 1; page <= finalCopy.pages().size(); page++) {
            assertThat(finalCopy.markedDraft(page)).as("final page %d", page).isFalse();
        }
        assertThat(draftCopy.flatText()).contains("Date of this draft 27 November 2026").contains("Not for signature");
        assertThat(finalCopy.flatText()).contains("Date of issue 27 November 2026").doesNotContain("Not for signature");
    }

    @Test
    void everyFontIsEmbeddedDejaVu() {
        assertThat(draftCopy.fonts()).isNotEmpty().allMatch(name -> name.contains("DejaVu"));
        assertThat(draftCopy.fontsEmbedded()).containsOnly(true);
    }

    @Test
    void theMetadataNamesTheAgreementItsPartiesAndWhenItWasMade() {
        var info = draftCopy.info();

        assertThat(info.getTitle()).isEqualTo("Managed Cloud Hosting Service Level Agreement");
        assertThat(info.getAuthor()).contains("Northwind Cloud GmbH").contains("Contoso Retail Ltd");
        assertThat(info.getSubject()).contains("between Northwind Cloud GmbH and Contoso Retail Ltd").contains("version 1.0");
        assertThat(info.getKeywords()).contains("service level agreement").contains("Object Storage");
        assertThat(info.getCreator()).contains("SLA Studio");
        assertThat(info.getCreationDate().toInstant()).isEqualTo(ISSUED.toInstant());
    }

    @Test
    void theContentsGiveThePageOnWhichEachHeadingIs() {
        List<ExportedPdf.ContentsEntry> contents = draftCopy.contents();

        assertThat(contents).extracting(ExportedPdf.ContentsEntry::heading)
                .contains("1 Overview", "5.3 Service levels", "8.1 Credit tiers", "14 Signatures");
        for (ExportedPdf.ContentsEntry entry : contents) {
            assertThat(draftCopy.pageWithLine(entry.heading())).as(entry.heading()).isEqualTo(entry.page());
        }
    }

    @Test
    void noHeadingIsTheLastLineOfItsPage() {
        assertThat(draftCopy.headingsEndingAPage(example.agreement().overview().title())).isEmpty();
    }

    @Test
    void availabilityWindowsAreStatedOnceInTheirTable() {
        String text = draftCopy.flatText();
        assertThat(text).contains("Availability is promised and measured within the Availability Windows in Table 2, each in"
                        + " its own time zone, without its public holidays and outside its Maintenance Windows.")
                .contains("Business hours 08:00-18:00 Monday to Friday Europe/London")
                .containsOnlyOnce("08:00-18:00 Monday to Friday");
    }

    /**
     * Worked by hand. 99.95% of the 24x7 window in January 2026 (31 days, Europe/London, less four Sunday
     * maintenance windows of 2 hours): 736 h = 44,160 min, 0.05% of which is 22.08 min = 22 min 4.8 s. In 2026:
     * 8,760 h less 52 x 2 h = 8,656 h = 519,360 min, 0.05% of which is 259.68 min = 4 h 19 min 40.8 s.
     * The Customer Portal's 99.5% of business hours (08:00-18:00 on weekdays, less holidays): January 2026 has 22
     * weekdays, less New Year's Day = 21 x 600 min = 12,600 min, 0.5% of which is 63 min; 2026 has 261 weekdays,
     * less 8 holidays all on weekdays = 253 x 600 min = 151,800 min, 0.5% of which is 759 min = 12 h 39 min.
     */
    @Test
    void besideEachTargetIsTheDowntimeItAllowsWorkedOutByTheEngine() {
        String text = draftCopy.flatText();

        assertThat(text).contains("Managed Kubernetes Platform 24x7 99.95% 22 min 4.8 s 4 h 19 min 40.8 s Yes");
        assertThat(text).contains("Customer Portal Business hours 99.5% 1 h 3 min 12 h 39 min");
        assertThat(text).contains("Allowed downtime per month is stated in January 2026 (31 days), the first month of the term, with"
                + " maintenance windows and public holidays taken out");
    }

    /**
     * The Kubernetes platform measured by request counts and the object storage by runs of 5-minute intervals of more
     * than 10 minutes: the measurement clause states each in contract words, a Request is defined, and the platform's
     * target allows a share of requests rather than a duration.
     */
    @Test
    void requestCountsAndAMinimumOnIntervalsAreStatedInContractWords() {
        Agreement a = example.agreement();
        Agreement changed = a.withServices(a.services().stream().map(s -> switch (s.id()) {
            case "kubernetes" -> measured(s, new MeasurementRule(MeasurementMethod.REQUEST_COUNTS, null, null, null,
                    ClockStart.AT_FAILURE, false));
            case "object-storage" -> measured(s, new MeasurementRule(MeasurementMethod.INTERVAL_SHARE, 5,
                    s.measurement().errorRateThresholdPercent(), 10, MinimumOutageBound.MORE_THAN, ClockStart.AT_FAILURE, false));
            default -> s;
        }).toList());

        String text = ExportedPdf.read(ExportedPdf.export(Draft.of(changed), ExportOptions.draft())).flatText();

        assertThat(text).contains("Availability is the number of successful Requests divided by the total number of valid"
                        + " Requests in the Measurement Period, as a percentage.")
                .contains("a Measurement Period without valid Requests has an availability of 100%")
                .contains("“Request” means")
                .contains("Managed Kubernetes Platform 24x7 99.95% 0.05% of requests may fail 0.05% of requests may fail Yes")
                .contains("A run of consecutive unavailable intervals lasting 10 minutes or less in total is not counted");
    }

    private static Service measured(Service s, MeasurementRule rule) {
        return new Service(s.id(), s.name(), s.description(), s.providerId(), s.recipientId(), s.monthlyFee(),
                s.businessImportance(), s.downtimeCostPerHour(), s.levels(), rule);
    }

    @Test
    void moneyIsWrittenInTheAgreementsCurrency() {
        assertThat(draftCopy.flatText()).contains("EUR 18,500.00").contains("EUR 4,200.00")
                .contains("Service Credits of less than EUR 50.00 are not issued.");
    }

    @Test
    void termsTheDraftDefinesItselfAreNotDefinedTwice() {
        String text = draftCopy.flatText();

        assertThat(text).contains("“Availability Window” means");
        // the draft's own definition, in the one list, in place of the generated one
        assertThat(text).containsOnlyOnce("“Downtime” means").contains("“Downtime” means time in which a Service is unavailable to the Customer")
                .doesNotContain("2.2 Definitions");
    }

    @Test
    void anEmptyAgreementStillExportsSayingWhatIsMissing() {
        ExportedPdf blank = ExportedPdf.read(ExportedPdf.export(Draft.of(Agreement.blank()), ExportOptions.draft()));

        assertThat(blank.pages()).isNotEmpty();
        assertThat(blank.flatText()).contains("Service Level Agreement").contains(Wording.NOT_STATED);
        assertThat(blank.pages().get(blank.pages().size() - 1)).contains("Page " + blank.pages().size() + " of " + blank.pages().size());
    }

    @Test
    void anAgreementWithoutAnOverviewExportsToo() {
        Agreement noOverview = example.agreement().withOverview(null);

        ExportedPdf pdf = ExportedPdf.read(ExportedPdf.export(Draft.of(noOverview), ExportOptions.finalCopy()));

        assertThat(pdf.flatText()).contains("Northwind Cloud GmbH").contains("Object Storage");
        assertThat(Overview.blank().title()).isEmpty();
    }
}
