package dev.aegisplanner.app.editor.coverage;

import dev.aegisplanner.app.editor.analysis.AnalysisStyles;
import dev.aegisplanner.app.editor.theme.Styles;
import dev.aegisplanner.app.trace.TierPalette;
import dev.aegisplanner.model.engine.Tier;
import dev.aegisplanner.model.topology.Family;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The coverage colouring's legend, in the tier palette: the zone and family, every tier reached with how many
 * servers' requests reach it, and in a what-if what the dashed rings and the hatching mean.
 */
public final class CoverageLegend extends VBox {

    private final FlowPane tiers = new FlowPane();

    public CoverageLegend(CoverageViewModel model) {
        setId("coverage-legend");
        getStyleClass().add(AnalysisStyles.LEGEND_ROW);
        Label title = new Label();
        title.getStyleClass().add(AnalysisStyles.LEGEND_TITLE);
        title.textProperty().bind(Bindings.createStringBinding(() -> model.zoneProperty().get() == null ? "Coverage"
                : "Coverage of " + model.zoneProperty().get() + ", "
                        + (model.familyProperty().get() == Family.IPV6 ? "IPv6" : "IPv4"),
                model.zoneProperty(), model.familyProperty()));
        Label explain = new Label("the tier requests reach from each server");
        explain.getStyleClass().add(AnalysisStyles.HEADLINE);
        Tooltip.install(this, new Tooltip("Each server is drawn in the colour of the tier its requests reach, each "
                + "data center in the farthest tier any of its servers reaches. On the map, each location's ring has "
                + "a segment per data center."));
        tiers.getStyleClass().add(AnalysisStyles.LEGEND_ROW);
        tiers.setPrefWrapLength(380);
        model.tiersProperty().addListener((obs, old, now) -> fill(now));
        Label moved = new Label("moved in the what-if", swatch("changed"));
        Label down = new Label("down in the what-if", swatch("what-if-down"));
        for (Label whatIf : new Label[] {moved, down}) {
            whatIf.visibleProperty().bind(Bindings.isNotEmpty(model.down()));
            whatIf.managedProperty().bind(whatIf.visibleProperty());
        }
        FlowPane whatIf = new FlowPane(moved, down);
        whatIf.getStyleClass().add(AnalysisStyles.LEGEND_ROW);
        getChildren().addAll(title, explain, tiers, whatIf);
        fill(model.tiersProperty().get());
    }

    private void fill(Map<Tier, Integer> reached) {
        List<Node> rows = new ArrayList<>();
        reached.forEach((tier, count) -> {
            Region dot = new Region();
            dot.getStyleClass().add(Styles.TIER_DOT);
            TierPalette.apply(dot, tier);
            rows.add(new Label(TierPalette.label(tier) + " " + String.format("%,d", count), dot));
        });
        tiers.getChildren().setAll(rows);
    }

    private static Region swatch(String kind) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll(AnalysisStyles.LEGEND_SWATCH, kind);
        return swatch;
    }
}
