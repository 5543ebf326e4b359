package dev.aegisplanner.app.editor.advisor;

import dev.aegisplanner.app.canvas.TopologyCanvasView;
import dev.aegisplanner.app.document.SelectionModel;
import dev.aegisplanner.app.document.TopologyDocument;
import dev.aegisplanner.app.editor.analysis.AnalysisStyles;
import dev.aegisplanner.app.editor.theme.Styles;
import dev.aegisplanner.app.editor.theme.Theme;
import dev.aegisplanner.app.map.MapPalette;
import dev.aegisplanner.app.map.MapView;
import dev.aegisplanner.model.advisor.AddressPlacement;
import dev.aegisplanner.model.advisor.PlanFigures;
import dev.aegisplanner.model.advisor.Suggestion;
import dev.aegisplanner.model.topology.ElementRef;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A proposal before anything changes: the figures before and after, what moves for each address, and the plan as
 * it would be, on the canvas (the holding data centers selected) and on the map (a ring around each holding
 * location, a segment per address, and under it a legend of which address is where). The previews draw a copy; the
 * document stays as it is until Apply.
 */
final class ProposalView extends VBox {

    private final GridPane figures = new GridPane();
    private final MovesTable moves = new MovesTable();
    private final TopologyDocument preview = new TopologyDocument(dev.aegisplanner.model.topology.Topology.empty(""), null);
    private final SelectionModel previewSelection = new SelectionModel();
    private final TopologyCanvasView canvas = new TopologyCanvasView(preview, previewSelection);
    private final MapView map = new MapView();
    private final FlowPane legend = new FlowPane();

    ProposalView() {
        getStyleClass().add("proposal");
        setSpacing(10);
        figures.setId("proposal-figures");
        figures.getStyleClass().add("proposal-figures");
        figures.setHgap(18);
        figures.setVgap(4);
        ColumnConstraints label = new ColumnConstraints();
        label.setHgrow(Priority.ALWAYS);
        ColumnConstraints number = new ColumnConstraints();
        number.setHalignment(HPos.RIGHT);
        number.setMinWidth(90);
        figures.getColumnConstraints().addAll(label, number, number);

        canvas.setId("proposal-canvas");
        canvas.setMouseTransparent(true);
        canvas.hideScrollBars();
        StackPane canvasPane = new StackPane(canvas);
        // The preview is for looking, not editing: it frames the whole plan whenever its size changes.
        canvasPane.layoutBoundsProperty().addListener((obs, old, now) -> Platform.runLater(canvas::fitToWindow));
        map.setId("proposal-map");
        // The legend sits under the map, not over it: on a laptop the map is short, and nothing may hide a holder.
        legend.setId("proposal-map-legend");
        legend.getStyleClass().add(AnalysisStyles.LEGEND_ROW);
        legend.setHgap(22);
        legend.setVgap(4);
        legend.setPadding(new Insets(6, 8, 2, 8));
        // Eight addresses take two or three lines of legend on a laptop: the map gives up height, the legend none.
        legend.setMinHeight(Region.USE_PREF_SIZE);
        map.setMinHeight(100);
        VBox.setVgrow(map, Priority.ALWAYS);
        TabPane previews = new TabPane(new Tab("Canvas", canvasPane), new Tab("Map", new VBox(map, legend)));
        previews.setId("proposal-previews");
        previews.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        previews.setMinHeight(200);
        VBox.setVgrow(previews, Priority.ALWAYS);
        Label movesTitle = new Label("What moves");
        movesTitle.getStyleClass().add(Styles.SECTION_TITLE);
        Label previewTitle = new Label("The plan with the proposal (nothing has changed yet)");
        previewTitle.getStyleClass().add(Styles.SECTION_TITLE);
        getChildren().addAll(figures, movesTitle, moves, previewTitle, previews);
    }

    void setTheme(Theme theme) {
        canvas.setDarkTheme(theme == Theme.DARK);
        map.setPalette(theme == Theme.DARK ? MapPalette.DARK : MapPalette.LIGHT);
    }

    void show(Suggestion suggestion) {
        figures.getChildren().clear();
        moves.show(suggestion);
        if (suggestion == null) {
            return;
        }
        header("", "Now", "Proposed");
        PlanFigures before = suggestion.before();
        PlanFigures after = suggestion.after();
        row("Mean latency (forward + origin)", ms(before.meanLatencyMs()), ms(after.meanLatencyMs()));
        row("Forwarded to another location", percent(before.forwardedShare()), percent(after.forwardedShare()));
        row("Worst utilization", percent(before.worstUtilization()), percent(after.worstUtilization()));
        if (!Double.isNaN(suggestion.worstUnderFailureAfter())) {
            row("Worst utilization, any single failure", percent(suggestion.worstUnderFailureBefore()),
                    percent(suggestion.worstUnderFailureAfter()));
        }
        row("Unserved connections", connections(before.unserved()), connections(after.unserved()));
        row("Locations / data centers holding", before.locations() + " / " + before.dataCenters(),
                after.locations() + " / " + after.dataCenters());
        preview.replace(suggestion.topology(), null);
        map.setTopology(suggestion.topology());
        map.setHeat(ProposalMarks.of(suggestion.placement()));
        // Each holder keeps its own ring: merged into a cluster, its addresses could not be told.
        map.setStandingAlone(suggestion.placement().locations());
        fillLegend(suggestion);
        List<ElementRef> holders = suggestion.placement().dataCenters().stream().map(ElementRef::dataCenter).toList();
        previewSelection.selectAll(holders);
        Platform.runLater(() -> {
            canvas.fitToWindow();
            // On the planet the holders would hide in clusters of the whole world: the map frames them.
            map.fitToLocations(suggestion.placement().locations());
        });
    }

    /** Each address in its ring colour, with the locations that would hold it. */
    private void fillLegend(Suggestion suggestion) {
        Label title = new Label("Held at, by ring colour:");
        title.getStyleClass().add(Styles.DETAIL);
        legend.getChildren().setAll(title);
        List<AddressPlacement> addresses = suggestion.placement().addresses();
        for (int a = 0; a < addresses.size(); a++) {
            Region swatch = new Region();
            swatch.getStyleClass().add(AnalysisStyles.LEGEND_SWATCH);
            swatch.setStyle("-fx-background-color: " + ProposalMarks.colour(a).hex() + ";");
            AddressPlacement address = addresses.get(a);
            Label line = new Label(address.address() + "   " + String.join(", ", address.locations()), swatch);
            line.setId("proposal-legend-" + address.address().replaceAll("[^0-9A-Za-z]", "-"));
            legend.getChildren().add(line);
        }
    }

    private void header(String... cells) {
        int row = figures.getRowCount();
        for (int i = 0; i < cells.length; i++) {
            Label label = new Label(cells[i]);
            label.getStyleClass().add(Styles.DETAIL);
            figures.add(label, i, row);
        }
    }

    private void row(String title, String before, String after) {
        int row = figures.getRowCount();
        figures.add(new Label(title), 0, row);
        figures.add(new Label(before), 1, row);
        Label proposed = new Label(after);
        proposed.getStyleClass().add(Styles.ROW_TITLE);
        figures.add(proposed, 2, row);
    }

    static String ms(double value) {
        return String.format(Locale.ROOT, "%.1f ms", value);
    }

    static String percent(double fraction) {
        return Double.isInfinite(fraction) ? "no capacity" : String.format(Locale.ROOT, "%.1f %%", fraction * 100);
    }

    static String connections(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }
}
