package org.slastudio.ui.word;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slastudio.negotiation.WordDiff;
import org.slastudio.store.Draft;
import org.slastudio.ui.Dialogs;
import org.slastudio.ui.Jobs;
import org.slastudio.ui.compare.CompareModel;
import org.slastudio.ui.wizard.DraftModel;
import org.slastudio.word.WordImport;

import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * "Import Word document…": the copy of our Word document the other side returned, read against the draft it was
 * exported from, shown for what it says (the terms they changed, the edits that map to no term, their comments)
 * before the user goes on to compare it with our draft. The draft itself changes only when changes accepted in the
 * compare view build the next round.
 */
public final class WordImportModel {
    /** A term they changed, in the words the view shows. */
    public record ChangedTerm(String place, String term, String path, String before, String after, boolean tracked,
                              List<String> comments) {
        /** "tracked change" or "plain edit": whether Word recorded it, or they typed over our text. */
        public String how() {
            return tracked ? "tracked change" : "plain edit (not tracked)";
        }

        /** Ours struck through and theirs inserted, word by word. */
        public List<WordDiff.Edit> edits() {
            return WordDiff.between(before, after);
        }

        /** "99.95% → 99.9%", or for a longer text only the words changed: "... [-twelve-] {+six+} ...". */
        public String change() {
            return before.length() + after.length() <= 80 ? before + " → " + after : WordDiff.render(edits());
        }
    }

    /** An edit that maps to no term: where it is, what it is, its text. */
    public record OtherEdit(String place, String what, String text) {
    }

    /** A comment not on a changed term, with who wrote it and where. */
    public record OtherComment(String author, String place, String text) {
    }

    private final BooleanProperty showing = new SimpleBooleanProperty(false);
    private final StringProperty fileName = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty compareNote = new SimpleStringProperty("");
    private final BooleanProperty comparable = new SimpleBooleanProperty(false);
    private final ObservableList<ChangedTerm> changes = FXCollections.observableArrayList();
    private final ObservableList<OtherEdit> otherEdits = FXCollections.observableArrayList();
    private final ObservableList<OtherComment> otherComments = FXCollections.observableArrayList();
    private final Supplier<Draft> current;
    private final CompareModel compare;
    private final Dialogs dialogs;
    private final Jobs jobs;
    private final Supplier<Path> folder;
    /** The draft the document was read against, and what it says; null when nothing is imported. */
    private Draft base;
    private WordImport.Result result;

    /**
     * @param current the draft as it is now, with what is on screen committed first
     * @param folder  where the file dialog starts: the folder of our draft
     */
    public WordImportModel(Supplier<Draft> current, DraftModel draft, CompareModel compare, Dialogs dialogs, Jobs jobs,
                           Supplier<Path> folder) {
        this.current = current;
        this.compare = compare;
        this.dialogs = dialogs;
        this.jobs = jobs;
        this.folder = folder;
        // After an undo or another draft, the document was not read against what is in the editor.
        draft.replacements().addListener((o, was, is) -> close());
    }

    /** Whether the window shows what the document says instead of the wizard. */
    public ReadOnlyBooleanProperty showing() {
        return showing;
    }

    public ReadOnlyStringProperty fileName() {
        return fileName;
    }

    /** In a line: how many terms the document changes, how many edits map to no term, how many other comments. */
    public ReadOnlyStringProperty summary() {
        return summary;
    }

    /** Why there is nothing to compare, where there is not; blank otherwise. */
    public ReadOnlyStringProperty compareNote() {
        return compareNote;
    }

    /** Whether their changed terms make a draft to compare with ours. */
    public ReadOnlyBooleanProperty comparable() {
        return comparable;
    }

    public ObservableList<ChangedTerm> changes() {
        return changes;
    }

    public ObservableList<OtherEdit> otherEdits() {
        return otherEdits;
    }

    public ObservableList<OtherComment> otherComments() {
        return otherComments;
    }

    public Jobs jobs() {
        return jobs;
    }

    /** Asks for the returned document and reads it off the UI thread; shows what it says, or why it cannot be read. */
    public void importWord() {
        Optional<Path> chosen = dialogs.chooseWordToImport(folder.get());
        chosen.ifPresent(this::importWord);
    }

