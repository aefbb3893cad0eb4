package org.slastudio.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.slastudio.model.Agreement;
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

    public static ExportResult write(Draft draft, ExportOptions options, OutputStream out) throws IOException {
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(options, "options");
        String fingerprint = Fingerprint.shortOf(draft);
        AgreementDocument content = new AgreementDocument(draft.agreement(), options, fingerprint);
        // The contents page lists the headings before the pages they are on: collect them without drawing first.
        Layout dry = Layout.withoutDrawing();
        content.build(dry);
        Map<String, Layout.Heading> headings = dry.headings().stream()
                .collect(Collectors.toMap(Layout.Heading::key, h -> h, (a, b) -> a, LinkedHashMap::new));
        content.tableOfContents(List.copyOf(headings.values()));

        PageFurniture furniture = new PageFurniture(content.title(),
                "Version " + content.version() + "   ·   Fingerprint " + fingerprint, options.draftMark(), headings);
        Document document = new Document(PageSize.A4, 68, 68, 78, 72);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(furniture);
            writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
            writer.setFullCompression();
            metadata(document, content);
            document.open();
            content.build(new Layout(document, writer, furniture));
            // OpenPDF stamps the time of writing; the PDF should carry the time the copy was issued.
            PdfDate issued = new PdfDate(GregorianCalendar.from(options.issued()));
            writer.getInfo().put(PdfName.CREATIONDATE, issued);
            writer.getInfo().put(PdfName.MODDATE, issued);
            document.close();
        } catch (DocumentException e) {
            throw new IOException("could not lay out the agreement as PDF: " + e.getMessage(), e);
        }
        out.flush();
        return new ExportResult(furniture.pageCount(), fingerprint);
    }

    private static void metadata(Document document, AgreementDocument content) {
        List<String> parties = content.parties().stream().map(Party::legalName).filter(Objects::nonNull).toList();
        document.addTitle(content.title());
        document.addAuthor(String.join(", ", parties));
        document.addSubject("Service level agreement between " + Wording.list(parties) + ", version " + content.version());
        List<String> services = content.services().stream().map(Service::name).filter(Objects::nonNull).limit(20).toList();
        document.addKeywords("service level agreement, SLA" + (services.isEmpty() ? "" : ", " + String.join(", ", services)));
        document.addCreator("SLA Studio");
    }
}
