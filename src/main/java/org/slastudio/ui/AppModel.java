package org.slastudio.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slastudio.clauses.ClauseLibrary;
import org.slastudio.model.Agreement;
import org.slastudio.store.Draft;
import org.slastudio.store.UserFolders;
import org.slastudio.ui.clauses.ClausesModel;
import org.slastudio.ui.compare.CompareModel;
import org.slastudio.ui.review.ExportModel;
import org.slastudio.ui.review.Printer;
import org.slastudio.ui.review.SystemPrinter;
import org.slastudio.ui.credits.CreditsModel;
import org.slastudio.ui.metrics.MetricsModel;
import org.slastudio.ui.overview.OverviewModel;
import org.slastudio.ui.parties.PartiesModel;
import org.slastudio.ui.review.ReviewModel;
import org.slastudio.ui.services.ServicesModel;
import org.slastudio.ui.windows.WindowsModel;
import org.slastudio.ui.word.WordImportModel;
import org.slastudio.ui.wizard.DraftModel;
import org.slastudio.ui.wizard.DraftReview;
import org.slastudio.ui.wizard.WizardModel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * The application without its window: which screen shows, the draft, its wizard, and the file commands
 * (new, open, save, save as, close) with the questions they ask through {@link Dialogs}.
 */
public final class AppModel {
    public static final String EXTENSION = ".sla.json";
    /** The template the start screen offers as "the example agreement". */
    public static final String EXAMPLE = "cloud-hosting";
    /** The starter of an empty draft, which has nothing to save until the user types. */
    public static final String BLANK = "blank";

    private final DraftModel draft = new DraftModel();
    private final OverviewModel overview = new OverviewModel(draft);
    private final PartiesModel parties = new PartiesModel(draft);
    private final ServicesModel services = new ServicesModel(draft);
    private final WindowsModel windows = new WindowsModel(draft);
    private final CreditsModel credits = new CreditsModel(draft);
    private final MetricsModel metrics = new MetricsModel(draft);
    private final ReviewModel review = new ReviewModel(draft);
    private final WizardModel wizard;
    private final BooleanProperty editing = new SimpleBooleanProperty(false);
    private final DraftFiles files;
    private final Dialogs dialogs;
    private final ObservableList<Starter> starters;
    private final RecentDrafts recent;
    private final RecoveryCopies recovery;
    private final Jobs jobs;
    private final ExportModel export;
    private final CompareModel compare;
    private final ClausesModel clauses;
    private final WordImportModel wordImport;
    private final UserTemplates templates;
    /** What the draft's file holds besides the agreement, written back on save. */
    private Object carried;

    public AppModel(DraftFiles files, RecoveryCopies recovery, Dialogs dialogs, List<Starter> starters, RecentDrafts recent,
                    DraftReview reviewer) {
        this(files, recovery, dialogs, starters, recent, reviewer, Jobs.background());
    }

    /** @param jobs where slow work (PDF export, recovery copies) runs: {@link Jobs#inline()} in tests of the model */
    public AppModel(DraftFiles files, RecoveryCopies recovery, Dialogs dialogs, List<Starter> starters, RecentDrafts recent,
                    DraftReview reviewer, Jobs jobs) {
        this(files, recovery, dialogs, starters, recent, reviewer, jobs, SystemPrinter.standard());
    }

    /** @param printer where "Print…" hands the agreement's PDF: the system's printing, or a test's stand-in */
    public AppModel(DraftFiles files, RecoveryCopies recovery, Dialogs dialogs, List<Starter> starters, RecentDrafts recent,
                    DraftReview reviewer, Jobs jobs, Printer printer) {
        this.files = files;
        this.recovery = recovery;
        this.jobs = jobs;
        this.dialogs = dialogs;
        this.starters = FXCollections.observableArrayList(starters);
        this.recent = recent;
        templates = new UserTemplates(files, dialogs, this.starters);
        wizard = new WizardModel(draft, List.of(overview, parties, services, windows, credits, metrics, review), reviewer);
        export = new ExportModel(this::currentDraft, () -> besideDraft(".pdf"), reviewer, dialogs, jobs, printer);
        compare = new CompareModel(wizard, files, dialogs, jobs, this::draftFolder);
        clauses = new ClausesModel(wizard, ClauseLibrary.builtIn(), dialogs);
        wordImport = new WordImportModel(this::currentDraft, draft, compare, dialogs, jobs, this::draftFolder);
        wordImport.showing().addListener((o, was, is) -> {
            if (is) {
                compare.close();
                clauses.close();
            }
        });
        draft.starts().addListener((o, was, is) -> export.forgetOutcome());
        Bindings.bindContent(review.findings(), wizard.findings());
        review.onReveal(f -> {
            if (!clauses.reveal(f.path())) {
                wizard.reveal(f);
            }
        });
    }

