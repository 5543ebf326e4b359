package dev.aegisplanner.app.editor.trace;

import dev.aegisplanner.app.editor.problems.ProblemRow;
import dev.aegisplanner.app.editor.theme.Icons;
import dev.aegisplanner.app.editor.theme.Styles;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/**
 * Where the trace would be while errors block the engine: what to do, and the errors, each going to its
 * element on a click, as in the Problems panel. Fixing the last one brings the trace back by itself.
 */
final class TraceBlockersView extends VBox {

    TraceBlockersView(TracePanelModel model, Consumer<ProblemRow> activate) {
        setId("trace-blockers");
        Label title = new Label(null, Icons.of(MaterialDesignA.ALERT_CIRCLE_OUTLINE, Styles.ERROR));
        title.setId("trace-blockers-title");
        title.getStyleClass().add(Styles.TRACE_MESSAGE);
        title.textProperty().bind(model.blockersTitleProperty());
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        ListView<ProblemRow> list = new ListView<>();
        list.setId("trace-blockers-list");
        list.setCellFactory(view -> new BlockerCell(activate));
        list.getItems().setAll(model.blockersProperty().get());
        model.blockersProperty().addListener((obs, old, now) -> list.getItems().setAll(now));
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(title, list);
    }

    private static final class BlockerCell extends ListCell<ProblemRow> {
        private final Label where = new Label();
        private final Label message = new Label();
        private final VBox text = new VBox(where, message);
        private final HBox row = new HBox(Icons.of(MaterialDesignA.ALERT_CIRCLE, Styles.ERROR), text);

        BlockerCell(Consumer<ProblemRow> activate) {
            // A cell that asks for no width is given the list's: long messages wrap instead of scrolling sideways.
            setPrefWidth(0);
            where.getStyleClass().add(Styles.ROW_TITLE);
            message.setWrapText(true);
            message.setMinHeight(Region.USE_PREF_SIZE);
            message.getStyleClass().add(Styles.DETAIL);
            // The message wraps under what it is about, so a narrow column shows all of it.
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            row.getStyleClass().add(Styles.LIST_ROW);
            setOnMouseClicked(event -> {
                if (!isEmpty()) {
                    activate.accept(getItem());
                }
            });
        }

        @Override
        protected void updateItem(ProblemRow problem, boolean empty) {
            super.updateItem(problem, empty);
            if (empty || problem == null) {
                setGraphic(null);
                return;
            }
            where.setText(problem.where());
            message.setText(problem.message());
            setGraphic(row);
        }
    }
}
