package dev.aegisplanner.app.demo;

import dev.aegisplanner.app.map.MapView;
import dev.aegisplanner.app.trace.FxPlaybackClock;
import dev.aegisplanner.app.trace.TracePlayback;
import dev.aegisplanner.model.engine.TraceResult;
import dev.aegisplanner.model.topology.Topology;
import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;

/**
 * Throwaway window showing how the pieces fit: a playback driving the map's packet, with the checks as they
 * light up. {@code DemoMain TraceDemo}.
 */
public class TraceDemo extends Application {

    @Override
    public void start(Stage stage) {
        Topology world = DemoTopologies.world();
        TraceResult trace = DemoTopologies.saoPauloToLosAngeles(world);
        MapView map = new MapView();
        map.setTopology(world);
        map.setTrace(trace);
        TracePlayback playback = new TracePlayback(new FxPlaybackClock());
        playback.load(trace);
        map.packetPositionProperty().bind(playback.positionProperty());

        Button play = new Button();
        play.textProperty().bind(Bindings.when(playback.playingProperty()).then("Pause").otherwise("Play"));
        play.setOnAction(e -> playback.togglePlaying());
        Button back = new Button("Step back");
        back.setOnAction(e -> playback.stepBack());
        Button forward = new Button("Step forward");
        forward.setOnAction(e -> playback.stepForward());
        Button restart = new Button("Restart");
        restart.setOnAction(e -> playback.restart());
        Slider speed = new Slider(TracePlayback.MIN_SPEED, TracePlayback.MAX_SPEED, 1);
        playback.speedProperty().bindBidirectional(speed.valueProperty());
        Label step = new Label();
        step.textProperty().bind(Bindings.createStringBinding(() -> playback.currentProperty().get() == null ? ""
                : playback.currentProperty().get().hop().label(), playback.currentProperty()));
        ListView<String> checks = new ListView<>();
        playback.revealedChecks().addListener((javafx.collections.ListChangeListener<? super dev.aegisplanner.model.engine.Check>) c ->
                checks.getItems().setAll(playback.revealedChecks().stream()
                        .map(k -> (k.passed() ? "\u2713 " : "\u2717 ") + k.name() + ": " + k.reason()).toList()));
        checks.setPrefWidth(380);

        HBox controls = new HBox(8, back, play, forward, restart, new Label("Speed"), speed, step);
        controls.setStyle("-fx-padding: 8;");
        BorderPane root = new BorderPane(map, null, checks, controls, null);
        stage.setScene(new Scene(root, 1400, 800));
        stage.setX(0);
        stage.setY(0);
        stage.show();
        map.fitToTrace();
        playback.speedProperty().set(getParameters().getRaw().isEmpty() ? 1 : Double.parseDouble(getParameters().getRaw().get(0)));
        playback.play();
    }
}
