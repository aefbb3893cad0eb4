package org.slastudio.export;

import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import org.slastudio.model.Party;
import org.slastudio.model.Signatory;

/** The signature blocks, side by side, two parties to a row. */
final class SignaturesSection {
    private final AgreementDocument document;
    private final Layout layout;

    SignaturesSection(AgreementDocument document, Layout layout) {
        this.document = document;
        this.layout = layout;
    }

    void write() {
        List<Party> signing = document.parties().stream().filter(p -> p.signatory() != null).toList();
        if (signing.isEmpty()) {
            return;
        }
        layout.keepSpace(260);
        document.section("Signatures");
        layout.text("Signed on behalf of each party by its representative on the date shown.");
        // One table per pair of parties, so that each line of a block is on the same row as its neighbour's, however
        // many lines the parties' names take.
        for (int i = 0; i < signing.size(); i += 2) {
            List<Party> pair = signing.subList(i, Math.min(i + 2, signing.size()));
            PdfPTable blocks = new PdfPTable(new float[] {0.9f, 2.6f, 0.5f, 0.9f, 2.6f});
            blocks.setWidthPercentage(100);
            blocks.setSpacingBefore(i == 0 ? 12 : 30);
            blocks.setKeepTogether(true);
            for (int p = 0; p < 2; p++) {
                PdfPCell name = new PdfPCell(new Phrase(p < pair.size() ? "For " + Wording.text(pair.get(p).legalName())
                        + " (" + AgreementDocument.role(pair.get(p).role()) + ")" : "", Layout.BODY_BOLD));
                name.setColspan(2);
                name.setBorder(Rectangle.NO_BORDER);
                name.setPaddingBottom(12);
                blocks.addCell(name);
                if (p == 0) {
                    blocks.addCell(gap());
                }
            }
            for (String line : List.of("Signature", "Name", "Title", "Date")) {
                for (int p = 0; p < 2; p++) {
                    Signatory signatory = p < pair.size() ? pair.get(p).signatory() : null;
                    String value = signatory == null ? "" : switch (line) {
                        case "Name" -> Wording.text(signatory.name());
                        case "Title" -> Wording.text(signatory.title());
                        default -> "";
                    };
                    signatureLine(blocks, p < pair.size() ? line : "", value, p < pair.size());
                    if (p == 0) {
                        blocks.addCell(gap());
                    }
                }
            }
            layout.add(blocks);
        }
    }

    private static PdfPCell gap() {
        PdfPCell cell = new PdfPCell(new Phrase("", Layout.BODY));
        cell.setBorder(Rectangle.NO_BORDER);
        return cell;
    }

    private static void signatureLine(PdfPTable block, String label, String value, boolean ruled) {
        PdfPCell l = new PdfPCell(new Phrase(label, Layout.TABLE));
        l.setBorder(Rectangle.NO_BORDER);
        l.setPaddingTop(14);
        PdfPCell v = new PdfPCell(new Phrase(value, Layout.BODY));
        v.setBorder(ruled ? Rectangle.BOTTOM : Rectangle.NO_BORDER);
        v.setBorderColor(Layout.INK);
        v.setBorderWidth(0.5f);
        v.setPaddingTop(14);
        v.setPaddingBottom(3);
        block.addCell(l);
        block.addCell(v);
    }
}
