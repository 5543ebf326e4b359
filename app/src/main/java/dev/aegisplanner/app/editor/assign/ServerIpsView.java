package dev.aegisplanner.app.editor.assign;

import dev.aegisplanner.app.editor.theme.Styles;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The selected server's egress-IP checklist; shown only while one server is selected. */
public final class ServerIpsView extends VBox {

    public ServerIpsView(ServerIpsViewModel model) {
        getStyleClass().add(Styles.CHECKLIST_PANEL);
        visibleProperty().bind(model.availableProperty());
        managedProperty().bind(visibleProperty());

        Label title = new Label("Egress IPs");
        title.getStyleClass().add(Styles.SECTION_TITLE);
        Label hint = new Label("Tick an address to assign it to this server.");
        hint.getStyleClass().add(Styles.HINT);

        ListView<IpChoice> list = new ListView<>(model.choices());
        list.setId("server-ips");
        list.getStyleClass().add(Styles.CHECKLIST);
        list.setPrefHeight(180);
        Label empty = new Label("No IPv4 addresses in any pool yet.");
        empty.getStyleClass().add(Styles.PLACEHOLDER);
        list.setPlaceholder(empty);
        list.setCellFactory(view -> new ChoiceCell(model));
        VBox.setVgrow(list, Priority.SOMETIMES);
        getChildren().addAll(title, hint, list);
    }

    private static final class ChoiceCell extends ListCell<IpChoice> {
        private final CheckBox box = new CheckBox();
        private final Label pool = new Label();
        private final HBox row;

        ChoiceCell(ServerIpsViewModel model) {
            pool.getStyleClass().add(Styles.DETAIL);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            row = new HBox(box, spacer, pool);
            row.getStyleClass().add(Styles.CHECKLIST_ROW);
            box.setOnAction(event -> model.setAssigned(getItem().address(), box.isSelected()));
        }

        @Override
        protected void updateItem(IpChoice choice, boolean empty) {
            super.updateItem(choice, empty);
            if (empty || choice == null) {
                setGraphic(null);
                return;
            }
            box.setText(choice.address());
            box.setSelected(choice.assigned());
            box.setId("ip-" + choice.address().replaceAll("[^0-9A-Za-z]", "-"));
            pool.setText(choice.detail());
            pool.pseudoClassStateChanged(Styles.FOREIGN, !choice.inPool());
            setGraphic(row);
        }
    }
}
