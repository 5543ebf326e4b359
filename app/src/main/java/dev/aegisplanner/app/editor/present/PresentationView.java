package dev.aegisplanner.app.editor.present;

import dev.aegisplanner.app.canvas.TopologyCanvasView;
import dev.aegisplanner.app.editor.theme.Styles;
import dev.aegisplanner.app.editor.trace.TierLadder;
import dev.aegisplanner.app.editor.trace.TracePanelModel;
import dev.aegisplanner.app.map.MapPalette;
import dev.aegisplanner.app.map.MapView;
import dev.aegisplanner.app.trace.TierPalette;
import dev.aegisplanner.app.trace.TracePlayback;
import dev.aegisplanner.model.engine.TraceResult;
import dev.aegisplanner.model.topology.Scenario;
import dev.aegisplanner.model.topology.Topology;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Presentation mode: full screen, the map (or the canvas, M switches) with the trace playing over it, the
 * scenario's name and description as captions, the tier and the egress beside them, the checks appearing one
 * by one, and the path as a row of stations along the bottom. Right, Page Down or Space go to the next
 * scenario, Left or Page Up back, R replays, Esc leaves; a scenario that has finished moves on by itself
 * after a short pause.
 */
public final class PresentationView {

    /** How long a finished scenario stays on screen before the next one starts. */
    public static final Duration AUTO_ADVANCE_PAUSE = Duration.seconds(3.5);

    /** Screens shorter than this show the checks before the newest by their names only. */
    private static final double COMPACT_CHECKS_BELOW = 960;
    /** How far a framed path keeps from the panels laid over it, and from the screen's edges. */
    private static final double CLEARANCE = 24;

    private final Stage stage = new Stage();
    private final PresentationModel model;
    private final CanvasLender canvas;
    private final MapView map = new MapView();
    private final StackPane screen = new StackPane();
    private final PauseTransition advance = new PauseTransition(AUTO_ADVANCE_PAUSE);
    private final Region captions;
    private final Region checks;
    private final Region footer;
    private final StackPane root;
    private TopologyCanvasView lentCanvas;

    public PresentationView(Window owner, PresentationModel model, ObservableValue<Topology> topology,
                            CanvasLender canvas, String stylesheet) {
        this.model = model;
        this.canvas = canvas;
        TracePanelModel trace = new TracePanelModel(model.session(), topology);
        map.setId("presentation-map");
        map.setPalette(MapPalette.DARK);
        map.setTraceCardShown(false);
        map.topologyProperty().bind(topology);
        map.traceProperty().bind(model.session().traceProperty());
        map.packetPositionProperty().bind(model.session().playback().positionProperty());
        model.session().placesChangedProperty().addListener((obs, old, now) -> frame());
        screen.getChildren().add(map);

        BorderPane overlay = new BorderPane();
        overlay.setPickOnBounds(false);
        captions = new PresentationCaptions(model, trace);
        overlay.setTop(captions);
        ChecksCard cascade = new ChecksCard(trace.checks());
        checks = cascade;
        checks.setMaxHeight(Region.USE_PREF_SIZE);
        BorderPane.setAlignment(checks, Pos.TOP_RIGHT);
        overlay.setRight(checks);
        footer = footer(model.session().playback(), trace);
        overlay.setBottom(footer);

        root = new StackPane(screen, overlay);
        root.heightProperty().addListener((obs, old, height) ->
                cascade.setCompact(height.doubleValue() < COMPACT_CHECKS_BELOW));
        root.setId("presentation");
        root.getStyleClass().add(Styles.PRESENTATION);
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(stylesheet);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        stage.initOwner(owner);
        stage.setTitle("Aegis Planner \u2014 Presentation");
        stage.setScene(scene);
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.fullScreenProperty().addListener((obs, was, now) -> {
            if (!now && stage.isShowing()) {
                close();
            }
        });
        stage.setOnHidden(e -> left());

        advance.setOnFinished(e -> model.next());
        TracePlayback playback = model.session().playback();
        playback.playingProperty().addListener((obs, was, now) -> {
            if (now) {
                advance.stop();
            } else if (playback.atEndProperty().get() && stage.isShowing()) {
                advance.playFromStart();
            }
        });
    }

