package dev.aegisplanner.app.editor.status;

import dev.aegisplanner.app.editor.problems.ProblemsViewModel;
import dev.aegisplanner.app.editor.tasks.BackgroundWork;
import dev.aegisplanner.app.editor.theme.Icons;
import dev.aegisplanner.app.editor.theme.Styles;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/** The bar along the bottom of the window. */
public final class StatusBarView extends HBox {

    /**
     * @param trace the traced request's tier and egress address, shown beside the problem counts
     * @param showProblems brings the Problems panel forward, when the planner clicks a count
     */
    public StatusBarView(StatusBarViewModel model, ProblemsViewModel problems, BackgroundWork work,
                         ObservableStringValue dropHint, javafx.scene.Node trace, Runnable showProblems) {
        getStyleClass().add(Styles.STATUS_BAR);
        setId("status-bar");

        Label file = label("status-file", Icons.of(MaterialDesignF.FILE_OUTLINE));
        file.textProperty().bind(model.fileProperty());
        Label counts = label("status-counts", null);
        counts.textProperty().bind(model.countsProperty());
        Label selection = label("status-selection", null);
        selection.textProperty().bind(javafx.beans.binding.Bindings.when(
                javafx.beans.binding.Bindings.createBooleanBinding(() -> !dropHint.get().isEmpty(), dropHint))
                .then(dropHint).otherwise(model.selectionProperty()));
        Label errors = label("status-errors", Icons.of(MaterialDesignA.ALERT_CIRCLE, Styles.ERROR));
        errors.textProperty().bind(problems.errorCountProperty().asString());
        Label warnings = label("status-warnings", Icons.of(MaterialDesignA.ALERT, Styles.WARNING));
        warnings.textProperty().bind(problems.warningCountProperty().asString());
        for (Label count : new Label[] {errors, warnings}) {
            count.setOnMouseClicked(e -> showProblems.run());
            count.setTooltip(new javafx.scene.control.Tooltip("Show the Problems panel"));
        }
        Label zoom = label("status-zoom", Icons.of(MaterialDesignM.MAGNIFY));
        zoom.textProperty().bind(model.zoomProperty());

        Label taskMessage = label("status-task", null);
        taskMessage.textProperty().bind(work.messageProperty());
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(work.progressProperty());
        progress.getStyleClass().add(Styles.STATUS_PROGRESS);
        HBox task = new HBox(taskMessage, progress);
        task.getStyleClass().add(Styles.STATUS_TASK);
        task.visibleProperty().bind(work.runningProperty());
        task.managedProperty().bind(task.visibleProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(file, separator(), counts, separator(), selection, spacer, task, trace, errors, warnings,
                separator(), zoom);
    }

    private static Label label(String id, javafx.scene.Node icon) {
        Label label = new Label(null, icon);
        label.setId(id);
        label.getStyleClass().add(Styles.STATUS_ITEM);
        return label;
    }

    private static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }
}
