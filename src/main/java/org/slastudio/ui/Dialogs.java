package org.slastudio.ui;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The questions the app asks the user, behind an interface so that view models never open windows. */
public interface Dialogs {
    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    /** A library clause meets a clause of the draft on the same subject: add it beside, put it in its place, or not at all. */
    enum OverlapChoice { INSERT_ANYWAY, REPLACE, CANCEL }

    /**
     * What an options memo made from the draft says: the levels to compare, as typed (e.g. "99.9, 99.95, 99.99"),
     * and its title, reader, author and recommendation, any of which may be blank.
     */
    record MemoRequest(String levels, String title, String preparedFor, String preparedBy, String recommendation) {
    }

    /** A draft saved as a template: its file name (without extension), and the title and line the start screen shows. */
    record TemplateDetails(String name, String title, String description) {
    }

    Optional<Path> chooseDraftToOpen(Path folder);

    /** @param suggested the folder to start in and the name to propose */
    Optional<Path> chooseWhereToSave(Path suggested);

    UnsavedChoice askAboutUnsavedChanges(String draftName);

    /** Problems found in a file that could still be opened; true when the user wants to open it anyway. */
    boolean confirmOpenDespite(Path file, List<String> problems);

    void showError(String title, String message);

    /** After a crash: whether to restore the unsaved changes of {@code draftName}, last kept at {@code savedAt}. */
    boolean confirmRestore(String draftName, Instant savedAt);

    Optional<Path> choosePdfToSave(Path suggested);

    /** Where to write the agreement as a Word document, starting from {@code suggested}. */
    Optional<Path> chooseWordToSave(Path suggested);

    /** A Word document the other side returned, to be read against the draft it was exported from. */
    Optional<Path> chooseWordToImport(Path folder);

    /** The review found errors; true when the user wants to export anyway. */
    boolean confirmExportDespite(List<String> errors);

    /** Another draft to compare ours with, e.g. the file the other side sent back. */
    Optional<Path> chooseDraftToCompare(Path folder);

    /** Where to write an options memo, starting from {@code suggested}. */
    Optional<Path> chooseMemoToSave(Path suggested);

    /** The options memo's levels and wording, starting from {@code suggested}; empty when cancelled. */
    Optional<MemoRequest> askMemoDetails(MemoRequest suggested);

    /** Where to write a table as CSV, starting from {@code suggested}. */
    Optional<Path> chooseCsvToSave(Path suggested);

    /**
     * The library clause {@code heading} is on the same subject as clauses the draft has already, each described in
     * {@code overlaps} (e.g. "Definition of Downtime: both define \"Downtime\""); what to do.
     */
    OverlapChoice askAboutOverlap(String heading, List<String> overlaps);

    /** A message that needs no decision, e.g. that the PDF was opened for printing. */
    void showInformation(String title, String message);

    /** A file of the service's records (outages, interval error rates or request counts) to measure the term against. */
    Optional<Path> chooseRecordsToOpen(Path folder);

    /** Name, title and description for a new template, starting from {@code suggested}; empty when cancelled. */
    Optional<TemplateDetails> askTemplateDetails(TemplateDetails suggested);
}
