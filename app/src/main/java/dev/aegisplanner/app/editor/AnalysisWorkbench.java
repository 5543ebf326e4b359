package dev.aegisplanner.app.editor;

import dev.aegisplanner.app.canvas.CanvasContextMenu;
import dev.aegisplanner.app.canvas.TopologyCanvasView;
import dev.aegisplanner.app.document.SelectionModel;
import dev.aegisplanner.app.document.TopologyDocument;
import dev.aegisplanner.app.editor.analysis.AnalysisOverlay;
import dev.aegisplanner.app.editor.analysis.AnalysisOverlay.Colouring;
import dev.aegisplanner.app.editor.capacity.CapacityFeed;
import dev.aegisplanner.app.editor.capacity.CapacityLegend;
import dev.aegisplanner.app.editor.capacity.CapacityPanel;
import dev.aegisplanner.app.editor.capacity.CapacityProblems;
import dev.aegisplanner.app.editor.capacity.CapacityViewModel;
import dev.aegisplanner.app.editor.coverage.CoverageLegend;
import dev.aegisplanner.app.editor.coverage.CoveragePanel;
import dev.aegisplanner.app.editor.coverage.CoverageViewModel;
import dev.aegisplanner.app.editor.demand.DemandImport;
import dev.aegisplanner.app.editor.demand.DemandPanel;
import dev.aegisplanner.app.editor.demand.DemandViewModel;
import dev.aegisplanner.app.editor.demand.WindowDemandImportDialogs;
import dev.aegisplanner.app.editor.panels.SidePanels;
import dev.aegisplanner.app.editor.problems.ProblemsViewModel;
import dev.aegisplanner.app.editor.tasks.BackgroundWork;
import dev.aegisplanner.app.editor.theme.Icons;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.validation.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;

import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignG;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * The plan's analyses in one window (issue 8): the capacity feed and its view, the coverage view, the demand
 * panel, their colours on the drawing and the map, and capacity's warnings in the Problems panel. Each analysis
 * runs on a thread of its own, so none waits for another and none holds up the window.
 */
public final class AnalysisWorkbench {

    private static final long CAPACITY_DEBOUNCE_MILLIS = 250;
    private static final long COVERAGE_DEBOUNCE_MILLIS = 150;

