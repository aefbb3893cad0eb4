package org.slastudio.ui.compare;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slastudio.export.ExportOptions;
import org.slastudio.export.ExportFiles;
import org.slastudio.export.RedlinePdf;
import org.slastudio.model.Agreement;
import org.slastudio.negotiation.Change;
import org.slastudio.negotiation.Decision;
import org.slastudio.negotiation.DraftDiff;
import org.slastudio.negotiation.NextRound;
import org.slastudio.ui.Dialogs;
import org.slastudio.ui.DraftFiles;
import org.slastudio.ui.Jobs;
import org.slastudio.ui.review.ExportModel;
import org.slastudio.ui.wizard.WizardModel;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The compare view: our draft against another (the file the other side sent back), change by change, each accepted
 * or rejected; the decisions build our next round. A change left undecided is rejected, as {@link NextRound} does.
 */
public final class CompareModel {
    /** One of their changes, and what we do with it; null while undecided. */
    public static final class Row {
        private final Change change;
        private final ObjectProperty<Decision> decision = new SimpleObjectProperty<>();

        Row(Change change) {
            this.change = change;
        }

        public Change change() {
            return change;
        }

        public ObjectProperty<Decision> decision() {
            return decision;
        }

        /** "favours the customer", "—" for a neutral change. */
        public String favours() {
            return switch (change.favours()) {
                case PROVIDER -> "provider";
                case CUSTOMER -> "customer";
                case NEUTRAL -> "—";
            };
        }

        /** Where their value stands against our position on the term, or blank where we hold none. */
        public String standing() {
            return change.standing() == null ? "" : change.standing().describe();
        }
    }

    private final BooleanProperty showing = new SimpleBooleanProperty(false);
    private final StringProperty theirName = new SimpleStringProperty("");
    private final StringProperty outcome = new SimpleStringProperty("");
    private final BooleanProperty hasSource = new SimpleBooleanProperty(false);
    private final Supplier<Path> folder;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final WizardModel wizard;
    private final DraftFiles files;
    private final Dialogs dialogs;
    private final Jobs jobs;
    private Agreement ours = Agreement.blank();
    private Agreement theirs = Agreement.blank();
    /** Back to where their draft was read from (what a returned Word document says); null for a draft file. */
    private Runnable backToSource;

    /** @param folder where the dialogs start: the folder of our draft */
    public CompareModel(WizardModel wizard, DraftFiles files, Dialogs dialogs, Jobs jobs, Supplier<Path> folder) {
        this.folder = folder;
        this.wizard = wizard;
        this.files = files;
        this.dialogs = dialogs;
        this.jobs = jobs;
        // After an undo or another draft, "ours" is no longer what is in the editor.
        wizard.draft().replacements().addListener((o, was, is) -> close());
    }

    /** Whether the window shows the comparison instead of the wizard. */
    public ReadOnlyBooleanProperty showing() {
        return showing;
    }

    public ReadOnlyStringProperty theirName() {
        return theirName;
    }

    public ReadOnlyStringProperty outcome() {
        return outcome;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public Jobs jobs() {
        return jobs;
    }

    /** "Compare with…": asks for the other draft and shows what it changes in ours. */
    public boolean compareWith() {
        return dialogs.chooseDraftToCompare(folder.get()).map(this::compareWith).orElse(false);
    }

    public boolean compareWith(Path file) {
        DraftFiles.Opened opened = files.open(file);
        if (opened.agreement() == null) {
            dialogs.showError("Cannot compare with " + file.getFileName(), String.join("\n", opened.problems()));
            return false;
        }
        if (!opened.problems().isEmpty() && !dialogs.confirmOpenDespite(file, opened.problems())) {
            return false;
        }
        return show(file.getFileName().toString(), opened.agreement(), null);
    }

    /**
     * Their draft read from elsewhere, e.g. ours with the term changes of the Word document they returned.
     *
     * @param back shows again where it was read from; the view offers it while the comparison shows
     */
    public boolean compareWith(String name, Agreement their, Runnable back) {
        return show(name, their, back);
    }

    private boolean show(String name, Agreement their, Runnable back) {
        wizard.commitCurrent();
        ours = wizard.draft().agreement();
        theirs = their;
        theirName.set(name);
        backToSource = back;
        hasSource.set(back != null);
        rows.setAll(DraftDiff.between(ours, theirs).stream().map(Row::new).toList());
        outcome.set(rows.isEmpty() ? "The drafts agree on every term." : "");
        showing.set(true);
        return true;
    }

    public void acceptAll() {
        rows.forEach(r -> r.decision.set(Decision.ACCEPT));
    }

    public void rejectAll() {
        rows.forEach(r -> r.decision.set(Decision.REJECT));
    }

    /** Our draft with the accepted changes taken over, as it would go back to them. */
    public Agreement nextRound() {
        Map<Change, Decision> decisions = new HashMap<>();
        rows.stream().filter(r -> r.decision.get() != null).forEach(r -> decisions.put(r.change, r.decision.get()));
        return NextRound.build(ours, theirs, decisions);
    }

    /** Puts the next round in the editor as the current draft: one edit, undoable, unsaved until saved. */
    public void buildNextRound() {
        Agreement next = nextRound();
        wizard.edit(current -> next);
        close();
    }

    /** The changes from their draft to our next round, for a lawyer to send with it; written off the UI thread. */
    public void exportRedline() {
        Optional<Path> chosen = dialogs.choosePdfToSave(folder.get().resolve("changes-to-" + stem(theirName.get()) + ".pdf"));
        if (chosen.isEmpty()) {
            return;
        }
        Path pdf = ExportModel.withPdfExtension(chosen.get());
        Agreement previous = theirs;
        Agreement next = nextRound();
        jobs.run("Writing " + pdf.getFileName() + "…",
                () -> ExportFiles.writeAtomically(pdf, out -> RedlinePdf.write(previous, next, ExportOptions.draft(), out)),
                result -> outcome.set("Wrote " + pdf.getFileName() + ": " + result.pages() + " pages."),
                failure -> dialogs.showError("Could not export " + pdf.getFileName(), "The redline was not written to "
                        + pdf + " (" + failure.getMessage() + "). Choose another folder and export again."));
    }

    /** Whether their draft came from somewhere the user can go back to: the Word document they returned. */
    public ReadOnlyBooleanProperty hasSource() {
        return hasSource;
    }

    /** Leaves the comparison for where their draft was read from. */
    public void backToSource() {
        Runnable back = backToSource;
        close();
        if (back != null) {
            back.run();
        }
    }

    public void close() {
        showing.set(false);
    }

    private static String stem(String fileName) {
        return fileName.replaceFirst("(?i)(\\.sla\\.json|\\.docx)$", "");
    }
}
