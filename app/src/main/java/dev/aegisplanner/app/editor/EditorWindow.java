package dev.aegisplanner.app.editor;

import dev.aegisplanner.app.canvas.TopologyCanvasView;
import dev.aegisplanner.app.document.SelectionModel;
import dev.aegisplanner.app.document.TopologyDocument;
import dev.aegisplanner.app.editor.advisor.PlacementAdvisorActions;
import dev.aegisplanner.app.editor.actions.EditorActions;
import dev.aegisplanner.app.editor.actions.MenuBarBuilder;
import dev.aegisplanner.app.editor.actions.MenuBarBuilder.PanelToggle;
import dev.aegisplanner.app.editor.actions.ShortcutsSheet;
import dev.aegisplanner.app.editor.actions.ToolBarBuilder;
import dev.aegisplanner.app.editor.assign.CanvasDropTarget;
import dev.aegisplanner.app.editor.assign.IpDropViewModel;
import dev.aegisplanner.app.editor.assign.ServerIpsView;
import dev.aegisplanner.app.editor.assign.ServerIpsViewModel;
import dev.aegisplanner.app.editor.export.DocumentExports;
import dev.aegisplanner.app.editor.export.ExportTarget;
import dev.aegisplanner.app.editor.export.WindowExportDialogs;
import dev.aegisplanner.app.editor.files.Autosaver;
import dev.aegisplanner.app.editor.files.DocumentFiles;
import dev.aegisplanner.app.editor.files.Sample;
import dev.aegisplanner.app.editor.files.WindowDialogs;
import dev.aegisplanner.app.editor.panels.SidePanels;
import dev.aegisplanner.app.editor.problems.PlanningRows;
import dev.aegisplanner.app.editor.problems.ProblemFixes;
import dev.aegisplanner.app.editor.problems.ProblemRow;
import dev.aegisplanner.app.editor.problems.ProblemsView;
import dev.aegisplanner.app.editor.problems.ProblemsViewModel;
import dev.aegisplanner.app.editor.problems.ValidationCache;
import dev.aegisplanner.app.editor.properties.PropertiesView;
import dev.aegisplanner.app.editor.properties.PropertiesViewModel;
import dev.aegisplanner.app.editor.status.StatusBarView;
import dev.aegisplanner.app.editor.status.StatusBarViewModel;
import dev.aegisplanner.app.editor.theme.Theme;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Scenario;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.app.editor.actions.Controls;
import dev.aegisplanner.app.editor.present.PresentationView;
import dev.aegisplanner.app.editor.trace.TraceActions;
import dev.aegisplanner.app.editor.trace.TraceRequest;
import dev.aegisplanner.app.editor.trace.TraceRequestModel;
import dev.aegisplanner.app.editor.trace.TraceSession;
import dev.aegisplanner.app.editor.trace.TraceStatusItem;
import dev.aegisplanner.app.trace.TraceOverlay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;

/** Puts the editor window together: menus, toolbar, panels around the canvas, status bar, and their wiring. */
public final class EditorWindow implements EditorActions.Window {

    private static final long VALIDATION_DEBOUNCE_MILLIS = 200;

