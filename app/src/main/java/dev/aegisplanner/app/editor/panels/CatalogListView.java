package dev.aegisplanner.app.editor.panels;

import dev.aegisplanner.app.editor.theme.Styles;
import java.util.Objects;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** A side panel listing one catalog, with add and remove; a click opens the entry in the property sheet. */
public final class CatalogListView<T> extends VBox {

    /** @param focusFields puts the keyboard in the property sheet's first field (a new entry is edited at once) */
    public CatalogListView(CatalogListViewModel<T> model, String hint, String idPrefix, Runnable focusFields) {
        getStyleClass().add(Styles.SIDE_PANEL);
        ListView<CatalogListViewModel.Row<T>> list = new ListView<>(model.rows());
        list.setId(idPrefix + "-list");
        Label empty = new Label("No " + model.noun() + "s yet. Add one with +.");
        empty.getStyleClass().add(Styles.PLACEHOLDER);
        list.setPlaceholder(empty);
        list.setCellFactory(view -> new RowCell<>());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null && !Objects.equals(model.selectedIdProperty().get(), row.title())) {
                model.edit(row.entry());
            }
        });
        model.selectedIdProperty().addListener((obs, old, id) -> {
            if (id == null) {
                list.getSelectionModel().clearSelection();
            } else {
                model.rows().stream().filter(r -> r.title().equals(id)).findFirst().ifPresent(r -> {
                    list.getSelectionModel().select(r);
                    list.scrollTo(r);
                });
            }
        });
        list.setOnKeyPressed(event -> {
            var row = list.getSelectionModel().getSelectedItem();
            if (row != null && (event.getCode() == KeyCode.DELETE || event.getCode() == KeyCode.BACK_SPACE)) {
                model.remove(row.entry());
                event.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        Button add = PanelButtons.add("Add a " + model.noun(), () -> {
            if (model.add()) {
                focusFields.run();
            }
        });
        add.setId("add-" + idPrefix);
        Button remove = PanelButtons.remove("Delete the selected " + model.noun(),
                () -> {
                    var row = list.getSelectionModel().getSelectedItem();
                    if (row != null) {
                        model.remove(row.entry());
                    }
                });
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        getChildren().addAll(PanelButtons.header(hint, add, remove), list);
    }

    private static final class RowCell<T> extends ListCell<CatalogListViewModel.Row<T>> {
        private final Label title = new Label();
        private final Label detail = new Label();
        private final VBox box = new VBox(title, detail);

        RowCell() {
            title.getStyleClass().add(Styles.ROW_TITLE);
            detail.getStyleClass().add(Styles.DETAIL);
            box.getStyleClass().add(Styles.LIST_ROW);
        }

        @Override
        protected void updateItem(CatalogListViewModel.Row<T> row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            title.setText(row.title());
            detail.setText(row.detail());
            setGraphic(box);
        }
    }
}
