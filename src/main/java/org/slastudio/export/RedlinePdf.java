package org.slastudio.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.slastudio.model.Agreement;
import org.slastudio.negotiation.Change;
import org.slastudio.negotiation.DraftDiff;
import org.slastudio.negotiation.WordDiff;
import org.slastudio.store.Draft;

/**
 * The changes from one version of an agreement to the next as a PDF appendix a lawyer can send with the new version:
 * each change in the agreement's words, and each changed clause in full with deleted words struck through and
 * inserted words underlined. It goes to the other side, so it says nothing of our positions or of whom a change
 * favours.
 */
public final class RedlinePdf {
    private static final Color DELETED = new Color(0xb0, 0x1c, 0x1c);
    private static final Color INSERTED = new Color(0x1c, 0x4f, 0xa8);
    private static final Font STRUCK = new Font(Fonts.SERIF, 10, Font.STRIKETHRU, DELETED);
    private static final Font UNDERLINED = new Font(Fonts.SERIF, 10, Font.UNDERLINE, INSERTED);

    private RedlinePdf() {
    }

    /** @return the pages written and the fingerprint of {@code next}, the version the appendix goes with */
    public static ExportResult write(Agreement previous, Agreement next, ExportOptions options, OutputStream out) throws IOException {
        Objects.requireNonNull(options, "options");
        List<Change> changes = DraftDiff.between(previous, next);
        String fingerprint = Fingerprint.shortOf(AgreementPdf.withoutNegotiation(Draft.of(next)));
        String title = text(next.overview().title(), "Service Level Agreement");
        String from = text(previous.overview().version(), "previous version");
        String to = text(next.overview().version(), "this version");

        Consumer<Layout> build = layout -> build(layout, changes, title, from, to);
        PageFurniture furniture = new PageFurniture(title + ": changes", "Changes from version " + from + " to " + to
                + "   ·   Fingerprint " + fingerprint, options.draftMark(), Layout.headingsOf(build));
        Layout.draw(out, "the changes", furniture, null,
                (document, writer) -> document.addTitle(title + ": changes from version " + from + " to " + to), build);
        return new ExportResult(furniture.pageCount(), fingerprint);
    }

    private static void build(Layout layout, List<Change> changes, String title, String from, String to) {
        layout.section("A", "Changes from version " + from + " to version " + to);
        if (changes.isEmpty()) {
            layout.text("Version " + to + " of the " + title + " makes no change to the terms of version " + from + ".");
            return;
        }
        layout.text("This appendix lists every change to the terms of the " + title + " from version " + from
                + " to version " + to + ", in the order of the agreement. In changed clauses, deleted words are "
                + "struck through and inserted words underlined.");
        int n = 0;
        for (Change change : changes) {
            n++;
            if (change.words().isEmpty()) {
                layout.numbered("A." + n, new Phrase(change.description(), Layout.BODY));
            } else {
                String label = change.description().substring(0, change.description().indexOf("': ") + 1);
                layout.numbered("A." + n, new Phrase(label + " reads as follows:", Layout.BODY));
                layout.text(marked(change.words()));
            }
        }
    }

    private static Phrase marked(List<WordDiff.Edit> edits) {
        Phrase phrase = new Phrase("", Layout.BODY);
        for (int i = 0; i < edits.size(); i++) {
            WordDiff.Edit edit = edits.get(i);
            Font font = switch (edit.op()) {
                case KEEP -> Layout.BODY;
                case DELETE -> STRUCK;
                case INSERT -> UNDERLINED;
            };
            phrase.add(new Chunk(edit.text(), font));
            if (i < edits.size() - 1) {
                phrase.add(new Chunk(" ", Layout.BODY));
            }
        }
        return phrase;
    }

    private static String text(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value;
    }
}
