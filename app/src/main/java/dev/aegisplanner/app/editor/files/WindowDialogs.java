package dev.aegisplanner.app.editor.files;

import dev.aegisplanner.app.editor.theme.Styles;
import dev.aegisplanner.model.validation.Problem;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The file commands' questions, asked with the window's own dialogs. */
public final class WindowDialogs implements FileDialogs {

    private static final FileChooser.ExtensionFilter TOPOLOGIES =
            new FileChooser.ExtensionFilter("Aegis topologies (*.json)", "*.json");
    private final Window owner;

    public WindowDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseFileToOpen(Path folder) {
        FileChooser chooser = chooser("Open topology", folder);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(Path folder, String suggestedName) {
        FileChooser chooser = chooser("Save topology as", folder);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public DiscardChoice confirmDiscard(String documentName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, "Save changes to " + documentName + "?",
                "Your changes will be lost if you don't save them.", save, discard, ButtonType.CANCEL);
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        return answer == save ? DiscardChoice.SAVE : answer == discard ? DiscardChoice.DISCARD : DiscardChoice.CANCEL;
    }

    @Override
    public OverwriteChoice confirmOverwritePartlyRead(Path file) {
        ButtonType overwrite = new ButtonType("Overwrite", ButtonBar.ButtonData.YES);
        ButtonType elsewhere = new ButtonType("Save As...", ButtonBar.ButtonData.NO);
        Alert alert = alert(Alert.AlertType.WARNING, "Overwrite " + file.getFileName() + "?",
                "When it was opened, parts of this file could not be read (see the errors in Problems). Saving over "
                        + "it writes only what the editor holds, and those parts are lost.", overwrite, elsewhere,
                ButtonType.CANCEL);
        alert.getDialogPane().setId("partly-read-dialog");
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        return answer == overwrite ? OverwriteChoice.OVERWRITE
                : answer == elsewhere ? OverwriteChoice.SAVE_ELSEWHERE : OverwriteChoice.CANCEL;
    }

    @Override
    public void showUnreadable(Path file, List<Problem> problems) {
        Alert alert = alert(Alert.AlertType.ERROR, "Cannot open " + file.getFileName(),
                "The file is not a topology the editor can read. The open document is unchanged.", ButtonType.OK);
        alert.getDialogPane().setId("unreadable-dialog");
        ListView<Problem> list = new ListView<>();
        list.setId("unreadable-problems");
        list.getItems().setAll(problems);
        list.setPrefSize(640, Math.min(360, 60 + problems.size() * 44));
        list.setCellFactory(view -> new ProblemCell());
        Label explanation = new Label("The file is not a topology the editor can read. The open document is unchanged.");
        explanation.setWrapText(true);
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        Label count = new Label(problems.size() == 1 ? "1 problem:" : problems.size() + " problems:");
        count.getStyleClass().add(Styles.SECTION_TITLE);
        VBox content = new VBox(explanation, count, list);
        content.getStyleClass().add(Styles.DIALOG_CONTENT);
        alert.getDialogPane().setContent(content);
        alert.showAndWait();
    }

    @Override
    public void showSaveFailed(Path file, String reason) {
        Alert alert = alert(Alert.AlertType.ERROR, "Could not save " + file.getFileName(), reason
                + "\n\nThe file on disk is unchanged and your changes are still open: try Save As.", ButtonType.OK);
        alert.getDialogPane().setId("save-failed-dialog");
        alert.showAndWait();
    }

    @Override
    public boolean confirmSaveWithoutUnreadParts(Path readFrom, Path target) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        Alert alert = alert(Alert.AlertType.WARNING, "Save " + target.getFileName() + " without what could not be read?",
                "When " + readFrom.getFileName() + " was opened, parts of it could not be read (see the errors in"
                        + " Problems). The new file holds only what the editor holds; " + readFrom.getFileName()
                        + " keeps those parts.", save, ButtonType.CANCEL);
        alert.getDialogPane().setId("save-partly-read-dialog");
        return alert.showAndWait().orElse(ButtonType.CANCEL) == save;
    }

    @Override
    public Optional<RecoveryStore.Recovery> offerRecovery(List<RecoveryStore.Recovery> copies,
                                                          Consumer<RecoveryStore.Recovery> discard) {
        return RecoveryDialog.show(owner, copies, discard);
    }

    private FileChooser chooser(String title, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(TOPOLOGIES);
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }

    private Alert alert(Alert.AlertType type, String header, String content, ButtonType... buttons) {
        Alert alert = new Alert(type, content, buttons);
        alert.initOwner(owner);
        alert.setTitle("Aegis Planner");
        alert.setHeaderText(header);
        alert.getDialogPane().getStyleClass().add(Styles.DIALOG);
        alert.getDialogPane().setMinWidth(520);
        return alert;
    }

    private static final class ProblemCell extends ListCell<Problem> {
        private final Label position = new Label();
        private final Label message = new Label();
        private final HBox row = new HBox(position, message);

        ProblemCell() {
            // A cell that asks for no width is given the list's: long messages wrap instead of scrolling sideways.
            setPrefWidth(0);
            position.getStyleClass().add(Styles.POSITION);
            position.setMinWidth(Region.USE_PREF_SIZE);
            message.setWrapText(true);
            HBox.setHgrow(message, Priority.ALWAYS);
            row.getStyleClass().add(Styles.LIST_ROW);
        }

        @Override
        protected void updateItem(Problem problem, boolean empty) {
            super.updateItem(problem, empty);
            if (empty || problem == null) {
                setGraphic(null);
                return;
            }
            position.setText(problem.hasPosition() ? problem.line() + ":" + problem.column() : "");
            message.setText(problem.message());
            setGraphic(row);
        }
    }
}
