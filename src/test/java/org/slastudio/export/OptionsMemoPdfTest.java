package org.slastudio.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.slastudio.model.Agreement;
import org.slastudio.model.Agreements;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.Negotiation;
import org.slastudio.model.Overview;
import org.slastudio.model.Position;
import org.slastudio.model.Round;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;
import org.slastudio.simulation.ServiceTradeOff;
import org.slastudio.simulation.Simulator;
import org.slastudio.simulation.TradeOffTable;
import org.slastudio.store.Draft;

class OptionsMemoPdfTest {

    private static final ExportOptions OPTIONS = new ExportOptions(true,
            ZonedDateTime.of(2027, 5, 20, 9, 0, 0, 0, ZoneId.of("Europe/London")), Locale.UK);
    private static final int TRIALS = 1_200;
    private static final long SEED = 4_242L;
    private static final String RECOMMENDATION = "We recommend the middle option: credits stay small and the loss left uncovered is modest.";

    /** Values that appear nowhere in the agreement, so finding one in the memo can only mean a leak. */
    private static final Negotiation POSITIONS = new Negotiation(List.of(
            new Position("services[storage].levels[24x7].targetPercent", new BigDecimal("99.987"),
                    List.of(new BigDecimal("99.943"), new BigDecimal("99.871")), new BigDecimal("97.321")),
            new Position("creditRegime.tiers[1].creditPercent", new BigDecimal("41.7"), List.of(), new BigDecimal("26.3"))),
            List.of(new Round(1, "customer", LocalDate.of(2027, 5, 4), "hold out for 41.7")));

    /**
     * The valid agreement from 1 June 2027 (30 days, no clock change in Berlin) with a 24x7 window that has no
     * maintenance, so its first month is 43,200 minutes of window time.
     */
    static Agreement june() {
        Agreement a = Agreements.valid();
        Overview o = a.overview();
        AvailabilityWindow always = AvailabilityWindow.twentyFourSeven("24x7", "Around the clock", Agreements.BERLIN);
        return a.withOverview(new Overview(o.title(), o.type(), LocalDate.of(2027, 6, 1), o.term(), o.purpose(),
                        o.governingLaw(), o.currency(), o.measurementPeriod(), o.timeZone(), o.version()))
                .withWindows(List.of(always, a.windows().get(1)));
    }

    private static MemoDetails details(String recommendation) {
        return new MemoDetails("Storage and database options for Contoso", "Contoso Retail Ltd", "Meridian Advisory",
                LocalDate.of(2027, 5, 20), recommendation, TRIALS, SEED);
    }

