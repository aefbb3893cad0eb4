package org.slastudio.word;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.slastudio.export.ExportOptions;
import org.slastudio.export.WordDocument;
import org.slastudio.model.Agreement;
import org.slastudio.model.Money;
import org.slastudio.store.Draft;
import org.slastudio.store.DraftStore;

/**
 * Our Word document goes to the other side, comes back marked up as their counsel would mark it up, and is read back:
 * each edited term becomes exactly that change of the draft, and everything else is reported with its text and place.
 */
class WordRoundTripTest {
    static final Path EXAMPLE = Path.of("templates/example-cloud-hosting.sla.json");

    static Draft ours() {
        return DraftStore.load(EXAMPLE).draft();
    }

    static byte[] exported(Draft draft) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WordDocument.write(draft, ExportOptions.draft(), out);
        return out.toByteArray();
    }

    static final String TARGET = "services[0].levels[0].targetPercent";
    static final String FEE = "services[0].monthlyFee";
    static final String CREDIT = "creditRegime.tiers[0].creditPercent";
    static final String CAP = "creditRegime.monthlyCapPercent";
    static final String REVIEW = "clauses[10].text";
    static final String DESCRIPTION = "services[1].description";

    static byte[] markedUp(Draft ours) throws Exception {
        return new Counterparty(exported(ours))
                .trackedReplace(TARGET, "99.95", "99.9")
                .trackedReplace(CREDIT, "10", "15")
                .trackedReplace(FEE, "18,500.00", "19,250.00")
                .trackedReplace(REVIEW, "at least once every twelve months", "at least once every six months")
                .plainEdit(CAP, "40%")
                .comment(TARGET, "99.95% is not achievable in the first year; 99.9% as in our standard terms.")
                .removeControl(DESCRIPTION, "S3-compatible object storage in two regions.")
                .insertParagraphAfter(REVIEW, "Either party may ask for an extraordinary review after a Priority 1 Incident.")
                .save();
    }

    @Test
    void theOtherSidesEditsComeBackAsExactlyTheseTermChanges() throws Exception {
        Draft ours = ours();
        WordImport.Result result = WordImport.read(markedUp(ours), ours);

        assertThat(result.changes()).extracting(WordImport.TermChange::path, WordImport.TermChange::before,
                WordImport.TermChange::after, WordImport.TermChange::tracked).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(TARGET, "99.95%", "99.9%", true),
                org.assertj.core.groups.Tuple.tuple(FEE, "EUR\u00a018,500.00", "EUR\u00a019,250.00", true),
                org.assertj.core.groups.Tuple.tuple(CREDIT, "10%", "15%", true),
                org.assertj.core.groups.Tuple.tuple(CAP, "50%", "40%", false),
                org.assertj.core.groups.Tuple.tuple(REVIEW, ours.agreement().clauses().get(10).text(),
                        ours.agreement().clauses().get(10).text().replace("twelve months", "six months"), true));

        Agreement theirs = result.theirs().agreement();
        Agreement base = ours.agreement();
        assertThat(theirs.services().get(0).levels().get(0).targetPercent()).isEqualByComparingTo("99.9");
        assertThat(theirs.services().get(0).monthlyFee()).isEqualTo(new Money(new BigDecimal("19250.00"),
                base.services().get(0).monthlyFee().currency()));
        assertThat(theirs.creditRegime().tiers().get(0).creditPercent()).isEqualByComparingTo("15");
        assertThat(theirs.creditRegime().monthlyCapPercent()).isEqualByComparingTo("40");
        assertThat(theirs.clauses().get(10).text()).contains("at least once every six months");
        // Nothing else moved.
        assertThat(theirs.services().get(1)).isEqualTo(base.services().get(1));
        assertThat(theirs.services().get(2)).isEqualTo(base.services().get(2));
        assertThat(theirs.parties()).isEqualTo(base.parties());
        assertThat(theirs.creditRegime().tiers().subList(1, base.creditRegime().tiers().size()))
                .isEqualTo(base.creditRegime().tiers().subList(1, base.creditRegime().tiers().size()));
    }

    @Test
    void aCommentOnATermIsShownWithThatTermsChange() throws Exception {
        Draft ours = ours();
        WordImport.Result result = WordImport.read(markedUp(ours), ours);

        WordImport.TermChange target = result.changes().stream().filter(c -> c.path().equals(TARGET)).findFirst().orElseThrow();
        assertThat(target.comments()).extracting(WordImport.Comment::author, WordImport.Comment::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Counterparty.AUTHOR,
                        "99.95% is not achievable in the first year; 99.9% as in our standard terms."));
        assertThat(target.place()).startsWith("clause 5.3");
        assertThat(result.comments()).isEmpty();
    }

    @Test
    void editsThatMapToNoTermAreListedWithTheirTextAndPlace() throws Exception {
        Draft ours = ours();
        WordImport.Result result = WordImport.read(markedUp(ours), ours);

        String description = ours.agreement().services().get(1).description();
        assertThat(result.unmapped()).anySatisfy(u -> {
            assertThat(u.what()).isEqualTo("the term " + DESCRIPTION + " is no longer in its content control (the control was"
                    + " removed, or the term deleted); it read \"" + description + "\" and the paragraph now reads");
            assertThat(u.text()).isEqualTo("S3-compatible object storage in two regions.");
            assertThat(u.place()).startsWith("clause 4.2");
        });
        assertThat(result.unmapped()).anySatisfy(u -> {
            assertThat(u.what()).isEqualTo("a new paragraph (a tracked change)");
            assertThat(u.text()).isEqualTo("Either party may ask for an extraordinary review after a Priority 1 Incident.");
            assertThat(u.place()).startsWith("clause 13.1");
        });
        assertThat(result.unmapped()).hasSize(2);
        // The description whose control was taken away is not changed in the draft: the user decides.
        assertThat(result.theirs().agreement().services().get(1).description())
                .isEqualTo(ours.agreement().services().get(1).description());
    }

    @Test
    void theMarkedUpDocumentStillOpensInWord() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new java.io.ByteArrayInputStream(markedUp(ours())))) {
            assertThat(doc.getParagraphs()).isNotEmpty();
        }
    }

    @Test
    void aDocumentReturnedUnchangedChangesNothing() throws Exception {
        Draft ours = ours();
        WordImport.Result result = WordImport.read(exported(ours), ours);

        assertThat(result.changes()).isEmpty();
        assertThat(result.unmapped()).isEmpty();
        assertThat(result.theirs()).isNull();
    }

    @Test
    void aRedlineReturnedAsItWasSentReadsBackAgainstTheNextRoundWithoutChanges() throws Exception {
        Draft ours = ours();
        Draft next = DraftStore.read(DraftStore.write(ours).replace("\"targetPercent\": 99.95", "\"targetPercent\": 99.9")
                .replace("at least once every twelve months", "at least once every six months")).draft();
        ByteArrayOutputStream redline = new ByteArrayOutputStream();
        WordDocument.writeRedline(ours, next, "Northwind Cloud GmbH", ExportOptions.draft(), redline);

        WordImport.Result result = WordImport.read(redline.toByteArray(), next);

        assertThat(result.changes()).isEmpty();
        assertThat(result.unmapped()).isEmpty();
    }

    @Test
    void aFigureThatCannotBeReadIsListedNotGuessed() throws Exception {
        Draft ours = ours();
        byte[] returned = new Counterparty(exported(ours)).plainEdit(TARGET, "ninety-nine point nine").save();

        WordImport.Result result = WordImport.read(returned, ours);

        assertThat(result.changes()).isEmpty();
        assertThat(result.unmapped()).singleElement().satisfies(u -> {
            assertThat(u.what()).isEqualTo("the term " + TARGET + " cannot be read: it is not a percentage, such as 99.9%");
            assertThat(u.text()).isEqualTo("ninety-nine point nine");
        });
    }

    @Test
    void aDocumentOfAnotherDraftIsRefused() throws Exception {
        Draft ours = ours();
        Draft other = DraftStore.read(DraftStore.write(ours).replace("\"version\": \"1.0\"", "\"version\": \"2.0\"")).draft();
        assertThat(WordDocument.fingerprint(other)).isNotEqualTo(WordDocument.fingerprint(ours));

        assertThatThrownBy(() -> WordImport.read(exported(other), ours)).isInstanceOf(WordImport.Refused.class)
                .hasMessageStartingWith("it was exported from another draft (fingerprint " + WordDocument.fingerprint(other));
    }

    @Test
    void aFileThatIsNotAWordDocumentIsRefused() {
        assertThatThrownBy(() -> WordImport.read("{\"not\": \"a docx\"}".getBytes(), ours()))
                .isInstanceOf(WordImport.Refused.class).hasMessageStartingWith("it is not a Word document (.docx)");
    }

}
