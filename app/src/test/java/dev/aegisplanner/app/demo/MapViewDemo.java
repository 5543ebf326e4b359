package dev.aegisplanner.app.demo;

import dev.aegisplanner.app.map.MapPalette;
import dev.aegisplanner.app.map.MapView;
import dev.aegisplanner.model.topology.Topology;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** Throwaway window to look at the map: {@code DISPLAY=:98 java ... MapViewDemo [position] [dark]}. */
public class MapViewDemo extends Application {

    @Override
    public void start(Stage stage) {
        Topology world = DemoTopologies.world();
        MapView map = new MapView();
        map.setTopology(world);
        map.setTrace(DemoTopologies.sydneyToLosAngeles(world));
        var args = getParameters().getRaw();
        map.setPacketPosition(args.isEmpty() ? 2.6 : Double.parseDouble(args.get(0)));
        if (args.contains("dark")) {
            map.setPalette(MapPalette.DARK);
        }
        stage.setScene(new Scene(map, 1400, 800));
        stage.setX(0);
        stage.setY(0);
        stage.show();
        if (args.contains("trace")) {
            map.fitToTrace();
        }
        if (args.contains("hover")) {
            javafx.application.Platform.runLater(() -> map.fireEvent(new javafx.scene.input.MouseEvent(
                    javafx.scene.input.MouseEvent.MOUSE_MOVED, 0, 0, 0, 0, javafx.scene.input.MouseButton.NONE, 0,
                    false, false, false, false, false, false, false, false, false, false, null)));
        }
    }

    public static void main(String[] args) {
        launch(args);
    }
}
