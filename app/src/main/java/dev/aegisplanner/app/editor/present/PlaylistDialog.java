package dev.aegisplanner.app.editor.present;

import dev.aegisplanner.app.editor.theme.Icons;
import dev.aegisplanner.app.editor.theme.Styles;
import dev.aegisplanner.model.topology.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/** Chooses which scenarios presentation mode plays, and in which order: tick them, move them up and down. */
public final class PlaylistDialog {

    /** One scenario in the list, ticked when it is played. */
    private record Entry(Scenario scenario, BooleanProperty played) {
        @Override
        public String toString() {
            return scenario.displayName() + "  (" + scenario.id() + ")";
        }
    }

    private PlaylistDialog() {
    }

    /**
     * @param all every scenario of the document, in document order
     * @param playing the scenarios played now, in their order (the rest follow, unticked)
     * @return the ids to play, in order; empty when cancelled
     */
    public static Optional<List<String>> choose(Window owner, List<Scenario> all, List<Scenario> playing) {
        Set<Scenario> ordered = new LinkedHashSet<>(playing);
        ordered.addAll(all);
        ObservableList<Entry> entries = FXCollections.observableArrayList();
        for (Scenario s : ordered) {
            entries.add(new Entry(s, new SimpleBooleanProperty(playing.contains(s))));
        }
        ListView<Entry> list = new ListView<>(entries);
        list.setId("playlist");
        list.setCellFactory(CheckBoxListCell.forListView(Entry::played));
        list.setPrefSize(440, 320);
        Button up = move(list, -1, Icons.of(MaterialDesignA.ARROW_UP), "Play earlier");
        Button down = move(list, 1, Icons.of(MaterialDesignA.ARROW_DOWN), "Play later");
        Label hint = new Label("Tick the scenarios to present; they play top to bottom.");
        hint.getStyleClass().add(Styles.HINT);
        VBox content = new VBox(hint, new HBox(list, new VBox(up, down)));
        content.getStyleClass().add(Styles.DIALOG_CONTENT);

        Dialog<List<String>> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Presentation Scenarios");
        dialog.setHeaderText("Presentation Scenarios");
        dialog.getDialogPane().setId("playlist-dialog");
        dialog.getDialogPane().getStyleClass().add(Styles.DIALOG);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? entries.stream().filter(e -> e.played().get()).map(e -> e.scenario().id()).toList() : null);
        return dialog.showAndWait();
    }

    private static Button move(ListView<Entry> list, int by, javafx.scene.Node icon, String tip) {
        Button button = new Button(null, icon);
        button.getStyleClass().add(Styles.FLAT_BUTTON);
        button.setTooltip(new Tooltip(tip));
        button.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        button.setOnAction(e -> {
            int from = list.getSelectionModel().getSelectedIndex();
            int to = from + by;
            if (from < 0 || to < 0 || to >= list.getItems().size()) {
                return;
            }
            List<Entry> items = new ArrayList<>(list.getItems());
            items.add(to, items.remove(from));
            list.getItems().setAll(items);
            list.getSelectionModel().select(to);
        });
        return button;
    }
}
