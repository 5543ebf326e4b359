package dev.aegisplanner.app.editor.capacity;

import dev.aegisplanner.app.editor.analysis.AnalysisControls;
import dev.aegisplanner.app.editor.analysis.AnalysisStyles;
import dev.aegisplanner.app.editor.analysis.Figures;
import dev.aegisplanner.app.editor.analysis.Wrapping;
import dev.aegisplanner.app.editor.theme.Icons;
import dev.aegisplanner.app.editor.theme.Styles;
import dev.aegisplanner.model.capacity.DrillOutcome;
import dev.aegisplanner.model.capacity.DrillReport;
import dev.aegisplanner.model.topology.ElementRef;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The Capacity panel: a headline and the N-1 controls along the top, unserved demand called out under them, a
 * what-if's answer or N-1's failures that hurt, then the sortable table of rows. A click on a place shows it on
 * the canvas.
 */
public final class CapacityPanel extends VBox {

    /**
     * @param selected the element "What if the selection fails?" asks about, or null
     * @param reveal shows an element on the canvas (selects it and scrolls to it)
     */
    public CapacityPanel(CapacityViewModel model, Supplier<ElementRef> selected, Consumer<ElementRef> reveal) {
        setId("capacity-panel");
        getStyleClass().add(AnalysisStyles.ANALYSIS_PANEL);
        CapacityTable table = new CapacityTable(model.items(), reveal);
        Label placeholder = new Label();
        placeholder.getStyleClass().add(Styles.PLACEHOLDER);
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> !model.noticeProperty().get().isEmpty()
                ? model.noticeProperty().get() : model.whatIfProperty().get() != null
                        ? (model.whatIfRunningProperty().get() ? "Working out what the failure does\u2026"
                                : "No row gets worse.")
                        : "No rows.", model.noticeProperty(), model.whatIfProperty(), model.whatIfRunningProperty()));
        table.setPlaceholder(placeholder);
        Runnable columns = () -> table.showColumns(model.impactProperty().get() != null,
                model.drillReportProperty().get() != null && model.impactProperty().get() == null);
        model.impactProperty().addListener((obs, old, now) -> columns.run());
        model.drillReportProperty().addListener((obs, old, now) -> columns.run());
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(header(model, selected), unserved(model, reveal), whatIf(model), drills(model), table);
    }

    private static Node header(CapacityViewModel model, Supplier<ElementRef> selected) {
        Label title = new Label("Capacity");
        title.getStyleClass().add(Styles.PANEL_TITLE);
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label headline = Wrapping.of(new Label());
        headline.setId("capacity-headline");
        headline.getStyleClass().add(AnalysisStyles.HEADLINE);
        headline.textProperty().bind(model.headlineProperty());
        HBox.setHgrow(headline, Priority.ALWAYS);
        headline.setMaxWidth(Double.MAX_VALUE);

        Button whatIf = new Button("What If It Fails?", Icons.of(MaterialDesignF.FLASH_ALERT_OUTLINE));
        whatIf.setId("capacity-what-if");
        whatIf.setTooltip(new Tooltip("The selected location, data center or server down on top of the plan: "
                + "the rows it makes worse and the demand it leaves unserved. The plan is not changed."));
        whatIf.setOnAction(e -> model.whatIf(selected.get()));
        whatIf.setMinWidth(Region.USE_PREF_SIZE);

        Button run = new Button("Run N-1", Icons.of(MaterialDesignP.PLAY_CIRCLE_OUTLINE));
        run.setId("capacity-run-n1");
        run.setTooltip(new Tooltip("Drill every single data center and location failure and give each row its "
                + "worst utilization. Runs in the background; the plan stays editable."));
        run.setOnAction(e -> model.runDrills());
        run.disableProperty().bind(model.drillsRunningProperty().or(model.noticeProperty().isNotEmpty()));
        run.setMinWidth(Region.USE_PREF_SIZE);

        ProgressBar progress = new ProgressBar();
        progress.setId("capacity-n1-progress");
        progress.progressProperty().bind(model.drillProgressProperty());
        progress.setPrefWidth(120);
        Label message = new Label();
        message.setId("capacity-n1-message");
        message.textProperty().bind(model.drillMessageProperty());
        message.getStyleClass().add(Styles.HINT);
        message.setMinWidth(Region.USE_PREF_SIZE);
        Button cancel = new Button("Cancel", Icons.of(MaterialDesignC.CLOSE_CIRCLE_OUTLINE));
        cancel.setId("capacity-cancel-n1");
        cancel.setOnAction(e -> model.cancelDrills());
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        for (Node running : new Node[] {progress, cancel}) {
            running.visibleProperty().bind(model.drillsRunningProperty());
            running.managedProperty().bind(running.visibleProperty());
        }
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        ProgressIndicator updating = AnalysisControls.busyIndicator("capacity-updating", model.updatingProperty(),
                "Bringing the analysis up to date with the plan");
        HBox header = new HBox(title, updating, headline, message, progress, cancel, whatIf, run);
        header.getStyleClass().add(Styles.PANEL_HEADER);
        return header;
    }

    /** One call-out per zone and origin whose demand has nowhere to go, with a link to where it enters. */
    private static Node unserved(CapacityViewModel model, Consumer<ElementRef> reveal) {
        VBox box = new VBox();
        box.setId("capacity-unserved");
        Runnable fill = () -> box.getChildren().setAll(model.unserved().stream().map(callout -> {
            Label text = Wrapping.of(new Label(callout.text(), Icons.of(MaterialDesignA.ALERT_OCTAGON_OUTLINE)));
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox row = new HBox(text);
            if (callout.place() != null) {
                Hyperlink show = new Hyperlink("Show " + callout.place().id());
                show.setOnAction(e -> reveal.accept(callout.place()));
                show.setMinWidth(Region.USE_PREF_SIZE);
                row.getChildren().add(show);
            }
            row.getStyleClass().addAll(Styles.CALLOUT, AnalysisStyles.UNSERVED_CALLOUT);
            return (Node) row;
        }).toList());
        model.unserved().addListener((ListChangeListener<UnservedCallout>) change -> fill.run());
        fill.run();
        return box;
    }

    /** The what-if's answer and the way back to the plan. */
    private static Node whatIf(CapacityViewModel model) {
        Label summary = Wrapping.of(new Label());
        summary.setId("capacity-what-if-summary");
        summary.textProperty().bind(model.whatIfSummaryProperty());
        HBox.setHgrow(summary, Priority.ALWAYS);
        summary.setMaxWidth(Double.MAX_VALUE);
        Button back = new Button("Back to the Plan");
        back.setId("capacity-back-to-plan");
        back.setOnAction(e -> model.backToPlan());
        back.setMinWidth(Region.USE_PREF_SIZE);
        HBox banner = new HBox(summary, back);
        banner.getStyleClass().add(AnalysisStyles.BANNER);
        banner.visibleProperty().bind(model.whatIfProperty().isNotNull().or(model.whatIfSummaryProperty().isNotEmpty()));
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    /**
     * After N-1: how many failures were drilled, how many hurt and the worst of them, with every one that hurts in
     * a menu (a planet has hundreds) that opens its what-if; and whether the drawing shows each row at its worst.
     */
    private static Node drills(CapacityViewModel model) {
        Label intro = Wrapping.of(new Label());
        intro.setId("capacity-n1-summary-text");
        HBox.setHgrow(intro, Priority.ALWAYS);
        intro.setMaxWidth(Double.MAX_VALUE);
        MenuButton failures = new MenuButton("Failures That Hurt");
        failures.setId("capacity-n1-failures");
        failures.setMinWidth(Region.USE_PREF_SIZE);
        CheckBox worstCase = new CheckBox("Colour by N-1 worst");
        worstCase.setId("capacity-worst-case");
        worstCase.selectedProperty().bindBidirectional(model.worstCaseShownProperty());
        worstCase.setMinWidth(Region.USE_PREF_SIZE);
        Runnable fill = () -> {
            DrillReport report = model.drillReportProperty().get();
            failures.getItems().clear();
            if (report == null) {
                return;
            }
            double planUnserved = model.analysis() == null ? 0 : model.analysis().report().unservedConnections();
            intro.setText("N-1: " + Figures.count(report.drills(), "single failure") + " drilled, "
                    + (report.holds() ? "none hurts: the plan holds." : report.failures().size() + " hurt; the worst: "
                            + describe(report.failures().get(0), planUnserved) + "."));
            for (DrillOutcome outcome : report.failures()) {
                MenuItem item = new MenuItem("What if " + describe(outcome, planUnserved) + "?");
                item.setOnAction(e -> model.whatIf(outcome.failure()));
                failures.getItems().add(item);
            }
            failures.setDisable(report.holds());
        };
        model.drillReportProperty().addListener((obs, old, now) -> fill.run());
        HBox banner = new HBox(intro, failures, worstCase);
        banner.setId("capacity-n1-summary");
        banner.getStyleClass().add(AnalysisStyles.BANNER);
        banner.visibleProperty().bind(model.drillReportProperty().isNotNull().and(model.impactProperty().isNull()));
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    /** "location SIN (NRT-1 135 %, +10,000 unserved)": the worst row it overloads and the demand it strands. */
    private static String describe(DrillOutcome outcome, double planUnserved) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (outcome.rowsOver() > 0 && outcome.worstRow() != null) {
            parts.add(outcome.worstRow().dataCenter() + " " + Figures.roundPercent(outcome.worstRow().utilization()));
        }
        double more = outcome.unservedConnections() - planUnserved;
        if (more > 1e-6) {
            parts.add("+" + Figures.connections(more) + " unserved");
        }
        return outcome.failure() + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")");
    }
}
