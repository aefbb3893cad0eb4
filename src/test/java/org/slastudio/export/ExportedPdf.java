package org.slastudio.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.slastudio.store.Draft;
import org.slastudio.store.DraftStore;

/** An exported agreement read back with PDFBox: its text page by page, its fonts and its metadata. */
record ExportedPdf(List<String> pages, List<String> fonts, List<Boolean> fontsEmbedded, PDDocumentInformation info) {

    static final Path EXAMPLE = Path.of("templates/example-cloud-hosting.sla.json");

    static Draft example() {
        return DraftStore.load(EXAMPLE).draft();
    }

    static byte[] export(Draft draft, ExportOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            AgreementPdf.write(draft, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static ExportedPdf read(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(document));
            }
            List<String> fonts = new ArrayList<>();
            List<Boolean> embedded = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    if (!fonts.contains(font.getName())) {
                        fonts.add(font.getName());
                        embedded.add(font.isEmbedded());
                    }
                }
            }
            return new ExportedPdf(pages, fonts, embedded, document.getDocumentInformation());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String text() {
        return String.join("\n", pages);
    }

    /** The text with line breaks and hyphenless wrapping undone, for phrases that may wrap. */
    String flatText() {
        return text().replaceAll("\\s+", " ");
    }
}
