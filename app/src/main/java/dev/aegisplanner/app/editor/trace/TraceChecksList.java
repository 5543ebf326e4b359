package dev.aegisplanner.app.editor.trace;

import dev.aegisplanner.app.editor.theme.Icons;
import dev.aegisplanner.app.editor.theme.Styles;
import dev.aegisplanner.model.engine.Check;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The cascade's checks as they light up: passed or failed, and the engine's reason, the newest marked and
 * kept in view.
 */
final class TraceChecksList extends ListView<Check> {

    TraceChecksList(TracePanelModel model) {
        super(model.checks());
        setId("trace-checks");
        getStyleClass().add(Styles.TRACE_CHECKS);
        setFocusTraversable(false);
        Label empty = new Label("The checks light up when the packet reaches the egress router.");
        empty.getStyleClass().add(Styles.PLACEHOLDER);
        empty.setWrapText(true);
        setPlaceholder(empty);
        setCellFactory(list -> new CheckCell(this));
        // The newest check is the one deciding so far: keep it in view once the list has laid its cells out
        // (their heights vary with the reasons' lengths, so scrolling before that misses it).
        model.checks().addListener((ListChangeListener<Check>) change -> Platform.runLater(() -> {
            if (!getItems().isEmpty()) {
                scrollTo(getItems().size() - 1);
            }
        }));
    }

    /** Icon, name and reason; the reason wraps to the list's width. */
    private static final class CheckCell extends ListCell<Check> {
        private final Label name = new Label();
        private final Label reason = new Label();
        private final VBox text = new VBox(name, reason);
        private final HBox row = new HBox();

        CheckCell(ListView<Check> list) {
            name.getStyleClass().add(Styles.CHECK_NAME);
            reason.getStyleClass().add(Styles.CHECK_REASON);
            reason.setWrapText(true);
            HBox.setHgrow(text, Priority.ALWAYS);
            row.getStyleClass().add(Styles.CHECK_ROW);
            // A wrapping label in a list cell needs a width to wrap at and room to grow downwards.
            reason.prefWidthProperty().bind(list.widthProperty().subtract(56));
            reason.setMinHeight(Region.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(Check check, boolean empty) {
            super.updateItem(check, empty);
            if (empty || check == null) {
                setGraphic(null);
                pseudoClassStateChanged(Styles.LATEST, false);
                return;
            }
            name.setText(check.name());
            reason.setText(check.reason());
            row.getChildren().setAll(check.passed() ? Icons.of(MaterialDesignC.CHECK_CIRCLE, Styles.SUCCESS)
                    : Icons.of(MaterialDesignC.CLOSE_CIRCLE, Styles.ERROR), text);
            setGraphic(row);
            pseudoClassStateChanged(Styles.LATEST, getIndex() == getListView().getItems().size() - 1);
        }
    }
}
