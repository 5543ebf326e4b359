package dev.aegisplanner.app.editor.export;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link ExportDialogs} as a save dialog and an error alert over the editor window. */
public final class WindowExportDialogs implements ExportDialogs {

    private final Window owner;

    public WindowExportDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseTarget(ExportTarget target, Path folder, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + target.description());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                target.description() + " (*." + target.extension() + ")", "*." + target.extension()));
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public void showFailed(String what, String reason) {
        Alert alert = new Alert(Alert.AlertType.ERROR, reason + "\n\nNo file was changed.", ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("Export failed");
        alert.setHeaderText("Could not " + what);
        alert.getDialogPane().setId("export-failed-dialog");
        alert.showAndWait();
    }
}