    private final Stage stage;
    private final EditorServices services;
    private final TopologyDocument document = new TopologyDocument(Topology.empty("Untitled"), null);
    private final SelectionModel selection = new SelectionModel();
    private final TopologyCanvasView canvas = new TopologyCanvasView(document, selection);
    private final ScheduledExecutorService validation = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "aegis-validation");
        thread.setDaemon(true);
        return thread;
    });
    private final ValidationCache validations = new ValidationCache();
    private final ProblemsViewModel problems;
    private final DocumentExports exports;
    private final Autosaver autosaver;
    private final DocumentFiles files;
    private final SelectionEdits selectionEdits;
    private final EditorActions actions;
    private final CentreViews centre;
    private final TraceWorkbench trace;
    private final AnalysisWorkbench analyses;
    private final BottomDock dock;
    private final PlacementAdvisorActions advisor;

    public EditorWindow(Stage stage, EditorServices services, List<Sample> samples) {
        this.stage = stage;
        this.services = services;
        canvas.setId("canvas");
        problems = new ProblemsViewModel(document.topologyProperty(), t -> validations.apply(t).problems(),
                PlanningRows::of, validation, Platform::runLater, VALIDATION_DEBOUNCE_MILLIS);
        problems.markersProperty().addListener((obs, old, markers) -> canvas.setProblemMarkers(markers));
        document.topologyProperty().addListener((obs, old, next) -> {
            if (!next.sameElementsAs(old)) {
                selection.retainExisting(next.index()::contains);
            }
        });
        autosaver = new Autosaver(document, services.recovery(), Duration.seconds(services.autosaveSeconds()));
        files = new DocumentFiles(document, selection, problems, services.recent(), services.recovery(), autosaver,
                services.work(), new WindowDialogs(stage));
        selectionEdits = new SelectionEdits(document, selection, canvas);
        exports = new DocumentExports(document, selection, files.documentNameProperty(), services.work(),
                new WindowExportDialogs(stage), validations, this::shownTrace,
                () -> services.theme().themeProperty().get() == Theme.DARK);
        actions = new EditorActions(files, document.commands(), canvas, services.theme(), this);

        IpDropViewModel drops = new IpDropViewModel(document, selection);
        CanvasDropTarget.install(canvas, drops);
        PropertiesView properties = new PropertiesView(new PropertiesViewModel(document, selection),
                new ServerIpsView(new ServerIpsViewModel(document, selection)));
        ProblemsView problemsView = new ProblemsView(problems, this::goTo, new ProblemFixes(document.commands()));
        OverviewPane overview = new OverviewPane((Region) canvas.overview());
        centre = new CentreViews(canvas, document, selection, services.theme());
        trace = new TraceWorkbench(stage, document, selection, centre, validations, this::goTo);
        centre.follow(trace.session());
        TraceOverlay.connect(trace.playback(), canvas);
        dock = new BottomDock(trace.view(), problemsView, problems);
        analyses = new AnalysisWorkbench(stage, document, selection, canvas, centre, problems, services.work(),
                t -> validations.apply(t).problems(), this::goTo);
        advisor = new PlacementAdvisorActions(stage, document, selection, services.theme());
        SidePanels sides = new SidePanels(document, selection, properties::focusFirstField);
        sides.setOnSuggestPlacement(advisor::open);
        analyses.install(dock, sides);
        WorkspaceLayout layout = new WorkspaceLayout(sides, overview,
                new StackPane(centre, analyses.legendOver(centre)), dock, properties);
        CanvasMenuExtras extras = new CanvasMenuExtras(document, id -> {
            trace.request().sendFrom(id);
            dock.showTrace();
        }, new WhatIfDown(services.work(), this::showWhatIf), () -> {
            layout.propertiesShown().set(true);
            properties.focusFirstField();
        });
        canvas.setContextMenuExtras(analyses.withContextItems(extras, dock, () -> layout.dockShown().set(true)));
        canvas.darkThemeProperty().bind(services.theme().themeProperty().isEqualTo(Theme.DARK));

        Map<String, PanelToggle> panels = new LinkedHashMap<>();
        panels.put("Side Panels", new PanelToggle(layout.sidePanelsShown(), "Shortcut+1"));
        panels.put("Properties", new PanelToggle(layout.propertiesShown(), "Shortcut+2"));
        panels.put("Trace and Problems", new PanelToggle(layout.dockShown(), "Shortcut+3"));
        panels.put("Overview", new PanelToggle(overview.overviewShown(), "Shortcut+4"));

        StatusBarView status = new StatusBarView(new StatusBarViewModel(document, selection, canvas.zoomProperty(),
                files.documentNameProperty()), problems, services.work(), drops.hintProperty(),
                new TraceStatusItem(trace.session(), dock::showTrace), dock::showProblems);
        List<MenuItem> views = new ArrayList<>(centre.menuItems());
        views.add(new SeparatorMenuItem());
        views.addAll(analyses.menuItems(dock, () -> layout.dockShown().set(true)));
        views.add(new SeparatorMenuItem());
        views.add(Controls.menuItem(trace.actions().presentation));
        views.add(Controls.menuItem(trace.actions().presentationScenarios));
        VBox top = new VBox(MenuBarBuilder.build(actions, files, samples, services.theme(), panels, views,
                List.of(trace.actions().menu(), advisor.menu())), ToolBarBuilder.build(actions, canvas));
        BorderPane root = new BorderPane(layout.root(), top, null, status, null);
        root.setId("editor-root");

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1440, screen.getWidth()), Math.min(900, screen.getHeight()));
        services.theme().install(scene);
        scene.getAccelerators().put(KeyCombination.valueOf("Shortcut+Y"), actions.redo::run);
        scene.getAccelerators().put(KeyCombination.valueOf("Shortcut+Add"), actions.zoomIn::run);
        scene.getAccelerators().put(KeyCombination.valueOf("Shortcut+Subtract"), actions.zoomOut::run);
        scene.getAccelerators().put(KeyCombination.valueOf("F1"), actions.shortcuts::run);
        ToolKeys.install(scene, actions.tools());
        stage.setScene(scene);
        stage.titleProperty().bind(Bindings.createStringBinding(
                () -> files.documentNameProperty().get() + (document.isDirty() ? "*" : "") + " \u2014 Aegis Planner",
                files.documentNameProperty(), document.dirtyProperty()));
        stage.setOnCloseRequest(event -> {
            event.consume();
            quit();
        });
    }

    /** Shows the window on its first document: the file from the command line, else the default sample. */
    public void show(java.nio.file.Path file, java.util.Optional<Sample> sample) {
        StartupTimes.watch(stage, document);
        stage.show();
        files.start(file, sample);
        autosaver.start();
    }

    /** The trace the Trace panel shows, as a scenario of the topology, or null when it shows none. */
    private Scenario shownTrace(Topology topology) {
        TraceRequest request = trace == null ? null : trace.session().requestProperty().get();
        return request == null || trace.session().traceProperty().get() == null ? null : request.asScenario(topology);
    }

    private void goTo(ProblemRow row) {
        row.target().ifPresent(this::goTo);
    }

    private void goTo(ElementRef ref) {
        selection.select(ref);
        canvas.reveal(ref);
    }

    public TopologyDocument document() {
        return document;
    }

    public SelectionModel selection() {
        return selection;
    }

    public TopologyCanvasView canvas() {
        return canvas;
    }

    public DocumentFiles files() {
        return files;
    }

    /** The trace the window shows, for tests. */
    public TraceSession traceSession() {
        return trace.session();
    }

    public TraceRequestModel traceRequest() {
        return trace.request();
    }

    /** Presentation mode, once it has been started; {@code null} before. */
    public PresentationView presentation() {
        return trace.presentation();
    }

    public TraceActions traceActions() {
        return trace.actions();
    }

    /** The analyses the window shows (coverage, capacity, demand), for tests and tours. */
    public AnalysisWorkbench analyses() {
        return analyses;
    }

    /** "Suggest Placement...", for tests. */
    public PlacementAdvisorActions placementAdvisor() {
        return advisor;
    }

    @Override
    public void quit() {
        files.whenDiscardable(() -> {
            autosaver.discard(document.file());
            autosaver.close();
            validation.shutdownNow();
            trace.close();
            analyses.close();
            advisor.close();
            centre.dispose();
            stage.close();
        });
    }

    @Override
    public void export(ExportTarget target) {
        exports.export(target);
    }

    @Override
    public void copyImage() {
        exports.copyImage();
    }

    @Override
    public void deleteSelection() {
        selectionEdits.delete();
    }

    @Override
    public void showShortcuts() {
        List<EditorActions.Group> groups = new ArrayList<>(actions.groups());
        groups.add(groups.size() - 1, trace.actions().group());
        ShortcutsSheet.show(stage, groups);
    }

    private void showWhatIf(WhatIfDown.Report report) {
        Alert answer = new Alert(Alert.AlertType.INFORMATION, String.join("\n", report.lines()), ButtonType.CLOSE);
        answer.initOwner(stage);
        answer.setTitle(report.title());
        answer.setHeaderText(report.headline());
        answer.getDialogPane().setId("what-if-down");
        answer.getDialogPane().setMinWidth(560);
        answer.show();
    }

    @Override
    public void showAbout() {
        Alert about = new Alert(Alert.AlertType.INFORMATION, "Plan dedicated egress IPs: draw locations, data "
                + "centers and servers, assign egress addresses, and watch requests find their way out.\n\n"
                + "Java " + System.getProperty("java.version") + ", JavaFX " + System.getProperty("javafx.version"),
                ButtonType.CLOSE);
        about.initOwner(stage);
        about.setTitle("About Aegis Planner");
        about.setHeaderText("Aegis Planner");
        about.showAndWait();
    }
}