    public void importWord(Path file) {
        Draft against = current.get();
        String name = file.getFileName().toString();
        jobs.run("Reading " + name + "…", () -> WordImport.read(Files.readAllBytes(file), against),
                read -> {
                    if (!current.get().agreement().equals(against.agreement())) {
                        dialogs.showError("Cannot import " + name, "The draft changed while " + name + " was read, so what it"
                                + " says may no longer fit the draft. Import it again.");
                        return;
                    }
                    show(name, against, read);
                },
                failure -> dialogs.showError("Cannot import " + name, name + problem(failure)));
    }

    private static String problem(Throwable failure) {
        if (failure instanceof WordImport.Refused refused) {
            return " cannot be imported: " + refused.getMessage();
        }
        if (failure instanceof NoSuchFileException) {
            return " was not found: it may have been moved or deleted. Choose it again where it is now.";
        }
        if (failure instanceof AccessDeniedException) {
            return " cannot be opened: this computer does not let SLA Studio read it. Save a copy you may read and import that.";
        }
        return " could not be read (" + failure.getMessage() + "). Nothing was imported; the draft is unchanged.";
    }

    private void show(String name, Draft against, WordImport.Result read) {
        base = against;
        result = read;
        fileName.set(name);
        var agreement = against.agreement();
        changes.setAll(read.changes().stream().map(c -> new ChangedTerm(c.place(), TermNames.of(c.path(), agreement), c.path(),
                c.before(), c.after(), c.tracked(), c.comments().stream().map(WordImportModel::said).toList())).toList());
        otherEdits.setAll(read.unmapped().stream().map(u -> new OtherEdit(u.place(), TermNames.inText(u.what(), agreement), u.text())).toList());
        otherComments.setAll(read.comments().stream().map(c -> new OtherComment(c.author(),
                c.path() != null ? TermNames.of(c.path(), agreement) : c.place(), c.text())).toList());
        summary.set(summary(name, read));
        comparable.set(read.theirs() != null);
        compareNote.set(read.theirs() != null ? ""
                : read.changes().isEmpty() ? "The document changes no term, so there is nothing to compare with our draft: "
                + "the edits and comments listed are all it says."
                : "Their changed terms do not make a draft SLA Studio can read (see the edits below), so it cannot be compared.");
        showing.set(true);
    }

    private static String said(WordImport.Comment c) {
        return (c.author() == null || c.author().isBlank() ? "" : c.author() + ": ") + c.text();
    }

    static String summary(String name, WordImport.Result read) {
        long tracked = read.changes().stream().filter(WordImport.TermChange::tracked).count();
        long plain = read.changes().size() - tracked;
        String terms = read.changes().isEmpty() ? name + " changes no term"
                : name + " changes " + count(read.changes().size(), "term") + " ("
                + (plain == 0 ? "all as tracked changes" : tracked == 0 ? "all as plain edits, not tracked"
                : tracked + " as tracked " + (tracked == 1 ? "change" : "changes") + ", " + plain + " as plain "
                + (plain == 1 ? "edit" : "edits")) + ")";
        long onTerms = read.changes().stream().mapToLong(c -> c.comments().size()).sum();
        return terms + "; " + (read.unmapped().isEmpty() ? "no other edits"
                : count(read.unmapped().size(), "other edit") + " that map" + (read.unmapped().size() == 1 ? "s" : "") + " to no term")
                + "; " + count((int) (onTerms + read.comments().size()), "comment") + ".";
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    /**
     * On to the semantic comparison of our draft with theirs (ours with their term changes applied), where accepted
     * changes build the next round; its "Back to the Word document" comes back here.
     */
    public boolean goOnToCompare() {
        if (result == null || result.theirs() == null) {
            return false;
        }
        if (!current.get().agreement().equals(base.agreement())) {
            dialogs.showError("Cannot compare with " + fileName.get(), "The draft changed after " + fileName.get() + " was"
                    + " read, so it is no longer the draft the document was exported from. Import the document again.");
            close();
            return false;
        }
        showing.set(false);
        return compare.compareWith(fileName.get(), result.theirs().agreement(), () -> showing.set(true));
    }

    /** Back to the draft; what was read goes. */
    public void close() {
        showing.set(false);
        base = null;
        result = null;
    }
}
