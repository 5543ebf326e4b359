package dev.aegisplanner.app.editor.capacity;

import dev.aegisplanner.app.editor.analysis.AnalysisStyles;
import dev.aegisplanner.app.editor.analysis.Figures;
import dev.aegisplanner.model.capacity.RowStatus;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The capacity colouring's legend, compact enough to sit over a laptop's drawing: what is shown (the plan, a
 * what-if, the N-1 worst), then the scale with how many rows the drawing shows in each step, unserved demand, and
 * in a what-if the failed element.
 */
public final class CapacityLegend extends VBox {

    public CapacityLegend(CapacityViewModel model) {
        setId("capacity-legend");
        getStyleClass().add(AnalysisStyles.LEGEND_ROW);
        Label title = new Label();
        title.getStyleClass().add(AnalysisStyles.LEGEND_TITLE);
        title.textProperty().bind(Bindings.createStringBinding(() -> model.impactProperty().get() != null
                ? "Capacity if " + model.impactProperty().get().failure() + " fails"
                : model.worstCaseShownProperty().get() && model.drillReportProperty().get() != null
                        ? "Capacity at its N-1 worst" : "Capacity", model.impactProperty(),
                model.worstCaseShownProperty(), model.drillReportProperty()));
        Label explain = new Label("most utilized address per data center");
        explain.getStyleClass().add(AnalysisStyles.HEADLINE);
        Tooltip.install(this, new Tooltip("Each data center is drawn in the colour of its most utilized address, "
                + "each server in that of the most utilized address it holds there. On the map, each location's "
                + "bubble is as large as the demand entering it."));
        FlowPane scale = new FlowPane(row(RowStatus.OK, "ok < 80 %", model), row(RowStatus.WARN, "warn \u2264 100 %", model),
                row(RowStatus.OVER, "over", model));
        scale.getStyleClass().add(AnalysisStyles.LEGEND_ROW);
        scale.setPrefWrapLength(360);
        Label unserved = entry(AnalysisStyles.UNSERVED, true, "unserved demand");
        unserved.visibleProperty().bind(Bindings.isNotEmpty(model.unserved()));
        unserved.managedProperty().bind(unserved.visibleProperty());
        Label failed = entry(null, false, "fails in the what-if");
        failed.getGraphic().getStyleClass().add("what-if-down");
        failed.visibleProperty().bind(model.impactProperty().isNotNull());
        failed.managedProperty().bind(failed.visibleProperty());
        scale.getChildren().addAll(unserved, failed);
        getChildren().addAll(title, explain, scale);
    }

    private static Label row(RowStatus status, String meaning, CapacityViewModel model) {
        Label label = entry(AnalysisStyles.utilization(status), status == RowStatus.OVER, meaning);
        label.setId("capacity-legend-" + status.json());
        label.textProperty().bind(Bindings.createStringBinding(() -> meaning + ": " + Figures.count(
                model.shownStatusesProperty().get().getOrDefault(status, 0L), "row"), model.shownStatusesProperty()));
        return label;
    }

    static Label entry(String colourClass, boolean striped, String text) {
        Region swatch = new Region();
        swatch.getStyleClass().add(AnalysisStyles.LEGEND_SWATCH);
        if (colourClass != null) {
            swatch.getStyleClass().add(colourClass);
        }
        if (striped) {
            swatch.getStyleClass().add(AnalysisStyles.STRIPED);
        }
        return new Label(text, swatch);
    }
}