    public DraftModel draft() {
        return draft;
    }

    public WizardModel wizard() {
        return wizard;
    }

    public OverviewModel overview() {
        return overview;
    }

    public PartiesModel parties() {
        return parties;
    }

    public ServicesModel services() {
        return services;
    }

    public WindowsModel windows() {
        return windows;
    }

    public CreditsModel credits() {
        return credits;
    }

    public MetricsModel metrics() {
        return metrics;
    }

    public ReviewModel review() {
        return review;
    }

    /** True while a draft is open in the wizard, false on the start screen. */
    public BooleanProperty editing() {
        return editing;
    }

    public ExportModel export() {
        return export;
    }

    public CompareModel compare() {
        return compare;
    }

    public ClausesModel clauses() {
        return clauses;
    }

    /** "Import Word document…": what the copy the other side returned says, before it is compared with ours. */
    public WordImportModel wordImport() {
        return wordImport;
    }

    /** The questions the app asks, for the views that ask their own (the simulator's CSV export). */
    public Dialogs dialogs() {
        return dialogs;
    }

    /** Blank, the templates, then templates the user saved in this session; the start screen follows changes. */
    public ObservableList<Starter> starters() {
        return starters;
    }

    public Optional<Starter> example() {
        return starters.stream().filter(s -> s.name().equals(EXAMPLE)).findFirst();
    }

    public RecentDrafts recent() {
        return recent;
    }

    public boolean begin(Starter starter) {
        if (!mayDiscard()) {
            return false;
        }
        DraftFiles.Opened opened = starter.draft().get();
        if (opened.agreement() == null) {
            dialogs.showError("Cannot start from " + starter.title(), String.join("\n", opened.problems()));
            return false;
        }
        boolean replaced = replaceWith(opened, null);
        if (starter.name().equals(BLANK)) {
            draft.markSaved(null);
        }
        return replaced;
    }

    public boolean open() {
        if (!mayDiscard()) {
            return false;
        }
        return dialogs.chooseDraftToOpen(draftFolder()).map(this::openFile).orElse(false);
    }

    /** Opens a file; a file with problems opens only if the user agrees, an unreadable one not at all. */
    public boolean open(Path file) {
        return mayDiscard() && openFile(file);
    }

    private boolean openFile(Path file) {
        DraftFiles.Opened opened = files.open(file);
        if (opened.agreement() == null) {
            dialogs.showError("Cannot open " + file.getFileName(), String.join("\n", opened.problems()));
            return false;
        }
        if (!opened.problems().isEmpty() && !dialogs.confirmOpenDespite(file, opened.problems())) {
            return false;
        }
        recent.remember(file);
        return replaceWith(opened, file);
    }

    public boolean save() {
        wizard.commitCurrent();
        Path file = draft.file().get();
        return file == null ? saveAs() : writeTo(file);
    }

    public boolean saveAs() {
        wizard.commitCurrent();
        return dialogs.chooseWhereToSave(besideDraft(EXTENSION)).map(this::writeTo).orElse(false);
    }

    /** Back to the start screen, asking first if there are unsaved changes. */
    public boolean close() {
        if (!mayDiscard()) {
            return false;
        }
        editing.set(false);
        closePanels();
        carried = null;
        draft.start(Agreement.blank(), null);
        wizard.restart();
        return true;
    }

    /** Whether the draft on screen may go: it is saved, the user saved it now, or chose to discard it. */
    public boolean mayDiscard() {
        if (!editing.get()) {
            return true;
        }
        Optional<String> unusable = wizard.unusableTyping();
        if (unusable.isPresent()) {
            dialogs.showError("A field holds text that cannot be used", unusable.get()
                    + "\n\nCorrect it, or press Ctrl+Z to put back the value it had, and then try again.");
            return false;
        }
        if (!draft.dirty().get()) {
            return true;
        }
        return switch (dialogs.askAboutUnsavedChanges(displayName())) {
            case SAVE -> save();
            case DISCARD -> forgetCopy(draft.file().get());
            case CANCEL -> false;
        };
    }

    /** Keeps a recovery copy of unsaved changes, written off the UI thread; the window calls this every few seconds. */
    public void autosave() {
        if (!editing.get() || !draft.dirty().get()) {
            return;
        }
        Path file = draft.file().get();
        Agreement agreement = draft.agreement();
        Object carriedNow = carried;
        jobs.inTurn(() -> {
            try {
                recovery.keep(file, agreement, carriedNow);
            } catch (IOException e) {
                // A copy that cannot be written must not interrupt the user; the next attempt may succeed.
            }
        });
    }

