package dev.aegisplanner.app.editor.actions;

import dev.aegisplanner.app.canvas.CanvasGestures;
import dev.aegisplanner.app.editor.theme.Styles;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

/** Help > Keyboard Shortcuts: every shortcut, read from the actions themselves so it is always right. */
public final class ShortcutsSheet {

    private ShortcutsSheet() {
    }

    public static void show(Window owner, java.util.List<EditorActions.Group> groups) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add(Styles.SHORTCUTS_GRID);
        ColumnConstraints name = new ColumnConstraints();
        name.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(name, new ColumnConstraints());
        int row = 0;
        for (EditorActions.Group group : groups) {
            Label title = new Label(group.title());
            title.getStyleClass().add(Styles.SECTION_TITLE);
            grid.add(title, 0, row++, 2, 1);
            for (EditorAction action : group.actions()) {
                if (action.accelerator() == null) {
                    continue;
                }
                grid.add(new Label(action.text()), 0, row);
                Label keys = new Label(action.shortcutText());
                keys.getStyleClass().add(Styles.KEY_CAP);
                grid.add(keys, 1, row++);
            }
        }
        Label canvas = new Label("On the canvas");
        canvas.getStyleClass().add(Styles.SECTION_TITLE);
        grid.add(canvas, 0, row++, 2, 1);
        for (CanvasGestures.Gesture gesture : CanvasGestures.all()) {
            grid.add(new Label(gesture.what()), 0, row);
            Label how = new Label(gesture.how());
            how.getStyleClass().add(Styles.KEY_CAP);
            grid.add(how, 1, row++);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(460, 560);
        Alert sheet = new Alert(Alert.AlertType.NONE, null, ButtonType.CLOSE);
        sheet.initOwner(owner);
        sheet.setTitle("Keyboard Shortcuts");
        sheet.setHeaderText("Keyboard Shortcuts");
        sheet.getDialogPane().setId("shortcuts-sheet");
        sheet.getDialogPane().getStyleClass().add(Styles.DIALOG);
        sheet.getDialogPane().setContent(scroll);
        sheet.show();
    }
}
