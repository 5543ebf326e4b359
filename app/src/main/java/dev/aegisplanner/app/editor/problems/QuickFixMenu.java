package dev.aegisplanner.app.editor.problems;

import dev.aegisplanner.app.editor.theme.Styles;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;

/**
 * The menu of a problem's quick fixes, shown from the row's context menu or its light-bulb button. A fix that
 * cannot be done says why in a dialog; nothing changes then.
 */
final class QuickFixMenu {

    private final ProblemFixes fixes;

    QuickFixMenu(ProblemFixes fixes) {
        this.fixes = fixes;
    }

    boolean hasFixes(ProblemRow row) {
        return !fixes.of(row).isEmpty();
    }

    /** The menu for a row, or {@code null} when it has no fix. */
    ContextMenu menu(ProblemRow row, Node owner) {
        List<ProblemFixes.QuickFix> offered = fixes.of(row);
        if (offered.isEmpty()) {
            return null;
        }
        ContextMenu menu = new ContextMenu();
        menu.setId("quick-fix-menu");
        for (ProblemFixes.QuickFix fix : offered) {
            MenuItem item = new MenuItem(fix.label());
            item.setOnAction(e -> fix.apply().get().ifPresent(reason -> refused(owner, fix.label(), reason)));
            menu.getItems().add(item);
        }
        return menu;
    }

    void showBelow(ProblemRow row, Node button) {
        ContextMenu menu = menu(row, button);
        if (menu != null) {
            menu.show(button, Side.BOTTOM, 0, 0);
        }
    }

    private static void refused(Node owner, String what, String reason) {
        Alert alert = new Alert(Alert.AlertType.WARNING, reason, ButtonType.OK);
        Optional.ofNullable(owner.getScene()).map(s -> s.getWindow()).ifPresent(alert::initOwner);
        alert.setTitle("Aegis Planner");
        alert.setHeaderText("Cannot " + Character.toLowerCase(what.charAt(0)) + what.substring(1));
        alert.getDialogPane().getStyleClass().add(Styles.DIALOG);
        alert.getDialogPane().setId("quick-fix-refused");
        alert.show();
    }
}
