package dev.aegisplanner.app.editor.files;

import dev.aegisplanner.app.editor.theme.Styles;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Unsaved work earlier runs left: one row per copy, newest first, each with Recover and Discard. Recover brings
 * one back and closes the dialog; Discard removes one copy for good; Later, or closing the dialog any other
 * way, keeps every copy still listed for the next start.
 */
final class RecoveryDialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM);

    private RecoveryDialog() {
    }

    static Optional<RecoveryStore.Recovery> show(Window owner, List<RecoveryStore.Recovery> copies,
                                                 Consumer<RecoveryStore.Recovery> discard) {
        Dialog<RecoveryStore.Recovery> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Aegis Planner");
        dialog.setHeaderText(copies.isEmpty() ? "No unsaved changes to recover"
                : copies.size() == 1 ? "Recover unsaved changes to " + copies.get(0).documentName() + "?"
                : "Recover unsaved changes? " + copies.size() + " documents have some");
        dialog.getDialogPane().setId("recovery-dialog");
        dialog.getDialogPane().getStyleClass().add(Styles.DIALOG);
        dialog.getDialogPane().setMinWidth(560);
        ButtonType later = new ButtonType(copies.isEmpty() ? "Close" : "Later", ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().add(later);
        ListView<RecoveryStore.Recovery> list = new ListView<>();
        list.setId("recovery-copies");
        list.getItems().setAll(copies);
        list.setPrefSize(560, Math.min(360, 24 + copies.size() * 72));
        list.setCellFactory(view -> new CopyCell(copy -> {
            dialog.setResult(copy);
            dialog.close();
        }, copy -> {
            discard.accept(copy);
            list.getItems().remove(copy);
            if (list.getItems().isEmpty()) {
                dialog.close();
            }
        }));
        Label explanation = new Label(copies.isEmpty() ? "Every change was saved or knowingly given up."
                : "The editor kept these changes, which were never saved. Recovering opens them as one change you"
                        + " can undo. Later keeps them for the next start.");
        explanation.setWrapText(true);
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        VBox content = new VBox(explanation);
        if (!copies.isEmpty()) {
            content.getChildren().add(list);
        }
        content.getStyleClass().add(Styles.DIALOG_CONTENT);
        dialog.getDialogPane().setContent(content);
        dialog.setResultConverter(button -> null);
        return dialog.showAndWait();
    }

    private static final class CopyCell extends ListCell<RecoveryStore.Recovery> {
        private final Label name = new Label();
        private final Label folder = new Label();
        private final Label when = new Label();
        private final Button recover = new Button("Recover");
        private final Button discard = new Button("Discard");
        private final HBox row;

        CopyCell(Consumer<RecoveryStore.Recovery> onRecover, Consumer<RecoveryStore.Recovery> onDiscard) {
            setPrefWidth(0);
            name.getStyleClass().add(Styles.ROW_TITLE);
            folder.getStyleClass().add(Styles.DETAIL);
            // A long folder keeps its end, which tells folders apart.
            folder.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
            when.getStyleClass().add(Styles.DETAIL);
            VBox text = new VBox(name, folder, when);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            recover.setDefaultButton(false);
            recover.setOnAction(e -> onRecover.accept(getItem()));
            discard.setOnAction(e -> onDiscard.accept(getItem()));
            recover.setMinWidth(Region.USE_PREF_SIZE);
            discard.setMinWidth(Region.USE_PREF_SIZE);
            row = new HBox(text, recover, discard);
            row.getStyleClass().add(Styles.LIST_ROW);
        }

        @Override
        protected void updateItem(RecoveryStore.Recovery copy, boolean empty) {
            super.updateItem(copy, empty);
            if (empty || copy == null) {
                setGraphic(null);
                return;
            }
            name.setText(copy.documentName());
            folder.setText(copy.document() == null ? "never saved" : "in " + copy.document().getParent());
            when.setText("changes kept " + WHEN.format(copy.savedAt().atZone(ZoneId.systemDefault())));
            recover.setId("recover-" + getIndex());
            discard.setId("discard-" + getIndex());
            setGraphic(row);
        }
    }
}
