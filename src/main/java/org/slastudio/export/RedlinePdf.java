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
 * each change as a lawyer's comparison states it, citing the clause of the new version by number and caption (see
 * {@link Comparison}), and each amended clause in full with deleted words struck through and inserted words underlined. It goes to the other side, so it says nothing of our positions or of whom a change
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
        // The comparison lays out both versions to learn their clause numbers: only worth it when something changed.
        List<Comparison.Entry> entries = changes.isEmpty() ? List.of() : new Comparison(previous, next, options).entries(changes);
        String fingerprint = Fingerprint.shortOf(AgreementPdf.withoutNegotiation(Draft.of(next)));
        String title = next.overview() == null || next.overview().title() == null || next.overview().title().isBlank()
                ? "Service Level Agreement" : next.overview().title().strip();
        String from = Comparison.version(previous, "the previous version");
        String to = Comparison.version(next, "this version");
        String heading = "Changes from " + from + " to " + to;

        Consumer<Layout> build = layout -> build(layout, entries, title, from, to, heading);
        PageFurniture furniture = new PageFurniture(title + ": changes", heading + "   ·   Fingerprint " + fingerprint,
                options.draftMark(), Layout.headingsOf(build));
        Layout.draw(out, "the changes", furniture, null,
                (document, writer) -> document.addTitle(title + ": c" + heading.substring(1)), build);
        return new ExportResult(furniture.pageCount(), fingerprint);
    }

    private static void build(Layout layout, List<Comparison.Entry> entries, String title, String from, String to, String heading) {
        layout.section("A", heading);
        if (entries.isEmpty()) {
            layout.text(Wording.capitalised(to) + " of the " + title + " makes no change to the terms of " + from + ".");
            return;
        }
        layout.text("This appendix sets out every change to the terms of the " + title + " from " + from + " to " + to
                + ", in the order of the agreement. Clause and table numbers are those of " + to + "; what is deleted is "
                + "cited by its number in " + from + ". In amended clauses, deleted words are struck through and inserted "
                + "words underlined.");
        int n = 0;
        for (Comparison.Entry entry : entries) {
            n++;
            layout.numbered("A." + n, new Phrase(entry.text(), Layout.BODY));
            if (!entry.marked().isEmpty()) {
                layout.text(marked(entry.marked()));
            }
            for (String paragraph : entry.quoted()) {
                layout.text(new Phrase(paragraph, Layout.BODY));
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

}