    private static byte[] memo(List<MemoOption> options, MemoDetails details) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            OptionsMemoPdf.write(options, details, OPTIONS, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static MemoOption at(Agreement a, String level) {
        return MemoOption.atLevel(a, new BigDecimal(level));
    }

    @Test
    void theMemoNamesEveryOptionAndServiceWithTargetsFeesAndTheRecommendation() {
        List<MemoOption> options = List.of(at(june(), "99.5"), at(june(), "99.9"), at(june(), "99.95"));

        ExportedPdf pdf = ExportedPdf.read(memo(options, details(RECOMMENDATION)));
        String text = pdf.flatText();

        assertThat(pdf.pages()).hasSizeBetween(2, 3);
        assertThat(text).contains("OPTIONS MEMO", "Storage and database options for Contoso", "Contoso Retail Ltd",
                "Meridian Advisory", "20 May 2027", "1 99.5%", "2 99.9%", "3 99.95%", "Object Storage", "Managed Database",
                "Target, Around the clock 99.5% 99.9% 99.95%", "Target, Business hours 99.5% 99.9% 99.95%",
                "Target, Around the clock 99.5% † 99.5% † 99.5% †",
                "EUR 12,000.00", "EUR 8,500.00", RECOMMENDATION);
        assertThat(text).contains("Page 1 of " + pdf.pages().size());
        assertThat(text.indexOf(RECOMMENDATION)).as("the recommendation comes before the detailed figures")
                .isLessThan(text.indexOf("Table 2"));
        assertThat(text).contains("level of every service set to 99.95%.", "every other term, including targets that are only reported, stays as drafted");
    }

    /** Hand-worked: June has 30 days of 1,440 minutes, so 43,200 minutes of a 24x7 window. */
    @ParameterizedTest(name = "{0}% of a 30-day 24x7 month allows {1}")
    @CsvSource({
            "99.5,   3 h 36 min",    // 43,200 x 0.5% = 216 min
            "99.9,   43 min 12 s",   // 43,200 x 0.1% = 43.2 min
            "99.95,  21 min 36 s",   // 43,200 x 0.05% = 21.6 min
            "99.99,  4 min 19.2 s"}) // 43,200 x 0.01% = 4.32 min
    void allowedDowntimeIsTheEnginesForTheThirtyDayMonthTheMemoStates(String level, String allowed) {
        List<MemoOption> options = List.of(at(june(), level), at(june(), "98"));

        String text = ExportedPdf.read(memo(options, details(null))).flatText();

        assertThat(text).contains("in June 2027 (30 days), the first month of the term");
        String storage = text.substring(text.indexOf("Object Storage Target"));
        String row = storage.substring(storage.indexOf("allowed downtime, 1st month"), storage.indexOf("Fee per month"));
        // 98% of 43,200 minutes is 864 minutes.
        assertThat(row).isEqualTo("allowed downtime, 1st month " + allowed + " 14 h 24 min ");
    }

    @Test
    void theSimulatedFiguresAreTheSimulatorsForTheSameSeedInEveryOption() {
        MemoOption lower = at(june(), "99.5");
        MemoOption higher = at(june(), "99.95");

        String text = ExportedPdf.read(memo(List.of(lower, higher), details(null))).flatText();

        for (MemoOption option : List.of(lower, higher)) {
            TradeOffTable own = Simulator.of(option.agreement(), null).run(TRIALS, SEED);
            ServiceTradeOff storage = own.services().get(0);
            String perYear = Wording.money(storage.level(storage.draftedLevelPercent()).expectedCreditPerYear(), Locale.UK);
            assertThat(text).contains(perYear.replace('\u00a0', ' '));
            assertThat(text).contains(Wording.money(own.agreement().marginAtCurrentFee(), Locale.UK).replace('\u00a0', ' '));
        }
        assertThat(text).contains("seed " + SEED + " for every option");
    }

    @Test
    void twoOptionsOfTheSameAgreementShowTheSameFiguresAndNoChanges() {
        List<MemoOption> same = List.of(new MemoOption("As drafted", june()), new MemoOption("Again", june()));

        ExportedPdf pdf = ExportedPdf.read(memo(same, details(null)));
        String text = pdf.flatText();

        assertThat(text).contains("No term changes", "[No recommendation recorded yet.]");
        List<String> rows = pdf.pages().stream().flatMap(String::lines).map(l -> l.replace('\u00a0', ' ').strip())
                .filter(l -> l.startsWith("Credits per year") || l.startsWith("Provider margin per month")).toList();
        assertThat(rows).isNotEmpty().allSatisfy(row -> {
            String[] amounts = row.replaceAll("^.*?(?=EUR )", "").split(" (?=EUR )");
            assertThat(amounts).hasSize(2);
            assertThat(amounts[0]).isEqualTo(amounts[1]);
        });
    }

    @Test
    void whatChangesListsTheTermsThatDifferFromTheFirstOption() {
        String text = ExportedPdf.read(memo(List.of(at(june(), "99.5"), at(june(), "99.9")), details(null))).flatText();

        assertThat(text).contains("99.9% compared with 99.5%")
                .contains("Service 'Object Storage', window 'Around the clock': target 99.5% → 99.9%");
    }

    @Test
    void aClauseWhoseWordsChangedIsNamedWithoutItsMarkedUpText() {
        Agreement a = june();
        org.slastudio.model.Clause first = a.clauses().get(0);
        Agreement reworded = a.withClauses(List.of(new org.slastudio.model.Clause(first.section(), first.heading(),
                first.text() + " Reworded."), a.clauses().get(1)));

        String text = ExportedPdf.read(memo(List.of(new MemoOption("Ours", a), new MemoOption("Theirs", reworded)),
                details(null))).flatText();

        assertThat(text).contains("Clause '" + first.heading() + "': wording changed").doesNotContain("{+", "[-");
    }

    @Test
    void ourPositionsNeverAppearAndEachFingerprintIsThatOfItsAgreementPdf() throws IOException {
        Agreement negotiated = june().withNegotiation(POSITIONS);
        List<MemoOption> options = List.of(new MemoOption("Ours", negotiated), at(negotiated, "99.5"));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MemoResult result = OptionsMemoPdf.write(options, details(RECOMMENDATION), OPTIONS, out);
        String text = ExportedPdf.read(out.toByteArray()).flatText();

        for (String internal : List.of("99.987", "99.943", "99.871", "97.321", "41.7", "26.3", "hold out", "walk", "Walk",
                "fallback", "Fallback")) {
            assertThat(text).doesNotContain(internal);
        }
        for (int i = 0; i < options.size(); i++) {
            ExportResult agreementPdf = AgreementPdf.write(options.get(i).agreement(), OPTIONS, new ByteArrayOutputStream());
            assertThat(result.fingerprints().get(i)).isEqualTo(agreementPdf.fingerprint());
        }
        assertThat(text).contains("Draft fingerprint " + result.fingerprints().get(0) + " " + result.fingerprints().get(1))
                .contains("Fingerprints 1 " + result.fingerprints().get(0) + " 2 " + result.fingerprints().get(1) + " Page 1 of");
        assertThat(result.fingerprints().get(0))
                .isEqualTo(Fingerprint.shortOf(Draft.of(june())))
                .isNotEqualTo(result.fingerprints().get(1));
    }

    @ParameterizedTest(name = "{0} options are refused")
    @ValueSource(ints = {0, 1, 5})
    void fewerThanTwoOrMoreThanFourOptionsAreRefusedSayingHowMany(int count) {
        List<MemoOption> options = Collections.nCopies(count, new MemoOption("Option", june()));

        assertThatThrownBy(() -> memo(options, details(null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("An options memo compares two to four options; " + count + " given");
    }

    @Test
    void twoOptionsWithOneNameAreRefused() {
        assertThatThrownBy(() -> memo(List.of(new MemoOption("A", june()), new MemoOption("A", june())), details(null)))
                .hasMessageContaining("Two options are both called \"A\"");
    }

    @Test
    void anOptionThatCannotBeSimulatedIsNamedWithTheFieldToFix() {
        Agreement a = june();
        Service s = a.services().get(0);
        Agreement feeless = a.withServices(List.of(new Service(s.id(), s.name(), s.description(), s.providerId(),
                s.recipientId(), null, s.businessImportance(), s.downtimeCostPerHour(), s.levels(), s.measurement()),
                a.services().get(1)));

        assertThatThrownBy(() -> memo(List.of(new MemoOption("Fine", a), new MemoOption("No fee", feeless)), details(null)))
                .hasMessageStartingWith("Option \"No fee\": ")
                .hasMessageContaining("$.services[0].monthlyFee");
    }

    @Test
    void aLevelIsSetOnEveryCreditBearingLevelAndReportedOnlyLevelsKeepTheirTargets() {
        MemoOption option = at(june(), "99.95");

        List<ServiceLevel> levels = option.agreement().services().stream().flatMap(s -> s.levels().stream()).toList();

        assertThat(levels).extracting(l -> l.targetPercent().toPlainString(), ServiceLevel::creditBearing)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("99.95", true), org.assertj.core.groups.Tuple.tuple("99.95", true),
                        org.assertj.core.groups.Tuple.tuple("99.5", false));
        assertThat(option.name()).isEqualTo("99.95%");
        assertThat(option.basis()).isEqualTo("every credit-bearing level of every service set to 99.95%");
    }

    @ParameterizedTest(name = "level {0} is refused")
    @ValueSource(strings = {"0", "100", "-1", "100.5"})
    void aLevelOutsideZeroToOneHundredIsRefused(String level) {
        assertThatThrownBy(() -> at(june(), level)).hasMessageContaining("above 0 and below 100");
    }

    @Test
    void aDraftWithoutCreditBearingLevelsCannotBeTurnedIntoLevels() {
        Agreement a = june();
        List<Service> reportedOnly = a.services().stream().map(s -> new Service(s.id(), s.name(), s.description(),
                s.providerId(), s.recipientId(), s.monthlyFee(), s.businessImportance(), s.downtimeCostPerHour(),
                s.levels().stream().map(l -> new ServiceLevel(l.windowId(), l.targetPercent(), false)).toList(),
                s.measurement())).toList();

        assertThatThrownBy(() -> at(a.withServices(reportedOnly), "99.9")).hasMessageContaining("creditBearing");
    }
}
