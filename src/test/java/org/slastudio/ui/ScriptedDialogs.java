package org.slastudio.ui;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Dialogs that answer as a test says, and remember what was asked. */
public final class ScriptedDialogs implements Dialogs {
    Path fileToOpen;
    Path fileToSaveTo;
    public UnsavedChoice unsavedAnswer = UnsavedChoice.CANCEL;
    boolean openDespiteProblems;
    boolean restore;
    Path pdfToSaveTo;
    boolean exportDespiteErrors;
    Path fileToCompare;
    TemplateDetails templateDetails;
    public final List<String> asked = new ArrayList<>();

    /** The errors shown, each as "error title: message". */
    public List<String> errorsShown() {
        return asked.stream().filter(a -> a.startsWith("error ")).toList();
    }

    @Override
    public Optional<Path> chooseDraftToOpen() {
        asked.add("open");
        return Optional.ofNullable(fileToOpen);
    }

    @Override
    public Optional<Path> chooseWhereToSave(String suggestedName) {
        asked.add("save as " + suggestedName);
        return Optional.ofNullable(fileToSaveTo);
    }

    @Override
    public UnsavedChoice askAboutUnsavedChanges(String draftName) {
        asked.add("unsaved " + draftName);
        return unsavedAnswer;
    }

    @Override
    public boolean confirmOpenDespite(Path file, List<String> problems) {
        asked.add("problems " + String.join("; ", problems));
        return openDespiteProblems;
    }

    @Override
    public void showError(String title, String message) {
        asked.add("error " + title + ": " + message);
    }

    @Override
    public boolean confirmRestore(String draftName, Instant savedAt) {
        asked.add("restore " + draftName);
        return restore;
    }

    @Override
    public Optional<Path> choosePdfToSave(String suggestedName) {
        asked.add("pdf " + suggestedName);
        return Optional.ofNullable(pdfToSaveTo);
    }

    @Override
    public boolean confirmExportDespite(List<String> errors) {
        asked.add("export despite " + String.join("; ", errors));
        return exportDespiteErrors;
    }

    @Override
    public Optional<Path> chooseDraftToCompare() {
        asked.add("compare");
        return Optional.ofNullable(fileToCompare);
    }

    @Override
    public Optional<TemplateDetails> askTemplateDetails(TemplateDetails suggested) {
        asked.add("template " + suggested);
        return Optional.ofNullable(templateDetails);
    }
}