    private Region footer(TracePlayback playback, TracePanelModel trace) {
        HopStrip strip = new HopStrip(playback);
        TierPalette.follow(strip, trace.tierProperty());
        strip.setId("presentation-hops");
        strip.setMaxWidth(Region.USE_PREF_SIZE);
        Label keys = new Label("\u2192  next      \u2190  previous      R  replay      M  map or canvas      Esc  leave");
        keys.getStyleClass().add(Styles.PRESENTATION_KEYS);
        TierLadder ladder = new TierLadder(trace.tierProperty());
        ladder.setId("presentation-ladder");
        ladder.setMaxWidth(Region.USE_PREF_SIZE);
        VBox footer = new VBox(strip, ladder, keys);
        footer.getStyleClass().add(Styles.PRESENTATION_FOOTER);
        footer.setAlignment(Pos.CENTER);
        footer.setPickOnBounds(false);
        return footer;
    }

    /** Shows the presentation full screen and plays the first scenario. */
    public void show(List<Scenario> playlist) {
        // Where full screen is not granted (no window manager), the window still covers the screen.
        Rectangle2D screenBounds = Screen.getPrimary().getBounds();
        stage.setX(screenBounds.getMinX());
        stage.setY(screenBounds.getMinY());
        stage.setWidth(screenBounds.getWidth());
        stage.setHeight(screenBounds.getHeight());
        stage.setFullScreen(true);
        stage.show();
        model.start(playlist);
        Platform.runLater(this::frame);
    }

    /** The next scenario now, as Right does (for a presenter's remote, say). */
    public void next() {
        navigate(model::next);
    }

    public void previous() {
        navigate(model::previous);
    }

    public void close() {
        stage.hide();
    }

    public boolean isShowing() {
        return stage.isShowing();
    }

    private void onKey(KeyEvent e) {
        switch (e.getCode()) {
            case RIGHT, PAGE_DOWN, SPACE -> next();
            case LEFT, PAGE_UP -> previous();
            case R -> navigate(model::replay);
            case M -> switchView();
            case ESCAPE -> close();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void navigate(Runnable move) {
        advance.stop();
        move.run();
    }

    /**
     * Between the map and the canvas (as M does), which is borrowed from the editor for as long as it is shown here: without
     * its scroll bars, the path's words larger, framed on the path like the map.
     */
    public void switchView() {
        if (lentCanvas == null) {
            lentCanvas = canvas.lend();
            lentCanvas.setPresenting(true);
            screen.getChildren().setAll(lentCanvas);
        } else {
            giveCanvasBack();
        }
        Platform.runLater(this::frame);
    }

    /** Whether the canvas is shown rather than the map. */
    public boolean showsCanvas() {
        return lentCanvas != null;
    }

    /** Frames the path in the part of the screen the captions, the checks and the stations leave free. */
    private void frame() {
        TraceResult shown = model.session().traceProperty().get();
        if (shown == null) {
            return;
        }
        root.applyCss();
        root.layout();
        Insets clear = clearArea();
        if (lentCanvas != null) {
            lentCanvas.fitTrace(shown, clear);
        } else {
            map.setFramePadding(clear);
            map.fitToTrace();
        }
    }

    /** The room the panels laid over the screen take, plus a margin: a path framed in the rest is never covered. */
    public Insets clearArea() {
        double top = captions.getBoundsInParent().getMaxY() + CLEARANCE;
        double bottom = root.getHeight() - footer.getBoundsInParent().getMinY() + CLEARANCE;
        // The checks appear one by one as the packet reaches the router: keep their column clear from the start.
        double right = Math.max(checks.getWidth(), checks.prefWidth(-1)) + 2 * CLEARANCE;
        return new Insets(top, right, Math.max(CLEARANCE, bottom), CLEARANCE);
    }

    private void giveCanvasBack() {
        screen.getChildren().setAll(map);
        lentCanvas.setPresenting(false);
        lentCanvas = null;
        canvas.takeBack();
    }

    private void left() {
        advance.stop();
        if (lentCanvas != null) {
            giveCanvasBack();
        }
    }
}
