package org.slastudio.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/** The real dialogs, owned by the main window. */
public final class FxDialogs implements Dialogs {
    private static final FileChooser.ExtensionFilter WORD = new FileChooser.ExtensionFilter("Word documents (*.docx)", "*.docx");
    private final Window owner;

    public FxDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseDraftToOpen(Path folder) {
        FileChooser chooser = chooser("Open a draft", folder);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseWhereToSave(Path suggested) {
        FileChooser chooser = chooser("Save the draft", suggested.getParent());
        chooser.setInitialFileName(suggested.getFileName().toString());
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public UnsavedChoice askAboutUnsavedChanges(String draftName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Your changes will be lost if you don't save them.",
                save, discard, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save the changes to " + draftName + "?");
        alert.getDialogPane().setId("dialog-unsaved");
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        return answer == save ? UnsavedChoice.SAVE : answer == discard ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }

    @Override
    public boolean confirmOpenDespite(Path file, List<String> problems) {
        ButtonType open = new ButtonType("Open anyway", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.WARNING, null, open, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Problems in " + file.getFileName());
        alert.setHeaderText(file.getFileName() + " has problems; the parts listed were left out.");
        TextArea details = new TextArea(String.join("\n", problems));
        details.setEditable(false);
        details.setWrapText(true);
        alert.getDialogPane().setContent(details);
        return alert.showAndWait().orElse(ButtonType.CANCEL) == open;
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.showAndWait();
    }

    @Override
    public boolean confirmRestore(String draftName, Instant savedAt) {
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        String when = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm")
                .format(savedAt.atZone(ZoneId.systemDefault()));
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                "SLA Studio stopped before " + draftName + " was saved. The changes kept at " + when
                        + " can be restored; you then save them as usual.", restore, discard);
        alert.initOwner(owner);
        alert.setTitle("Restore unsaved changes");
        alert.setHeaderText("Restore the unsaved changes to " + draftName + "?");
        return alert.showAndWait().orElse(discard) == restore;
    }

    @Override
    public Optional<Path> choosePdfToSave(Path suggested) {
        return savePdf("Export as PDF", suggested);
    }

    @Override
    public Optional<Path> chooseWordToSave(Path suggested) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export as a Word document");
        chooser.getExtensionFilters().add(WORD);
        startIn(chooser, suggested.getParent());
        chooser.setInitialFileName(suggested.getFileName().toString());
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseWordToImport(Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import the Word document the other side returned");
        chooser.getExtensionFilters().add(WORD);
        startIn(chooser, folder);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseRecordsToOpen(Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Load the services' records");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(
                "Monitoring records (*.csv, *.json)", "*.csv", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        startIn(chooser, folder);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public boolean confirmExportDespite(List<String> errors) {
        ButtonType export = new ButtonType("Export anyway", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.WARNING, null, export, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("The draft has errors");
        alert.setHeaderText("The review found " + errors.size() + (errors.size() == 1 ? " error" : " errors")
                + ". Fix them first, or export anyway.");
        TextArea details = new TextArea(String.join("\n", errors));
        details.setEditable(false);
        details.setWrapText(true);
        alert.getDialogPane().setContent(details);
        alert.getDialogPane().setId("dialog-export-errors");
        return alert.showAndWait().orElse(ButtonType.CANCEL) == export;
    }

    @Override
    public Optional<Path> chooseDraftToCompare(Path folder) {
        FileChooser chooser = chooser("Compare with another draft", folder);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<TemplateDetails> askTemplateDetails(TemplateDetails suggested) {
        Dialog<TemplateDetails> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Save as template");
        dialog.setHeaderText("The template is listed on the start screen with this title and description.");
        TextField name = new TextField(suggested.name());
        name.setId("template-name");
        TextField title = new TextField(suggested.title());
        title.setId("template-title");
        TextField description = new TextField(suggested.description());
        description.setId("template-description");
        description.setPrefColumnCount(36);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("File name"), name);
        grid.addRow(1, new Label("Title"), title);
        grid.addRow(2, new Label("Description"), description);
        ButtonType save = new ButtonType("Save template", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setId("dialog-template");
        dialog.setResultConverter(b -> b == save ? new TemplateDetails(name.getText(), title.getText(), description.getText()) : null);
        return dialog.showAndWait();
    }

    @Override
    public Optional<Path> chooseMemoToSave(Path suggested) {
        return savePdf("Export the options memo", suggested);
    }

    @Override
    public Optional<MemoRequest> askMemoDetails(MemoRequest suggested) {
        Dialog<MemoRequest> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Options memo");
        dialog.setHeaderText("The memo sets every credit-bearing level of every service to each level in turn and "
                + "compares the options side by side. Our positions are never printed.");
        TextField levels = field("memo-levels", suggested.levels(), "Two to four levels, in percent, separated by commas");
        TextField title = field("memo-title", suggested.title(), "The memo's title; blank for one made from the agreement's");
        TextField preparedFor = field("memo-prepared-for", suggested.preparedFor(), "Whom the memo is for");
        TextField preparedBy = field("memo-prepared-by", suggested.preparedBy(), "Who wrote the memo");
        TextArea recommendation = new TextArea(suggested.recommendation());
        recommendation.setId("memo-recommendation");
        recommendation.setAccessibleText("The recommendation paragraph; blank until there is one");
        recommendation.setWrapText(true);
        recommendation.setPrefRowCount(4);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, label("Levels (2 to 4, %)", levels), levels);
        grid.addRow(1, label("Title", title), title);
        grid.addRow(2, label("Prepared for", preparedFor), preparedFor);
        grid.addRow(3, label("Prepared by", preparedBy), preparedBy);
        grid.addRow(4, label("Recommendation", recommendation), recommendation);
        ButtonType write = new ButtonType("Choose where to save…", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(write, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setId("dialog-memo");
        dialog.setResultConverter(b -> b == write ? new MemoRequest(levels.getText(), title.getText(),
                preparedFor.getText(), preparedBy.getText(), recommendation.getText()) : null);
        return dialog.showAndWait();
    }

    @Override
    public Optional<Path> chooseCsvToSave(Path suggested) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the table as CSV");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files (*.csv)", "*.csv"));
        startIn(chooser, suggested.getParent());
        chooser.setInitialFileName(suggested.getFileName().toString());
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public OverlapChoice askAboutOverlap(String heading, List<String> overlaps) {
        ButtonType anyway = new ButtonType("Insert anyway", ButtonBar.ButtonData.OTHER);
        ButtonType replace = new ButtonType("Replace", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.WARNING, null, anyway, replace, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("A clause on the same subject");
        alert.setHeaderText("\"" + heading + "\" covers what the draft already says in:");
        TextArea details = new TextArea(String.join("\n", overlaps)
                + "\n\nReplace puts the library clause in their place; Insert anyway keeps both.");
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(5);
        alert.getDialogPane().setContent(details);
        alert.getDialogPane().setId("dialog-clause-overlap");
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        return answer == anyway ? OverlapChoice.INSERT_ANYWAY : answer == replace ? OverlapChoice.REPLACE : OverlapChoice.CANCEL;
    }

    @Override
    public void showInformation(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.showAndWait();
    }

    private static TextField field(String id, String text, String accessible) {
        TextField field = new TextField(text);
        field.setId(id);
        field.setAccessibleText(accessible);
        field.setPrefColumnCount(36);
        return field;
    }

    private static Label label(String text, javafx.scene.Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        return label;
    }

    private Optional<Path> savePdf(String title, Path suggested) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF documents (*.pdf)", "*.pdf"));
        startIn(chooser, suggested.getParent());
        chooser.setInitialFileName(suggested.getFileName().toString());
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    private static FileChooser chooser(String title, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("SLA drafts (*.sla.json)", "*.sla.json"));
        startIn(chooser, folder);
        return chooser;
    }

    /** A folder that has gone since (a removed USB stick) would make the dialog fail to open. */
    private static void startIn(FileChooser chooser, Path folder) {
        if (folder != null && java.nio.file.Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
    }
}