    private final ScheduledExecutorService capacityWorker = worker("aegis-capacity");
    private final ScheduledExecutorService coverageWorker = worker("aegis-coverage");
    private final ExecutorService drills = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "aegis-capacity-drills");
        thread.setDaemon(true);
        return thread;
    });
    private final CapacityFeed feed;
    private final CapacityViewModel capacity;
    private final CoverageViewModel coverage;
    private final TopologyDocument document;
    private final Stage stage;
    private final BackgroundWork work;
    private final AnalysisOverlay overlay;
    private final CapacityPanel capacityPanel;
    private final CoveragePanel coveragePanel;
    /** Made when the Demand panel is first shown (or asked for): until then nothing follows edits for it. */
    private DemandViewModel demand;
    private DemandImport demandImport;
    private Tab coverageTab;
    private Tab capacityTab;

    /**
     * @param validator the problems of a topology: errors block the analyses, as they block the engine
     * @param reveal selects an element and shows it on the canvas
     */
    AnalysisWorkbench(Stage stage, TopologyDocument document, SelectionModel selection, TopologyCanvasView canvas,
                      CentreViews centre, ProblemsViewModel problems, BackgroundWork work,
                      Function<Topology, List<Problem>> validator, Consumer<ElementRef> reveal) {
        feed = new CapacityFeed(document.topologyProperty(), validator, capacityWorker, Platform::runLater,
                CAPACITY_DEBOUNCE_MILLIS);
        capacity = new CapacityViewModel(feed, drills, Platform::runLater, Runtime.getRuntime().availableProcessors());
        coverage = new CoverageViewModel(document.topologyProperty(), validator, coverageWorker, Platform::runLater,
                COVERAGE_DEBOUNCE_MILLIS);
        this.document = document;
        this.stage = stage;
        this.work = work;
        overlay = new AnalysisOverlay(
                new AnalysisOverlay.Source(coverage.shadingProperty(), coverage.heatProperty(), new CoverageLegend(coverage)),
                new AnalysisOverlay.Source(capacity.shadingProperty(), capacity.heatProperty(), new CapacityLegend(capacity)),
                canvas::setShading, centre::setMapHeat);
        feed.stateProperty().addListener((obs, old, state) -> problems.setAnalysisRows(CapacityProblems.of(state)));
        capacityPanel = new CapacityPanel(capacity, () -> single(selection.snapshot()), reveal);
        coveragePanel = new CoveragePanel(coverage, selection::snapshot, reveal);
    }

    private static ElementRef single(Set<ElementRef> selected) {
        return selected.size() == 1 ? selected.iterator().next() : null;
    }

    /** Puts the Coverage and Capacity panels in the dock; showing one turns its colours on. */
    void install(BottomDock dock, SidePanels sides) {
        coverageTab = dock.add("tab-coverage", "Coverage", MaterialDesignT.TRAFFIC_LIGHT, coveragePanel);
        capacityTab = dock.add("tab-capacity", "Capacity", MaterialDesignG.GAUGE, capacityPanel);
        dock.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now == coverageTab) {
                overlay.colouringProperty().set(Colouring.COVERAGE);
            } else if (now == capacityTab) {
                overlay.colouringProperty().set(Colouring.CAPACITY);
            }
        });
        coverage.activeProperty().bind(overlay.colouringProperty().isEqualTo(Colouring.COVERAGE)
                .or(coverageTab.selectedProperty()));
        sides.addPanel("tab-demand", "Demand", () -> new DemandPanel(demand(), demandImport()));
    }

    /**
     * The legend over the centre views, clear of the tabs and the scroll bar: top right over the drawing, bottom
     * right over the map (whose own legend and trace card take the other corners); not over the backbone.
     */
    Region legendOver(CentreViews centre) {
        Region legend = overlay.legend();
        Runnable place = () -> {
            boolean map = centre.getSelectionModel().getSelectedIndex() == CentreViews.View.MAP.ordinal();
            StackPane.setAlignment(legend, map ? Pos.BOTTOM_RIGHT : Pos.TOP_RIGHT);
            StackPane.setMargin(legend, map ? new Insets(0, 14, 30, 0) : new Insets(44, 24, 0, 0));
        };
        centre.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> place.run());
        place.run();
        legend.visibleProperty().unbind();
        legend.visibleProperty().bind(overlay.colouringProperty().isNotEqualTo(Colouring.NONE)
                .and(centre.getSelectionModel().selectedIndexProperty().isNotEqualTo(CentreViews.View.BACKBONE.ordinal())));
        return legend;
    }

    /**
     * What the analyses add to an element's context menu on the canvas: "What If This Fails?" (capacity, the
     * element down on top of the plan) and the coverage what-if's take down or bring back, each opening its panel.
     */
    List<MenuItem> contextItems(ElementRef element, BottomDock dock, Runnable showDock) {
        if (!CapacityViewModel.failable(element)) {
            return List.of();
        }
        MenuItem fails = new MenuItem("What If This Fails? (Capacity)", Icons.of(MaterialDesignF.FLASH_ALERT_OUTLINE));
        fails.setId("context-what-if-fails");
        fails.setOnAction(e -> {
            showDock.run();
            dock.show(capacityTab);
            capacity.whatIf(element);
        });
        boolean down = coverage.down().contains(element);
        MenuItem coverageWhatIf = new MenuItem(down ? "Bring Back Up in the Coverage View"
                : "Take Down in the Coverage View", Icons.of(MaterialDesignT.TRAFFIC_LIGHT));
        coverageWhatIf.setId("context-coverage-down");
        coverageWhatIf.setOnAction(e -> {
            showDock.run();
            dock.show(coverageTab);
            coverage.toggleDown(element);
        });
        return List.of(fails, coverageWhatIf);
    }

    /** The canvas context menu's items for an element, the analyses' after the window's own. */
    CanvasContextMenu.Extras withContextItems(CanvasContextMenu.Extras window, BottomDock dock, Runnable showDock) {
        return element -> {
            List<MenuItem> items = new ArrayList<>(window.itemsFor(element));
            items.addAll(contextItems(element, dock, showDock));
            return items;
        };
    }

    /** View menu items: each analysis's panel (and colours), and the plain drawing. */
    List<MenuItem> menuItems(BottomDock dock, Runnable showDock) {
        MenuItem coverageView = viewItem("Coverage View", MaterialDesignT.TRAFFIC_LIGHT, "Shortcut+Alt+4",
                coverageTab, Colouring.COVERAGE, dock, showDock);
        MenuItem capacityView = viewItem("Capacity View", MaterialDesignG.GAUGE, "Shortcut+Alt+5", capacityTab,
                Colouring.CAPACITY, dock, showDock);
        MenuItem plain = new MenuItem("Plain Drawing", Icons.of(MaterialDesignC.CIRCLE_OFF_OUTLINE));
        plain.setId("menu-plain-drawing");
        plain.setOnAction(e -> overlay.colouringProperty().set(Colouring.NONE));
        plain.disableProperty().bind(overlay.colouringProperty().isEqualTo(Colouring.NONE));
        return List.of(coverageView, capacityView, plain);
    }

    /** A View menu item that shows an analysis's panel in the dock and turns its colours on. */
    private MenuItem viewItem(String title, Ikon icon, String keys, Tab tab, Colouring colouring, BottomDock dock,
                              Runnable showDock) {
        MenuItem item = new MenuItem(title, Icons.of(icon));
        item.setId("menu-" + title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
        item.setAccelerator(KeyCombination.valueOf(keys));
        item.setOnAction(e -> {
            showDock.run();
            dock.show(tab);
            overlay.colouringProperty().set(colouring);
        });
        return item;
    }

    public CapacityFeed feed() {
        return feed;
    }

    public CapacityViewModel capacity() {
        return capacity;
    }

    public CoverageViewModel coverage() {
        return coverage;
    }

    public DemandViewModel demand() {
        if (demand == null) {
            demand = new DemandViewModel(document);
        }
        return demand;
    }

    public DemandImport demandImport() {
        if (demandImport == null) {
            demandImport = new DemandImport(demand(), new WindowDemandImportDialogs(stage), work);
        }
        return demandImport;
    }

    public AnalysisOverlay overlay() {
        return overlay;
    }

    void close() {
        capacity.cancelDrills();
        capacityWorker.shutdownNow();
        coverageWorker.shutdownNow();
        drills.shutdownNow();
    }

    private static ScheduledExecutorService worker(String name) {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        });
    }
}
