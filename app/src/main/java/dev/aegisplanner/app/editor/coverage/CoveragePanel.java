package dev.aegisplanner.app.editor.coverage;

import dev.aegisplanner.app.editor.analysis.AnalysisControls;
import dev.aegisplanner.app.editor.analysis.AnalysisStyles;
import dev.aegisplanner.app.editor.analysis.ColumnFit;
import dev.aegisplanner.app.editor.analysis.Wrapping;
import dev.aegisplanner.app.editor.theme.Icons;
import dev.aegisplanner.app.editor.theme.Styles;
import dev.aegisplanner.app.trace.TierPalette;
import dev.aegisplanner.model.analysis.CoverageChange;
import dev.aegisplanner.model.analysis.CoverageRow;
import dev.aegisplanner.model.engine.Tier;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Family;
import java.util.Collection;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The Coverage panel: the zone and family to colour by, how many servers reach each tier, the what-if's elements
 * (each can be brought back up) and every request it changes; a click on a change shows its ingress server.
 */
public final class CoveragePanel extends VBox {

    /**
     * @param selected what "Take Selection Down" takes down
     * @param reveal shows an element on the canvas
     */
    public CoveragePanel(CoverageViewModel model, Supplier<Collection<ElementRef>> selected,
                         Consumer<ElementRef> reveal) {
        setId("coverage-panel");
        getStyleClass().add(AnalysisStyles.ANALYSIS_PANEL);
        TableView<CoverageChange> table = changes(model, reveal);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(header(model, selected), tiers(model), whatIf(model), table);
    }

    private static Node header(CoverageViewModel model, Supplier<Collection<ElementRef>> selected) {
        Label title = new Label("Coverage");
        title.getStyleClass().add(Styles.PANEL_TITLE);
        title.setMinWidth(Region.USE_PREF_SIZE);
        ComboBox<String> zone = new ComboBox<>(model.zones());
        zone.setId("coverage-zone");
        zone.setPrefWidth(230);
        zone.setMinWidth(140);
        zone.valueProperty().bindBidirectional(model.zoneProperty());
        zone.setPromptText("Zone");
        zone.setTooltip(new Tooltip("The zone whose requests colour the drawing"));
        ChoiceBox<Family> family = AnalysisControls.familyChoice("coverage-family");
        family.valueProperty().bindBidirectional(model.familyProperty());
        family.setMinWidth(Region.USE_PREF_SIZE);
        Label notice = Wrapping.of(new Label());
        notice.getStyleClass().add(Styles.HINT);
        notice.textProperty().bind(model.noticeProperty());
        HBox.setHgrow(notice, Priority.ALWAYS);
        notice.setMaxWidth(Double.MAX_VALUE);

        Button takeDown = new Button("Take Selection Down", Icons.of(MaterialDesignA.ARROW_DOWN_BOLD_CIRCLE_OUTLINE));
        takeDown.setId("coverage-take-down");
        takeDown.setTooltip(new Tooltip("A what-if: the selected locations, data centers or servers down for this "
                + "view only. The plan is not changed; mark an element down in its properties to keep it."));
        takeDown.setOnAction(e -> model.takeDown(selected.get()));
        takeDown.setMinWidth(Region.USE_PREF_SIZE);
        ProgressIndicator working = AnalysisControls.busyIndicator("coverage-working", model.busyProperty(),
                "Working out where requests egress");
        HBox header = new HBox(title, zone, family, working, notice, takeDown);
        header.getStyleClass().add(Styles.PANEL_HEADER);
        return header;
    }

    /** How many servers' requests reach each tier, a chip per tier in the palette. */
    private static Node tiers(CoverageViewModel model) {
        FlowPane counts = new FlowPane();
        counts.setId("coverage-tiers");
        counts.getStyleClass().addAll(AnalysisStyles.LEGEND_ROW, AnalysisStyles.TIER_COUNTS);
        model.tiersProperty().addListener((obs, old, now) -> counts.getChildren().setAll(chips(now)));
        counts.visibleProperty().bind(model.noticeProperty().isEmpty());
        counts.managedProperty().bind(counts.visibleProperty());
        return counts;
    }

