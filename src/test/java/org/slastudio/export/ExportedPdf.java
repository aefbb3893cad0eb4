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

    /** Lines of one page (1-based), trimmed, with no-break spaces as plain ones. */
    List<String> lines(int page) {
        return pages.get(page - 1).lines().map(l -> l.replace('\u00a0', ' ').strip()).toList();
    }

    /** The rotated DRAFT mark comes out in pieces ("DR", "AF", "T"); with the white space gone it reads whole. */
    boolean markedDraft(int page) {
        return pages.get(page - 1).replaceAll("\\s+", "").contains("DRAFT");
    }

    /** A line of the contents page: "5.3 Service levels 6". */
    record ContentsEntry(String heading, int page) {
    }

    /** The contents, read from the pages after the title page up to the first page of the body. */
    List<ContentsEntry> contents() {
        List<ContentsEntry> entries = new ArrayList<>();
        java.util.regex.Pattern line = java.util.regex.Pattern.compile("^(\\d+(?:\\.\\d+)? .+) (\\d+)$");
        for (int page = 2; page <= pages.size() && !lines(page).contains("1 Overview"); page++) {
            for (String text : lines(page)) {
                java.util.regex.Matcher m = line.matcher(text);
                if (m.matches()) {
                    entries.add(new ContentsEntry(m.group(1), Integer.parseInt(m.group(2))));
                }
            }
        }
        return entries;
    }

    /**
     * Headings of the contents after which nothing of the body follows on their page (in drawing order the
     * header and footer come after the body text, then the tables).
     */
    List<String> headingsEndingAPage(String title) {
        List<String> orphans = new ArrayList<>();
        for (ContentsEntry entry : contents()) {
            List<String> lines = lines(entry.page());
            int at = lines.indexOf(entry.heading());
            String next = lines.subList(at + 1, lines.size()).stream().filter(l -> !l.isEmpty()).findFirst().orElse("");
            if (next.isEmpty() || next.startsWith("Version ") || next.equals(title)) {
                orphans.add(entry.heading());
            }
        }
        return orphans;
    }

    /** The first page on which a line reads exactly this; 0 if none. */
    int pageWithLine(String text) {
        for (int page = 1; page <= pages.size(); page++) {
            if (lines(page).contains(text)) {
                return page;
            }
        }
        return 0;
    }

    String text() {
        return String.join("\n", pages);
    }

    /**
     * The text as one line, runs of white space as one space, and a word broken at its hyphen at the end of a line
     * ("Earn-" / "back") joined again: for phrases and table rows whose cells wrap.
     */
    String joinedText() {
        return text().replace('\u00a0', ' ').replaceAll("-[ \\t]*\\R\\s*", "-").replaceAll("\\s+", " ");
    }

    /** The text with line breaks and hyphenless wrapping undone, for phrases that may wrap. */
    String flatText() {
        return text().replace('\u00a0', ' ').replaceAll("\\s+", " ");
    }
}
