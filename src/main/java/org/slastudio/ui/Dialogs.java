package org.slastudio.ui;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The questions the app asks the user, behind an interface so that view models never open windows. */
public interface Dialogs {
    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    Optional<Path> chooseDraftToOpen();

    Optional<Path> chooseWhereToSave(String suggestedName);

    UnsavedChoice askAboutUnsavedChanges(String draftName);

    /** Problems found in a file that could still be opened; true when the user wants to open it anyway. */
    boolean confirmOpenDespite(Path file, List<String> problems);

    void showError(String title, String message);

    /** After a crash: whether to restore the unsaved changes of {@code draftName}, last kept at {@code savedAt}. */
    boolean confirmRestore(String draftName, Instant savedAt);
}
