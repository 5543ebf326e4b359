package dev.aegisplanner.app.demo;

import dev.aegisplanner.app.map.MapContent;
import dev.aegisplanner.app.map.MapPalette;
import dev.aegisplanner.app.map.MapRenderer;
import dev.aegisplanner.model.engine.TraceResult;
import dev.aegisplanner.model.topology.Topology;
import java.io.File;
import java.io.IOException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/** Writes map images without a window, as an export would: {@code DemoMain MapSnapshotDemo OUT_PREFIX}. */
public class MapSnapshotDemo extends Application {

    @Override
    public void start(Stage stage) throws IOException {
        String prefix = getParameters().getRaw().get(0);
        Topology world = DemoTopologies.world();
        TraceResult trace = DemoTopologies.saoPauloToLosAngeles(world);
        MapContent content = new MapContent(world, trace, 2.5, "IAD");
        write(new MapRenderer(MapPalette.LIGHT).snapshot(content, 1200, 640), prefix + "-light.png");
        write(new MapRenderer(MapPalette.DARK).snapshot(content, 1200, 640), prefix + "-dark.png");
        Platform.exit();
    }

    private static void write(javafx.scene.image.Image image, String file) throws IOException {
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", new File(file));
    }
}
