package dev.aegisplanner.app.demo;

import static dev.aegisplanner.app.demo.TourSteps.fx;
import static dev.aegisplanner.app.demo.TourSteps.pause;
import static dev.aegisplanner.app.demo.TourSteps.shoot;

import dev.aegisplanner.app.editor.EditorServices;
import dev.aegisplanner.app.editor.EditorWindow;
import dev.aegisplanner.app.editor.files.RecentFiles;
import dev.aegisplanner.app.editor.files.RecoveryStore;
import dev.aegisplanner.app.editor.tasks.BackgroundWork;
import dev.aegisplanner.app.editor.theme.Theme;
import dev.aegisplanner.app.editor.theme.ThemeManager;
import dev.aegisplanner.model.topology.ElementRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.TabPane;
import javafx.scene.input.MouseButton;
import javafx.scene.robot.Robot;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Photographs the screens issue 10 changed, in a window as large as the screen (run it under Xvfb at
 * 1280 x 800 and at 1920 x 1080), in the theme given: the canvas's context menu and a drag with its guide,
 * the trace panel on a request with no egress, the canvas, map and backbone during a forward to another
 * location, the side panels, and presentation mode on the map and on the canvas. With a planet-sized file
 * (no scenario ids given) it photographs the canvas, the map and the backbone.
 * {@code DemoMain ComfortTour FILE PREFIX light|dark [NO_EGRESS_SCENARIO FORWARD_SCENARIO SERVER]}.
 */
public class ComfortTour extends Application {

    private EditorWindow window;
    private Stage stage;

    @Override
    public void start(Stage primary) throws IOException {
        stage = primary;
        Path folder = Files.createTempDirectory("aegis-comfort");
        Preferences preferences = Preferences.userRoot().node("dev/aegisplanner/comfort-" + System.nanoTime());
        ThemeManager theme = new ThemeManager(preferences);
        theme.apply(Theme.valueOf(getParameters().getRaw().get(2).toUpperCase(java.util.Locale.ROOT)));
        EditorServices services = new EditorServices(theme, new RecentFiles(preferences.node("recent")),
                new RecoveryStore(folder.resolve("recovery")), new BackgroundWork(), 3600);
        window = new EditorWindow(primary, services, List.of());
        var bounds = Screen.getPrimary().getBounds();
        primary.setX(0);
        primary.setY(0);
        primary.setWidth(bounds.getWidth());
        primary.setHeight(bounds.getHeight());
        window.show(Path.of(getParameters().getRaw().get(0)), Optional.empty());
        Thread tour = new Thread(this::walk, "comfort-tour");
        tour.setDaemon(true);
        tour.start();
    }

    private void walk() {
        List<String> args = getParameters().getRaw();
        String prefix = args.get(1);
        boolean planet = args.size() < 6;
        pause(planet ? 30_000 : 5000);
        fx(() -> window.canvas().fitToWindow());
        pause(1500);
        shoot(prefix + "-canvas");
        if (planet) {
            centre(1);
            pause(4000);
            shoot(prefix + "-map");
            centre(2);
            pause(6000);
            shoot(prefix + "-backbone");
            System.exit(0);
        }
        String noEgress = args.get(3);
        String forward = args.get(4);
        String server = args.get(5);

        fx(() -> window.selection().select(ElementRef.server(server)));
        fx(() -> window.canvas().showContextMenuFor(ElementRef.server(server)));
        pause(1200);
        shoot(prefix + "-context-menu");
        fx(() -> window.canvas().contextMenu().hide());
        fx(() -> window.selection().clear());
        pause(500);
        dragShowingGuides(window.document().topology().locations().get(0).id());

        fx(() -> window.traceRequest().chooseScenario(noEgress));
        fx(() -> window.traceSession().playback().speedProperty().set(4));
        pause(4500);
        shoot(prefix + "-trace-no-egress");

        fx(() -> window.traceRequest().chooseScenario(forward));
        fx(() -> window.canvas().fitToWindow());
        pause(5000);
        shoot(prefix + "-trace-canvas");
        centre(1);
        pause(3500);
        shoot(prefix + "-map");
        centre(2);
        pause(5000);
        shoot(prefix + "-backbone");
        centre(0);
        fx(() -> ((TabPane) stage.getScene().lookup("#side-panels")).getSelectionModel().select(1));
        pause(800);
        shoot(prefix + "-zones");

        fx(() -> window.traceActions().presentation.run());
        pause(1000);
        for (int i = 0; i < 4; i++) {
            fx(() -> window.presentation().next());
        }
        pause(6000);
        shoot(prefix + "-presentation-map");
        fx(() -> window.presentation().previous());
        fx(() -> window.presentation().next());
        fx(() -> window.presentation().switchView());
        pause(6000);
        shoot(prefix + "-presentation-canvas");
        fx(() -> window.presentation().close());
        System.exit(0);
    }

    /**
     * Presses on a location's name tag, carries it a few pixels off the line its left edge shares with the
     * location below, so it snaps back onto it with the guide showing, photographs that, lets go and undoes.
     */
    private void dragShowingGuides(String location) {
        Point2D[] at = new Point2D[2];
        fx(() -> {
            Bounds b = window.canvas().boundsOf(ElementRef.location(location)).orElseThrow();
            at[0] = window.canvas().localToScreen(b.getMinX() + 24, b.getMinY() - 2);
            at[1] = at[0].add(4, 36);
        });
        Robot[] robot = new Robot[1];
        fx(() -> robot[0] = new Robot());
        fx(() -> robot[0].mouseMove(at[0]));
        fx(() -> robot[0].mousePress(MouseButton.PRIMARY));
        for (int step = 1; step <= 10; step++) {
            double t = step / 10.0;
            Point2D p = at[0].add(at[1].subtract(at[0]).multiply(t));
            fx(() -> robot[0].mouseMove(p));
            pause(60);
        }
        pause(700);
        shoot(getParameters().getRaw().get(1) + "-drag-guides");
        fx(() -> robot[0].mouseRelease(MouseButton.PRIMARY));
        fx(() -> window.document().commands().undo());
        pause(500);
    }

    private void centre(int tab) {
        fx(() -> ((TabPane) stage.getScene().lookup("#centre-views")).getSelectionModel().select(tab));
    }
}
