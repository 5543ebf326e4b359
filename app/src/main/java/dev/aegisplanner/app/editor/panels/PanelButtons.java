package dev.aegisplanner.app.editor.panels;

import dev.aegisplanner.app.editor.theme.Icons;
import dev.aegisplanner.app.editor.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** The add and remove buttons every side panel has, in one place so they look alike. */
public final class PanelButtons {

    private PanelButtons() {
    }

    public static Button add(String tooltip, Runnable action) {
        return button(new Button(null, Icons.of(MaterialDesignP.PLUS)), tooltip, action);
    }

    public static Button remove(String tooltip, Runnable action) {
        return button(new Button(null, Icons.of(MaterialDesignM.MINUS)), tooltip, action);
    }

    /** A flat icon button like the others, for a panel's own actions (import, ...). */
    public static Button icon(org.kordamp.ikonli.Ikon icon, String tooltip, Runnable action) {
        return button(new Button(null, Icons.of(icon)), tooltip, action);
    }

    /** A hint on the left, the buttons on the right. */
    public static HBox header(String hint, Button... buttons) {
        Label text = new Label(hint);
        text.getStyleClass().add(Styles.HINT);
        text.setWrapText(true);
        HBox.setHgrow(text, Priority.ALWAYS);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.SOMETIMES);
        HBox header = new HBox(text, spacer);
        header.getChildren().addAll(buttons);
        header.getStyleClass().add(Styles.PANEL_TOOLBAR);
        return header;
    }

    private static Button button(Button button, String tooltip, Runnable action) {
        button.setTooltip(new Tooltip(tooltip));
        button.getStyleClass().add(Styles.FLAT_BUTTON);
        button.setOnAction(event -> action.run());
        return button;
    }
}
