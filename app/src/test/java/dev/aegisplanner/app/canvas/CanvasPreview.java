package dev.aegisplanner.app.canvas;

import dev.aegisplanner.app.document.SelectionModel;
import dev.aegisplanner.app.document.TopologyDocument;
import dev.aegisplanner.model.engine.ForwardingEngine;
import dev.aegisplanner.model.engine.Request;
import dev.aegisplanner.model.generate.GeneratorSpec;
import dev.aegisplanner.model.generate.TopologyGenerator;
import dev.aegisplanner.model.io.TopologyReader;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Scenario;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.validation.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Shows the canvas in a window, to look at it (a development aid, not a test). Arguments: {@code small}
 * (three metros drawn by hand), {@code large} (the 100,000-server benchmark topology) or {@code file=<path>}
 * (a topology file), then any of {@code dark}, {@code zoom=<scale>}, {@code at=<id>} (reveal an element),
 * {@code select=<id>}, {@code trace=<scenario id>:<hop position>} (draw a scenario's path, the packet there).
 * <pre>DISPLAY=:57 java -cp app/target/test-classes:app/target/classes:$(cat app/target/bench.cp) \
 *     dev.aegisplanner.app.canvas.CanvasPreview small zoom=1.5</pre>
 */
public final class CanvasPreview {

    private CanvasPreview() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window; a nested class so the launcher above starts JavaFX from the class path. */
    public static final class Window extends Application {

        @Override
        public void start(Stage stage) {
            List<String> args = getParameters().getRaw();
            Topology topology = args.contains("large") ? TopologyGenerator.generate(GeneratorSpec.large(42))
                    : args.stream().filter(a -> a.startsWith("file=")).findFirst()
                            .map(a -> TopologyReader.read(Path.of(a.substring(5))).topology())
                            .orElseGet(SampleTopologies::threeMetros);
            long start = System.nanoTime();
            TopologyDocument document = new TopologyDocument(topology, null);
            SelectionModel selection = new SelectionModel();
            TopologyCanvasView view = new TopologyCanvasView(document, selection);
            System.out.printf(Locale.ROOT, "canvas ready in %.0f ms%n", (System.nanoTime() - start) / 1e6);
            view.setProblemMarkers(Map.of(ElementRef.server("ams1-s3"), Severity.ERROR,
                    ElementRef.dataCenter("FRA-2"), Severity.WARNING));
            view.setDarkTheme(args.contains("dark"));

            StackPane overview = new StackPane(view.overview());
            overview.setMaxSize(240, 150);
            StackPane.setAlignment(overview, Pos.BOTTOM_RIGHT);
            StackPane.setMargin(overview, new Insets(0, 24, 24, 0));
            Label status = new Label();
            status.textProperty().bind(view.statusMessageProperty());
            BorderPane root = new BorderPane(new StackPane(view, overview));
            root.setBottom(status);
            stage.setScene(new Scene(root, 1560, 960));
            stage.setTitle("Canvas preview");
            stage.show();
            Platform.runLater(() -> apply(args, view, selection));
        }

        private static void apply(List<String> args, TopologyCanvasView view, SelectionModel selection) {
            for (String arg : args) {
                String value = arg.substring(arg.indexOf('=') + 1);
                if (arg.startsWith("select=")) {
                    find(view, value).ifPresent(selection::select);
                } else if (arg.startsWith("at=")) {
                    find(view, value).ifPresent(view::reveal);
                } else if (arg.startsWith("zoom=")) {
                    view.zoomTo(Double.parseDouble(value));
                } else if (arg.startsWith("trace=")) {
                    String[] scenarioAndHop = value.split(":");
                    Topology topology = view.drawing().topology();
                    Scenario scenario = topology.scenario(scenarioAndHop[0]).orElseThrow();
                    view.showTrace(new ForwardingEngine(topology).trace(Request.of(scenario)),
                            Double.parseDouble(scenarioAndHop[1]));
                }
            }
        }

        private static Optional<ElementRef> find(TopologyCanvasView view, String id) {
            return view.drawing().frame(id).map(f -> f.ref()).or(() -> view.drawing().server(id).map(s -> s.ref()));
        }
    }
}
