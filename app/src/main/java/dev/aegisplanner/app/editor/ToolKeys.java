package dev.aegisplanner.app.editor;

import dev.aegisplanner.app.editor.actions.EditorAction;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;

/**
 * Single-key tool shortcuts (V, L, D, S). They cannot be menu accelerators: those would fire while the
 * planner types the same letters into a field. These only act when no text input has the focus.
 */
final class ToolKeys {

    private ToolKeys() {
    }

    static void install(Scene scene, List<EditorAction> tools) {
        scene.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.isConsumed() || scene.getFocusOwner() instanceof TextInputControl
                    || scene.getFocusOwner() instanceof ComboBoxBase<?>) {
                return;
            }
            for (EditorAction tool : tools) {
                if (tool.accelerator() != null && tool.accelerator().match(event)) {
                    tool.run();
                    event.consume();
                    return;
                }
            }
        });
    }
}
