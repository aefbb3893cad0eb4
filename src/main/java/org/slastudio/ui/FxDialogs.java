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
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export as PDF");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF documents (*.pdf)", "*.pdf"));
        startIn(chooser, suggested.getParent());
        chooser.setInitialFileName(suggested.getFileName().toString());
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
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
