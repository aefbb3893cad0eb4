package org.slastudio.ui;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The questions the app asks the user, behind an interface so that view models never open windows. */
public interface Dialogs {
    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

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

    /** The review found errors; true when the user wants to export anyway. */
    boolean confirmExportDespite(List<String> errors);

    /** Another draft to compare ours with, e.g. the file the other side sent back. */
    Optional<Path> chooseDraftToCompare(Path folder);

    /** Name, title and description for a new template, starting from {@code suggested}; empty when cancelled. */
    Optional<TemplateDetails> askTemplateDetails(TemplateDetails suggested);
}
