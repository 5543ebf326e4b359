package dev.aegisplanner.app.editor.present;

import dev.aegisplanner.app.editor.theme.Icons;
import dev.aegisplanner.app.editor.theme.Styles;
import dev.aegisplanner.model.engine.Check;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The cascade's checks in large type, appearing one by one as the packet waits at the egress router. On a
 * short screen (a 1280 x 800 projector) the checks before the newest show their names only, so the newest,
 * the one deciding so far, always has the room to show its reason whole.
 */
final class ChecksCard extends VBox {

    private final VBox rows = new VBox();
    private final ObservableList<Check> revealed;
    private boolean compact;

    ChecksCard(ObservableList<Check> revealed) {
        getStyleClass().add(Styles.CHECKS_CARD);
        Label title = new Label("The cascade");
        title.getStyleClass().add(Styles.SECTION_TITLE);
        rows.getStyleClass().add(Styles.TRACE_CHECKS);
        getChildren().addAll(title, rows);
        this.revealed = revealed;
        revealed.addListener((ListChangeListener<Check>) change -> show(revealed));
        show(revealed);
        visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(revealed));
    }

    /** On a short screen the checks before the newest fold to their names. */
    void setCompact(boolean value) {
        if (value != compact) {
            compact = value;
            show(revealed);
        }
    }

    private void show(ObservableList<Check> checks) {
        rows.getChildren().clear();
        for (int i = 0; i < checks.size(); i++) {
            Check check = checks.get(i);
            Label name = new Label(check.name());
            name.getStyleClass().add(Styles.CHECK_NAME);
            Label reason = new Label(check.reason());
            reason.getStyleClass().add(Styles.CHECK_REASON);
            reason.setWrapText(true);
            boolean newest = i == checks.size() - 1;
            reason.setVisible(newest || !compact);
            reason.setManaged(newest || !compact);
            HBox row = new HBox(check.passed() ? Icons.of(MaterialDesignC.CHECK_CIRCLE, Styles.SUCCESS)
                    : Icons.of(MaterialDesignC.CLOSE_CIRCLE, Styles.ERROR), new VBox(name, reason));
            row.getStyleClass().add(Styles.CHECK_ROW);
            row.pseudoClassStateChanged(Styles.LATEST, i == checks.size() - 1);
            rows.getChildren().add(row);
        }
    }
}
