package dev.aegisplanner.app.editor;

import dev.aegisplanner.app.document.SelectionModel;
import dev.aegisplanner.app.document.TopologyDocument;
import dev.aegisplanner.app.editor.present.CanvasLender;
import dev.aegisplanner.app.editor.present.PlaylistDialog;
import dev.aegisplanner.app.editor.present.PresentationModel;
import dev.aegisplanner.app.editor.present.PresentationPlaylist;
import dev.aegisplanner.app.editor.present.PresentationView;
import dev.aegisplanner.app.editor.theme.ThemeManager;
import dev.aegisplanner.app.editor.trace.TraceActions;
import dev.aegisplanner.app.editor.trace.TraceComputer;
import dev.aegisplanner.app.editor.trace.TracePanelModel;
import dev.aegisplanner.app.editor.trace.TracePanelView;
import dev.aegisplanner.app.editor.trace.TraceRequestModel;
import dev.aegisplanner.app.editor.trace.TraceSession;
import dev.aegisplanner.app.trace.FxPlaybackClock;
import dev.aegisplanner.app.trace.TracePlayback;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.app.editor.problems.ProblemRow;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.validation.Validation;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Stage;

/**
 * Watching requests in one window: the trace session and its playback, the request and the panel, their
 * actions, and presentation mode. Selecting a scenario anywhere traces it; opening another document forgets
 * the request.
 */
final class TraceWorkbench {

    private final Stage stage;
    private final TopologyDocument document;
    private final CanvasLender canvas;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "aegis-trace");
        thread.setDaemon(true);
        return thread;
    });
    private final TracePlayback playback = new TracePlayback(new FxPlaybackClock());
    private final TraceSession session;
    private final TraceRequestModel request;
    private final TracePanelModel panel;
    private final TraceActions actions;
    private final TracePanelView view;
    private final PresentationPlaylist playlist = new PresentationPlaylist();
    private PresentationView presentation;

    /**
     * @param validations the window's validations: errors block the engine
     * @param goTo shows the element a problem is about, as a click in the Problems panel does
     */
    TraceWorkbench(Stage stage, TopologyDocument document, SelectionModel selection, CanvasLender canvas,
                   Function<Topology, Validation> validations, Consumer<ProblemRow> goTo) {
        this.stage = stage;
        this.document = document;
        this.canvas = canvas;
        session = new TraceSession(document.topologyProperty(), playback,
                new TraceComputer(background, Platform::runLater, TraceComputer.INLINE_SERVER_LIMIT, validations));
        request = new TraceRequestModel(document.commands(), session);
        panel = new TracePanelModel(session, document.topologyProperty());
        actions = new TraceActions(panel, request, selection, this::askScenarioName, this::present,
                this::choosePresented);
        view = new TracePanelView(panel, request, actions, goTo);
        selection.selectionProperty().addListener((obs, old, now) -> {
            if (selection.selected().size() == 1) {
                ElementRef ref = selection.selected().iterator().next();
                if (ref.kind() == ElementKind.SCENARIO) {
                    request.chooseScenario(ref.id());
                }
            }
        });
        document.replacementsProperty().addListener((obs, old, now) -> {
            playlist.reset();
            request.clear();
        });
    }

    private Optional<String> askScenarioName(Optional<String> suggested) {
        TextInputDialog dialog = new TextInputDialog(suggested.orElse(""));
        dialog.initOwner(stage);
        dialog.setTitle("Save Request as Scenario");
        dialog.setHeaderText("Save this request as a scenario of the document");
        dialog.setContentText("Name");
        dialog.getDialogPane().setId("save-scenario-dialog");
        return dialog.showAndWait().filter(name -> !name.isBlank());
    }

    private void present() {
        if (presentation == null) {
            presentation = new PresentationView(stage, new PresentationModel(request, session),
                    document.topologyProperty(), canvas, Objects.requireNonNull(
                            TraceWorkbench.class.getResource(ThemeManager.EDITOR_STYLESHEET)).toExternalForm());
        }
        if (!presentation.isShowing()) {
            presentation.show(playlist.scenarios(document.topology()));
        }
    }

    private void choosePresented() {
        PlaylistDialog.choose(stage, document.topology().scenarios(), playlist.scenarios(document.topology()))
                .ifPresent(playlist::choose);
    }

    TraceSession session() {
        return session;
    }

    TracePlayback playback() {
        return playback;
    }

    TraceRequestModel request() {
        return request;
    }

    TraceActions actions() {
        return actions;
    }

    TracePanelView view() {
        return view;
    }

    PresentationView presentation() {
        return presentation;
    }

    void close() {
        if (presentation != null) {
            presentation.close();
        }
        playback.pause();
        background.shutdownNow();
    }
}
