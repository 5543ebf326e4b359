package dev.aegisplanner.app.canvas;

import dev.aegisplanner.app.document.SelectionModel;
import dev.aegisplanner.app.document.TopologyDocument;
import dev.aegisplanner.model.generate.GeneratorSpec;
import dev.aegisplanner.model.generate.TopologyGenerator;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.validation.Severity;
import java.util.Map;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.stage.Stage;

/**
 * Shows the canvas in a window, to look at it (not a test). Arguments: {@code small|large}, then optional
 * {@code zoom=<scale>}, {@code at=<id>} (centre on an element), {@code dark}, {@code select=<id>}.
 * <pre>DISPLAY=:57 java -cp ... dev.aegisplanner.app.canvas.CanvasPreview small zoom=1</pre>
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
        var args = getParameters().getRaw();
        boolean large = args.contains("large");
        Topology topology = large ? TopologyGenerator.generate(GeneratorSpec.large(42)) : SampleTopologies.threeMetros();
        long start = System.nanoTime();
        TopologyDocument document = new TopologyDocument(topology, null);
        SelectionModel selection = new SelectionModel();
        TopologyCanvasView view = new TopologyCanvasView(document, selection);
        System.out.printf("scene built in %.0f ms%n", (System.nanoTime() - start) / 1e6);
        view.setProblemMarkers(Map.of(ElementRef.server("ams1-s3"), Severity.ERROR, ElementRef.dataCenter("FRA-2"), Severity.WARNING));
        Label status = new Label();
        status.textProperty().bind(view.statusMessageProperty());
        StackPane overview = new StackPane(view.overview());
        overview.setMaxSize(240, 150);
        StackPane.setAlignment(overview, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(overview, new Insets(0, 24, 24, 0));
        StackPane center = new StackPane(view, overview);
        BorderPane root = new BorderPane(center);
        root.setBottom(status);
        boolean dark = args.contains("dark");
        view.setDarkTheme(dark);
        stage.setScene(new Scene(root, 1560, 960));
        stage.setTitle("Canvas preview");
        stage.show();
        Platform.runLater(() -> {
            for (String a : args) {
                if (a.startsWith("select=")) {
                    String id = a.substring(7);
                    selection.select(id.matches("[A-Z]+") ? ElementRef.location(id)
                            : id.matches("[A-Z]+[0-9]*-[0-9]+") ? ElementRef.dataCenter(id) : ElementRef.server(id));
                }
            }
            for (String a : args) {
                if (a.startsWith("zoom=")) {
                    double z = Double.parseDouble(a.substring(5));
                    view.zoomToActualSize();
                    double factor = z;
                    while (Math.abs(view.zoomProperty().get() - factor) > 1e-6) {
                        if (view.zoomProperty().get() < factor) {
                            view.zoomIn();
                            if (view.zoomProperty().get() > factor) {
                                break;
                            }
                        } else {
                            view.zoomOut();
                            if (view.zoomProperty().get() < factor) {
                                break;
                            }
                        }
                    }
                }
                if (a.startsWith("at=")) {
                    String id = a.substring(3);
                    view.scene().frame(id).ifPresent(f -> view.reveal(f.ref()));
                    view.scene().server(id).ifPresent(s -> view.reveal(s.ref()));
                }
            }
        });
    }

    }
}
