package org.slastudio.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.slastudio.model.Agreement;
import org.slastudio.model.Agreements;
import org.slastudio.model.Clause;
import org.slastudio.model.CreditRegime;
import org.slastudio.model.CreditTier;
import org.slastudio.model.Negotiation;
import org.slastudio.model.Overview;
import org.slastudio.model.Position;
import org.slastudio.model.Round;
import org.slastudio.store.Draft;

/** Our positions never leave the house: not in the agreement, not in the redline that goes with it. */
class NegotiationExportTest {

    private static final ExportOptions OPTIONS = new ExportOptions(true,
            ZonedDateTime.of(2027, 1, 20, 9, 0, 0, 0, ZoneId.of("Europe/London")), Locale.UK);

    /** Numbers and words that appear nowhere in the agreement, so finding them in a PDF can only mean a leak. */
    private static final Negotiation POSITIONS = new Negotiation(List.of(
            new Position("services[database].levels[business-hours].targetPercent", new BigDecimal("99.987"),
                    List.of(new BigDecimal("99.943"), new BigDecimal("99.871")), new BigDecimal("97.321")),
            new Position("creditRegime.tiers[1].creditPercent", new BigDecimal("41.7"), List.of(), new BigDecimal("26.3"))),
            List.of(new Round(1, "customer", LocalDate.of(2027, 1, 4), "Secret-ish note: hold out for 41.7")));

    private static final List<String> INTERNAL = List.of("99.987", "99.943", "99.871", "97.321", "41.7", "26.3",
            "walk", "Walk", "fallback", "Fallback", "position", "favours", "hold out");

    private static String text(byte[] pdf) {
        return String.join("\n", ExportedPdf.read(pdf).pages());
    }

    private static Agreement version(Agreement a, String version) {
        Overview o = a.overview();
        return a.withOverview(new Overview(o.title(), o.type(), o.effectiveDate(), o.term(), o.purpose(), o.governingLaw(),
                o.currency(), o.measurementPeriod(), o.timeZone(), version));
    }

    /** Their counter: tier 2 credit 25% -> 30%, and "claimed" -> "approved" in the service credits clause. */
    private static Agreement counter() {
        Agreement a = version(Agreements.valid(), "0.4");
        CreditRegime c = a.creditRegime();
        CreditTier t = c.tiers().get(1);
        List<CreditTier> tiers = List.of(c.tiers().get(0), new CreditTier(t.lower(), t.upper(), new BigDecimal("30"), null),
                c.tiers().get(2));
        Clause first = a.clauses().get(0);
        return a.withCreditRegime(new CreditRegime(tiers, c.feeBasis(), c.monthlyCapPercent(), c.rollingTwelveMonthCapPercent(),
                        c.atRisk(), c.minimumCredit(), c.earnBack(), c.claimDeadline(), c.soleRemedy()))
                .withClauses(List.of(new Clause(first.section(), first.heading(), first.text().replace("claimed", "approved")),
                        a.clauses().get(1)));
    }

    private static byte[] redline(Agreement previous, Agreement next) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RedlinePdf.write(previous, next, OPTIONS, out);
        return out.toByteArray();
    }

    @Test
    void theExportedAgreementHoldsNoneOfOurPositionsAndTheirFingerprintIsUnchanged() {
        Draft plain = ExportedPdf.example();
        Draft negotiated = plain.withAgreement(plain.agreement().withNegotiation(POSITIONS));

        byte[] pdf = ExportedPdf.export(negotiated, OPTIONS);
        String text = text(pdf);

        assertThat(text).contains(plain.agreement().overview().title());
        for (String internal : INTERNAL) {
            assertThat(text).as(internal).doesNotContain(internal);
        }
        assertThat(ExportedPdf.read(pdf).pages()).isEqualTo(ExportedPdf.read(ExportedPdf.export(plain, OPTIONS)).pages());
    }

    @Test
    void theRedlineListsEachChangeAndShowsTheChangedClauseInFull() throws IOException {
        String text = text(redline(version(Agreements.valid(), "0.3"), counter()));

        String flat = text.replace('\u00a0', ' ').replaceAll("\\s+", " ");
        assertThat(flat).contains("Changes from version 0.3 to version 0.4",
                "is increased from 25% to 30% of the monthly fee for the affected Service.",
                "(Service credits) is amended to read:",
                "Service credits are applied to the invoice following the month in which they are claimed. approved.");
    }

    @Test
    void theRedlineSaysNothingOfOurPositionsOrWhomAChangeFavours() throws IOException {
        Agreement ours = version(Agreements.valid(), "0.3").withNegotiation(POSITIONS);
        Agreement theirs = counter();

        String text = text(redline(ours, theirs));

        for (String internal : INTERNAL) {
            assertThat(text).as(internal).doesNotContain(internal);
        }
        assertThat(text.replaceAll("\\s+", " ")).contains("is increased from 25% to 30%");
    }

    @Test
    void aVersionThatChangesNothingSaysSo() throws IOException {
        Agreement same = version(Agreements.valid(), "0.3");

        assertThat(text(redline(same, version(same, "0.4"))).replaceAll("\\s+", " "))
                .contains("Changes from version 0.3 to version 0.4", "makes no change to the terms of version 0.3");
        assertThat(text(redline(same, same)).replaceAll("\\s+", " ")).contains("makes no change to the terms of version 0.3");
    }

    @Test
    void theRedlineCarriesTheFingerprintOfTheVersionItGoesWith() throws IOException {
        Agreement theirs = counter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ExportResult result = RedlinePdf.write(version(Agreements.valid(), "0.3"), theirs.withNegotiation(POSITIONS), OPTIONS, out);

        assertThat(result.fingerprint()).isEqualTo(Fingerprint.shortOf(Draft.of(theirs)));
        assertThat(ExportedPdf.read(out.toByteArray()).pages()).allSatisfy(page -> assertThat(page).contains(result.fingerprint()));
    }
}