    /**
     * Offers back the most recent draft an earlier session left unsaved: restored, it opens with its changes
     * unsaved; declined, its copy goes. Called once at start-up.
     */
    public boolean offerRecovery() {
        List<RecoveryCopies.Pending> pending;
        try {
            pending = recovery.pending();
        } catch (IOException e) {
            return false;
        }
        for (RecoveryCopies.Pending p : pending) {
            if (!dialogs.confirmRestore(p.name(), p.savedAt())) {
                discard(p);
                continue;
            }
            DraftFiles.Opened opened = p.open().get();
            if (opened.agreement() == null) {
                dialogs.showError("Cannot restore " + p.name(), String.join("\n", opened.problems()));
                discard(p);
                continue;
            }
            carried = opened.carried();
            Agreement saved = p.original() == null ? Agreement.blank() : savedVersion(p.original());
            draft.start(saved, p.original());
            draft.commit(opened.agreement());
            wizard.restart();
            editing.set(true);
            return true;
        }
        return false;
    }

    public String displayName() {
        Path file = draft.file().get();
        return file == null ? "Untitled draft" : file.getFileName().toString();
    }

    private boolean replaceWith(DraftFiles.Opened opened, Path file) {
        closePanels();
        carried = opened.carried();
        draft.start(opened.agreement(), file);
        wizard.restart();
        editing.set(true);
        return true;
    }

    private boolean writeTo(Path chosen) {
        Path file = chosen.getFileName().toString().endsWith(EXTENSION) ? chosen
                : chosen.resolveSibling(chosen.getFileName() + EXTENSION);
        try {
            files.save(file, draft.agreement(), carried);
        } catch (IOException | RuntimeException e) {
            dialogs.showError("Could not save " + file.getFileName(), "The draft was not saved to " + file
                    + " (" + e.getMessage() + "). Nothing was lost: choose another folder with Save As.");
            return false;
        }
        Path before = draft.file().get();
        draft.markSaved(file);
        recent.remember(file);
        forgetCopy(before);
        return true;
    }

    /** What the file holds now, so that a restored draft shows as changed against it and undo goes back to it. */
    private Agreement savedVersion(Path file) {
        DraftFiles.Opened onDisk = files.open(file);
        return onDisk.agreement() == null ? Agreement.blank() : onDisk.agreement();
    }

    private static void discard(RecoveryCopies.Pending p) {
        try {
            p.discard().run();
        } catch (IOException e) {
            // Offered again next time; nothing is lost.
        }
    }

    /** Waits for the copy being written, if any, so that none outlives the save or the close. */
    private boolean forgetCopy(Path file) {
        Future<?> discarded = jobs.inTurn(() -> {
            try {
                recovery.discard(file);
            } catch (IOException e) {
                // A stale copy is offered back at the next start, where the user can discard it.
            }
        });
        try {
            discarded.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // As above: offered back at the next start.
        }
        return true;
    }

    /** Where file dialogs start: the folder of the draft's file, else the user's documents folder. */
    public Path draftFolder() {
        Path file = draft.file().get();
        Path folder = file == null ? null : file.toAbsolutePath().getParent();
        return folder != null && Files.isDirectory(folder) ? folder : UserFolders.documents();
    }

    /**
     * What a save or export dialog proposes: "hosting.pdf" beside hosting.sla.json, or, for a draft never saved,
     * "managed-cloud-hosting.pdf" from the title in the documents folder.
     */
    private Path besideDraft(String extension) {
        Path file = draft.file().get();
        String name = file == null ? fileStem(draft.agreement())
                : file.getFileName().toString().replaceFirst("(?i)(\\.sla)?\\.json$", "");
        return draftFolder().resolve(name + extension);
    }

    /** "managed-cloud-hosting" from the title "Managed Cloud Hosting"; "agreement" for an untitled one. */
    public static String fileStem(Agreement agreement) {
        String title = agreement.overview() == null ? "" : agreement.overview().title();
        return slug(title, "agreement");
    }

    static String slug(String text, String fallback) {
        String slug = text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? fallback : slug;
    }

    /** The draft as the store writes it: the agreement on screen, with what its file carried besides. */
    private Draft currentDraft() {
        wizard.commitCurrent();
        return carried instanceof Draft d ? d.withAgreement(draft.agreement()) : Draft.of(draft.agreement());
    }

    private void closePanels() {
        compare.close();
        clauses.close();
        wordImport.close();
    }

    /**
     * "Save as template…": the draft, with the title and description asked for, written into {@code folder} (the
     * user templates folder) where the template catalogue finds it; the start screen lists it at once.
     */
    public boolean saveAsTemplate(Path folder) {
        wizard.commitCurrent();
        return templates.save(draft.agreement(), folder);
    }
}
