package org.slastudio.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slastudio.model.Agreement;
import org.slastudio.model.Party;
import org.slastudio.store.Draft;

class LongAgreementTest {
    private static Agreement agreement;
    private static ExportedPdf pdf;

    @BeforeAll
    static void exportAHundredServicesAndFiftyMetrics() {
        agreement = LongAgreements.of(100, 50);
        ExportOptions options = new ExportOptions(true, ZonedDateTime.of(2026, 11, 27, 9, 0, 0, 0, ZoneId.of("UTC")), Locale.UK);
        pdf = ExportedPdf.read(ExportedPdf.export(Draft.of(agreement), options));
    }

    @Test
    void everyServiceMetricPartyAndSignatoryAppears() {
        // A compound may break after its hyphen ("round-the-" / "clock").
        String text = pdf.flatText().replace("- ", "-");
        for (int i = 1; i <= 100; i++) {
            assertThat(text).contains(LongAgreements.serviceName(i)).contains(LongAgreements.serviceDescription(i));
        }
        for (int i = 1; i <= 50; i++) {
            assertThat(text).contains(LongAgreements.metricName(i));
        }
        for (Party party : agreement.parties()) {
            assertThat(text).contains(party.legalName()).contains(party.signatory().name());
        }
    }

    @Test
    void everyPageIsNumberedOutOfTheRightTotal() {
        int total = pdf.pages().size();

        assertThat(total).isGreaterThan(15);
        for (int page = 1; page <= total; page++) {
            assertThat(pdf.pages().get(page - 1)).as("page %d", page).contains("Page " + page + " of " + total);
        }
    }

    @Test
    void theContentsStillGiveTheRightPages() {
        assertThat(pdf.contents()).hasSizeGreaterThan(20);
        for (ExportedPdf.ContentsEntry entry : pdf.contents()) {
            assertThat(pdf.pageWithLine(entry.heading())).as(entry.heading()).isEqualTo(entry.page());
        }
    }

    @Test
    void noHeadingIsTheLastLineOfItsPage() {
        assertThat(pdf.headingsEndingAPage(agreement.overview().title())).isEmpty();
    }

    @Test
    void theServicesTableRepeatsItsHeaderOnEveryPageItRunsOnto() {
        int pagesWithServiceRows = 0;
        for (int page = 1; page <= pdf.pages().size(); page++) {
            String text = pdf.pages().get(page - 1).replaceAll("\\s+", " ").replace("- ", "-");
            boolean hasRow = false;
            for (int i = 1; i <= 100 && !hasRow; i++) {
                hasRow = text.contains(LongAgreements.serviceDescription(i));
            }
            if (hasRow) {
                pagesWithServiceRows++;
                assertThat(text).as("page %d", page).contains("No. Service Description Provided by / to Monthly fee");
            }
        }
        assertThat(pagesWithServiceRows).isGreaterThan(3);
    }

    @Test
    void theMetricsTableRepeatsItsHeaderOnEveryPageItRunsOnto() {
        for (int page = 1; page <= pdf.pages().size(); page++) {
            String text = pdf.pages().get(page - 1).replaceAll("\\s+", " ").replace("- ", "-");
            if (text.matches(".*Measure \\d\\d incident \\w+ \\d+ (minutes|hour).*")) {
                assertThat(text).as("page %d", page).contains("Priority Measure Metric Within Compliance Clock Type");
            }
        }
    }

    @Test
    void everyFontIsEmbeddedEvenForGreekAndPolishNames() {
        assertThat(pdf.fonts()).allMatch(name -> name.contains("DejaVu"));
        assertThat(pdf.fontsEmbedded()).containsOnly(true);
        assertThat(pdf.flatText()).contains("Αθηναϊκή Δικτύων Α.Ε.").contains("Łukasz Żółkiewski").contains("Διευθύνων Σύμβουλος");
    }
}
