package dev.aegisplanner.app.editor.actions;

import dev.aegisplanner.app.editor.theme.Icons;
import dev.aegisplanner.app.editor.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;

/** Menu items and buttons made from actions. */
public final class Controls {

    private Controls() {
    }

    public static MenuItem menuItem(EditorAction action) {
        MenuItem item = new MenuItem(action.text());
        item.setId("menu-" + action.id());
        if (action.dynamicText() != null) {
            item.textProperty().bind(action.dynamicText());
        }
        if (action.accelerator() != null) {
            item.setAccelerator(action.accelerator());
        }
        if (action.icon() != null) {
            item.setGraphic(Icons.of(action.icon()));
        }
        item.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> action.disabled().get(), action.disabled()));
        item.setOnAction(event -> action.run());
        return item;
    }

    public static Button toolButton(EditorAction action) {
        Button button = new Button(null, Icons.of(action.icon()));
        button.setId("tool-" + action.id());
        button.getStyleClass().addAll(Styles.TOOL_BUTTON, Styles.FLAT_BUTTON);
        button.setTooltip(tooltip(action));
        button.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> action.disabled().get(), action.disabled()));
        button.setOnAction(event -> action.run());
        button.setFocusTraversable(false);
        return button;
    }

    static Tooltip tooltip(EditorAction action) {
        String shortcut = action.shortcutText();
        Tooltip tooltip = new Tooltip(shortcut.isEmpty() || action.help().contains("(") ? action.help()
                : action.help() + " (" + shortcut + ")");
        if (action.dynamicText() != null) {
            tooltip.textProperty().bind(javafx.beans.binding.Bindings.concat(action.dynamicText(),
                    shortcut.isEmpty() ? "" : " (" + shortcut + ")"));
        }
        return tooltip;
    }
}
