package dev.aegisplanner.app.editor.capacity;

import dev.aegisplanner.app.editor.analysis.AnalysisStyles;
import dev.aegisplanner.app.editor.analysis.Figures;
import dev.aegisplanner.model.capacity.RowStatus;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The capacity colouring's legend: what a data center's colour means (its most utilized address), the scale
 * with how many rows fall in each step, unserved demand, and in a what-if the failed element.
 */
public final class CapacityLegend extends VBox {

    public CapacityLegend(CapacityViewModel model) {
        setId("capacity-legend");
        Label title = new Label();
        title.getStyleClass().add(AnalysisStyles.LEGEND_TITLE);
        title.textProperty().bind(Bindings.createStringBinding(() -> model.impactProperty().get() != null
                ? "Capacity if " + model.impactProperty().get().failure() + " fails"
                : model.worstCaseShownProperty().get() && model.drillReportProperty().get() != null
                        ? "Capacity at its N-1 worst" : "Capacity", model.impactProperty(),
                model.worstCaseShownProperty(), model.drillReportProperty()));
        Label explain = new Label("Each data center in the colour of its most utilized address;\non the map, "
                + "bubbles as large as the demand entering each location");
        explain.getStyleClass().add(AnalysisStyles.HEADLINE);
        Label ok = row(RowStatus.OK, "ok, below 80 %", model);
        Label warn = row(RowStatus.WARN, "warn, 80 to 100 %", model);
        Label over = row(RowStatus.OVER, "over, above 100 %", model);
        Label unserved = entry(AnalysisStyles.UNSERVED, true, "unserved demand");
        unserved.visibleProperty().bind(Bindings.isNotEmpty(model.unserved()));
        unserved.managedProperty().bind(unserved.visibleProperty());
        Label failed = entry(null, false, "fails in the what-if");
        failed.getGraphic().getStyleClass().add("what-if-down");
        failed.visibleProperty().bind(model.impactProperty().isNotNull());
        failed.managedProperty().bind(failed.visibleProperty());
        getChildren().addAll(title, explain, ok, warn, over, unserved, failed);
        getStyleClass().add(AnalysisStyles.LEGEND_ROW);
    }

    private static Label row(RowStatus status, String meaning, CapacityViewModel model) {
        Label label = entry(AnalysisStyles.utilization(status), status == RowStatus.OVER, meaning);
        label.setId("capacity-legend-" + status.json());
        StringBinding text = Bindings.createStringBinding(() -> meaning + ": " + Figures.count(
                model.shownStatusesProperty().get().getOrDefault(status, 0L), "row"), model.shownStatusesProperty());
        label.textProperty().bind(text);
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
        Label label = new Label(text, swatch);
        return label;
    }
}
