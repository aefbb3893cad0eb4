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
    public Path wordToSaveTo;
    public Path wordToImport;
    boolean exportDespiteErrors;
    Path fileToCompare;
    TemplateDetails templateDetails;
    public Path memoToSaveTo;
    /** The memo details to answer with; null keeps what was suggested, as pressing OK at once does. */
    public MemoRequest memoDetails;
    public boolean cancelMemoDetails;
    public Path csvToSaveTo;
    public Path recordsToOpen;
    public OverlapChoice overlapAnswer = OverlapChoice.CANCEL;
    public final List<String> asked = new ArrayList<>();
    /** The folder each dialog started in, or the file it proposed, in order. */
    public final List<Path> proposed = new ArrayList<>();

    /** The errors shown, each as "error title: message". */
    public List<String> errorsShown() {
        return asked.stream().filter(a -> a.startsWith("error ")).toList();
    }

    @Override
    public Optional<Path> chooseDraftToOpen(Path folder) {
        asked.add("open");
        proposed.add(folder);
        return Optional.ofNullable(fileToOpen);
    }

    @Override
    public Optional<Path> chooseWhereToSave(Path suggested) {
        asked.add("save as " + suggested.getFileName());
        proposed.add(suggested);
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
    public Optional<Path> choosePdfToSave(Path suggested) {
        asked.add("pdf " + suggested.getFileName());
        proposed.add(suggested);
        return Optional.ofNullable(pdfToSaveTo);
    }

    @Override
    public Optional<Path> chooseWordToSave(Path suggested) {
        asked.add("docx " + suggested.getFileName());
        proposed.add(suggested);
        return Optional.ofNullable(wordToSaveTo);
    }

    @Override
    public Optional<Path> chooseWordToImport(Path folder) {
        asked.add("import docx");
        proposed.add(folder);
        return Optional.ofNullable(wordToImport);
    }

    @Override
    public boolean confirmExportDespite(List<String> errors) {
        asked.add("export despite " + String.join("; ", errors));
        return exportDespiteErrors;
    }

    @Override
    public Optional<Path> chooseDraftToCompare(Path folder) {
        asked.add("compare");
        proposed.add(folder);
        return Optional.ofNullable(fileToCompare);
    }

    @Override
    public Optional<TemplateDetails> askTemplateDetails(TemplateDetails suggested) {
        asked.add("template " + suggested);
        return Optional.ofNullable(templateDetails);
    }

    @Override
    public Optional<Path> chooseMemoToSave(Path suggested) {
        asked.add("memo " + suggested.getFileName());
        proposed.add(suggested);
        return Optional.ofNullable(memoToSaveTo);
    }

    @Override
    public Optional<MemoRequest> askMemoDetails(MemoRequest suggested) {
        asked.add("memo details " + suggested);
        return cancelMemoDetails ? Optional.empty() : Optional.of(memoDetails == null ? suggested : memoDetails);
    }

    @Override
    public Optional<Path> chooseCsvToSave(Path suggested) {
        asked.add("csv " + suggested.getFileName());
        proposed.add(suggested);
        return Optional.ofNullable(csvToSaveTo);
    }

    @Override
    public OverlapChoice askAboutOverlap(String heading, List<String> overlaps) {
        asked.add("overlap " + heading + ": " + String.join("; ", overlaps));
        return overlapAnswer;
    }

    @Override
    public void showInformation(String title, String message) {
        asked.add("information " + title + ": " + message);
    }

    @Override
    public Optional<Path> chooseRecordsToOpen(Path folder) {
        asked.add("records");
        proposed.add(folder);
        return Optional.ofNullable(recordsToOpen);
    }
}