    private static java.util.List<Node> chips(Map<Tier, Integer> tiers) {
        return tiers.entrySet().stream().map(e -> {
            Region dot = new Region();
            dot.getStyleClass().add(Styles.TIER_DOT);
            TierPalette.apply(dot, e.getKey());
            Label chip = new Label(TierPalette.label(e.getKey()) + " " + String.format("%,d", e.getValue()), dot);
            chip.getStyleClass().add(Styles.COUNT_CHIP);
            chip.setId("coverage-count-" + TierPalette.styleClass(e.getKey()));
            return (Node) chip;
        }).toList();
    }

    /** The what-if's elements, each with a button that brings it back, and what they change. */
    private static Node whatIf(CoverageViewModel model) {
        HBox downs = new HBox();
        downs.setId("coverage-down");
        downs.getStyleClass().add(AnalysisStyles.LEGEND_ROW);
        Runnable fill = () -> {
            downs.getChildren().clear();
            for (ElementRef element : model.down()) {
                Button chip = new Button(element.toString(), Icons.of(MaterialDesignC.CLOSE));
                chip.setId("coverage-down-" + element.id());
                chip.setTooltip(new Tooltip("Bring " + element + " back up in the what-if"));
                chip.getStyleClass().add(Styles.COUNT_CHIP);
                chip.setOnAction(e -> model.toggleDown(element));
                downs.getChildren().add(chip);
            }
        };
        model.down().addListener((ListChangeListener<ElementRef>) c -> fill.run());
        Label summary = Wrapping.of(new Label());
        summary.setId("coverage-what-if-summary");
        summary.textProperty().bind(model.whatIfSummaryProperty());
        HBox.setHgrow(summary, Priority.ALWAYS);
        summary.setMaxWidth(Double.MAX_VALUE);
        Button clear = new Button("Bring All Back");
        clear.setId("coverage-clear-down");
        clear.setOnAction(e -> model.clearDown());
        clear.setMinWidth(Region.USE_PREF_SIZE);
        Label intro = new Label("What-if, plan unchanged:");
        intro.setMinWidth(Region.USE_PREF_SIZE);
        downs.setMinWidth(Region.USE_PREF_SIZE);
        HBox banner = new HBox(intro, downs, summary, clear);
        banner.getStyleClass().add(AnalysisStyles.BANNER);
        banner.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.down()));
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private static TableView<CoverageChange> changes(CoverageViewModel model, Consumer<ElementRef> reveal) {
        TableView<CoverageChange> table = new TableView<>(model.changes());
        table.setId("coverage-changes");
        table.getStyleClass().add(AnalysisStyles.ANALYSIS_TABLE);
        Label placeholder = new Label("Take a location, data center or server down to see where its requests go: "
                + "select it on the canvas, then Take Selection Down. The plan is not changed.");
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add(Styles.PLACEHOLDER);
        table.setPlaceholder(placeholder);
        table.getColumns().add(column("Ingress server", 120, c -> c.ingress().server()));
        table.getColumns().add(column("Data center", 100, c -> c.ingress().dataCenter()));
        table.getColumns().add(column("Location", 80, c -> c.ingress().location()));
        table.getColumns().add(column("Change", 110, CoveragePanel::kind));
        table.getColumns().add(column("Before", 220, c -> where(c.before())));
        table.getColumns().add(column("With the what-if", 260, c -> where(c.after())));
        ColumnFit.install(table);
        table.setRowFactory(view -> {
            TableRow<CoverageChange> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (!row.isEmpty()) {
                    reveal.accept(ElementRef.server(row.getItem().ingress().server()));
                }
            });
            return row;
        });
        return table;
    }

    private static String kind(CoverageChange change) {
        return switch (change.kind()) {
            case REROUTED -> change.after().tier() == Tier.NO_EGRESS ? "no egress now" : "moved";
            case INGRESS_DOWN -> "ingress down";
            case INGRESS_UP -> "ingress up";
        };
    }

    private static String where(CoverageRow row) {
        if (row == null) {
            return "\u2014";
        }
        String tier = TierPalette.label(row.tier());
        return row.egress() == null ? tier : tier + " \u2192 " + row.egress().dataCenter();
    }

    private static TableColumn<CoverageChange, String> column(String title, double width,
                                                             Function<CoverageChange, String> value) {
        TableColumn<CoverageChange, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }
}
