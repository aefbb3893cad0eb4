package org.slastudio.ui.services;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.slastudio.export.AgreementPdf;
import org.slastudio.export.ExportOptions;
import org.slastudio.model.Agreement;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;
import org.slastudio.negotiation.Change;
import org.slastudio.negotiation.DraftDiff;
import org.slastudio.simulation.Simulator;
import org.slastudio.store.TemplateCatalogue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One figure for "allowed downtime per month", whichever screen, document or command states it. The cloud hosting
 * template's Kubernetes platform: 99.95% around the clock from 1 January 2026, less four Sunday maintenance windows of
 * 2 h (4, 11, 18, 25 January): 44,640 - 480 = 44,160 min; 0.05% is 22.08 min, 0.1% is 44.16 min.
 */
class OneAllowedDowntimeTest {
    private static final String BASIS = "in January 2026 (31 days), the first month of the term, with maintenance windows"
            + " and public holidays taken out";

    private final Agreement example = TemplateCatalogue.standard().load(TemplateCatalogue.standard().find("cloud-hosting")
            .orElseThrow()).draft().agreement();
    private final Service kubernetes = example.services().get(0);
    private final ServiceLevel level = kubernetes.levels().get(0);

    @Test
    void theWizardThePdfTheComparisonAndTheSimulatorStateTheSameFigureWithTheSameWords() throws Exception {
        assertThat(level.targetPercent()).isEqualByComparingTo("99.95");

        String wizard = ServicesModel.allowance(example, example.window(level.windowId()).orElseThrow(), level.targetPercent(),
                kubernetes.measurement());
        assertThat(wizard).isEqualTo("Allows 22 min 4.8 s of downtime " + BASIS + ".");

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        AgreementPdf.write(example, ExportOptions.draft(), pdf);
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            text = new PDFTextStripper().getText(document).replace('\u00a0', ' ').replaceAll("\\s+", " ");
        }
        assertThat(text).contains(kubernetes.name() + " 24x7 99.95% 22 min 4.8 s").contains(BASIS);

        Agreement theirs = example.withServices(example.services().stream().map(s -> s != kubernetes ? s
                : new Service(s.id(), s.name(), s.description(), s.providerId(), s.recipientId(), s.monthlyFee(),
                s.businessImportance(), s.downtimeCostPerHour(), List.of(new ServiceLevel(level.windowId(),
                new BigDecimal("99.9"), level.creditBearing())), s.measurement())).toList());
        assertThat(DraftDiff.between(example, theirs)).extracting(Change::description).singleElement().asString()
                .endsWith("target 99.95% -> 99.9% (allowed downtime in January 2026: 22 min 4.8 s -> 44 min 9.6 s)");

        BigDecimal simulated = Simulator.of(example, null, List.of(new BigDecimal("99.95"))).run(100, 1).services().get(0)
                .level(new BigDecimal("99.95")).allowedMinutesPerMonth();
        assertThat(simulated).isEqualByComparingTo("22.08");
    }
}
