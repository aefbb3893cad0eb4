package org.slastudio.export;

import com.lowagie.text.DocListener;
import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slastudio.model.Agreement;
import org.slastudio.model.Negotiation;
import org.slastudio.model.Party;
import org.slastudio.model.Service;
import org.slastudio.store.Draft;

/**
 * Exports an agreement as a PDF a lawyer could send: title page, contents with page numbers, numbered sections
 * and clauses, tables, definitions and signature blocks; each page with the title, "Page X of Y", the version and
 * the draft's {@link Fingerprint}, and a DRAFT mark unless it is a final copy.
 *
 * <p>Safe to call from any thread; it does no I/O besides writing to the stream. An unfinished draft still
 * exports (missing values read "[not stated]"): refusing drafts with review errors is the caller's decision.
 */
public final class AgreementPdf {
    private AgreementPdf() {
    }

    public static ExportResult write(Agreement agreement, ExportOptions options, OutputStream out) throws IOException {
        return write(Draft.of(agreement), options, out);
    }

    /** Loads the fonts every PDF of ours is set in (five of them, 2.4 MB), so that a command can start on it early. */
    public static void prepareFonts() {
        Objects.requireNonNull(Fonts.SERIF);
    }

    public static ExportResult write(Draft draft, ExportOptions options, OutputStream out) throws IOException {
        return write(draft, options, out, null);
    }

    /**
     * As {@link #write(Draft, ExportOptions, OutputStream)}, with {@code listener} (if not null) given every element
     * as it goes onto the pages: how the redline learns the agreement's clause numbers, captions and tables.
     */
    static ExportResult write(Draft draft, ExportOptions options, OutputStream out, DocListener listener) throws IOException {
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(options, "options");
        draft = withoutNegotiation(draft);
        String fingerprint = Fingerprint.shortOf(draft);
        AgreementDocument content = new AgreementDocument(draft.agreement(), options, fingerprint);
        // The contents page lists the headings before the pages they are on: collect them without drawing first.
        Map<String, Layout.Heading> headings = Layout.headingsOf(dry -> content.build(new PdfPages(dry, List.of())));
        List<Layout.Heading> contents = List.copyOf(headings.values());

        PageFurniture furniture = new PageFurniture(content.title(),
                "Version " + content.version() + "   ·   Fingerprint " + fingerprint, options.draftMark(), headings);
        Layout.draw(out, "the agreement", furniture, options.issued(), (document, writer) -> {
            writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
            writer.setFullCompression();
            metadata(document, content);
            if (listener != null) {
                document.addDocListener(listener);
            }
        }, layout -> content.build(new PdfPages(layout, contents)));
        return new ExportResult(furniture.pageCount(), fingerprint);
    }

    /**
     * What the parties sign: our positions are internal and the rounds are history, so neither is printed, and
     * neither changes the fingerprint, which is then the same on our copy and on the counterparty's.
     */
    static Draft withoutNegotiation(Draft draft) {
        return draft.withAgreement(draft.agreement().withNegotiation(Negotiation.none()));
    }

    private static void metadata(Document document, AgreementDocument content) {
        List<String> parties = content.parties().stream().map(Party::legalName).filter(Objects::nonNull).toList();
        document.addTitle(content.title());
        document.addAuthor(String.join(", ", parties));
        document.addSubject("Service level agreement between " + Wording.list(parties) + ", version " + content.version());
        List<String> services = content.services().stream().map(Service::name).filter(Objects::nonNull).limit(20).toList();
        document.addKeywords("service level agreement, SLA" + (services.isEmpty() ? "" : ", " + String.join(", ", services)));
    }
}
