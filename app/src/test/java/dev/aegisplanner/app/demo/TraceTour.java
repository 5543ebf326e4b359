package dev.aegisplanner.app.demo;

import static dev.aegisplanner.app.demo.TourSteps.fx;
import static dev.aegisplanner.app.demo.TourSteps.pause;
import static dev.aegisplanner.app.demo.TourSteps.shoot;

import dev.aegisplanner.app.editor.EditorServices;
import dev.aegisplanner.app.editor.EditorWindow;
import dev.aegisplanner.app.editor.files.RecentFiles;
import dev.aegisplanner.app.editor.files.RecoveryStore;
import dev.aegisplanner.app.editor.tasks.BackgroundWork;
import dev.aegisplanner.app.editor.theme.ThemeManager;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

/**
 * Walks the editor through a sample and photographs it with ImageMagick's {@code import} (run it under Xvfb):
 * the canvas with a path mid-play, one scenario per tier mid-play in the Trace panel, the map, the backbone, an edit's call-out, presentation.
 * {@code DemoMain TraceTour samples/global-retailer.json /tmp/player}.
 */
public class TraceTour extends Application {

    private EditorWindow window;
    private Stage stage;

    @Override
    public void start(Stage primary) throws IOException {
        stage = primary;
        Path folder = Files.createTempDirectory("aegis-tour");
        Preferences preferences = Preferences.userRoot().node("dev/aegisplanner/tour-" + System.nanoTime());
        EditorServices services = new EditorServices(new ThemeManager(preferences),
                new RecentFiles(preferences.node("recent")), new RecoveryStore(folder.resolve("recovery")),
                new BackgroundWork(), 3600);
        window = new EditorWindow(primary, services, List.of());
        primary.setX(0);
        primary.setY(0);
        primary.setWidth(1600);
        primary.setHeight(1000);
        window.show(Path.of(getParameters().getRaw().get(0)), Optional.empty());
        String prefix = getParameters().getRaw().get(1);
        Thread tour = new Thread(() -> walk(prefix), "tour");
        tour.setDaemon(true);
        tour.start();
    }

    private void walk(String prefix) {
        pause(4000);
        String[][] tiers = {{"shop-fra", "same-server"}, {"shop-lhr", "same-data-center"},
                {"shop-sin3", "same-location"}, {"pay-sin", "other-location"}, {"outlet-down", "no-egress"},
                {"blog-shared", "no-aegis"}, {"media-v6", "ipv6-global"}};
        fx(() -> centre().getSelectionModel().select(0));
        for (String[] tier : new String[][] {tiers[1], tiers[3]}) {
            fx(() -> window.traceRequest().chooseScenario(tier[0]));
            pause(3400);
            shoot(prefix + "-canvas-" + tier[1]);
        }
        fx(() -> centre().getSelectionModel().select(1));
        for (String[] tier : tiers) {
            fx(() -> window.traceRequest().chooseScenario(tier[0]));
            pause(2700);
            shoot(prefix + "-panel-" + tier[1]);
        }
        fx(() -> window.traceRequest().chooseScenario("pay-sin"));
        pause(4200);
        shoot(prefix + "-map");
        fx(() -> window.traceRequest().chooseScenario("shop-lhr"));
        pause(1500);
        fx(() -> window.selection().select(ElementRef.server("lhr2-s1")));
        fx(() -> window.document().commands().execute("Take lhr2-s1 down", t ->
                dev.aegisplanner.model.edit.PropertyEdits.setStatus(t, ElementRef.server("lhr2-s1"), Status.DOWN)));
        pause(2500);
        shoot(prefix + "-callout");
        fx(() -> window.document().commands().undo());
        fx(() -> window.selection().clear());
        fx(() -> window.traceRequest().chooseScenario("pay-sin"));
        fx(() -> centre().getSelectionModel().select(2));
        pause(6000);
        shoot(prefix + "-backbone");
        fx(() -> centre().getSelectionModel().select(0));
        fx(() -> window.traceActions().presentation.run());
        pause(3000);
        shoot(prefix + "-presentation-1");
        for (int i = 0; i < 4; i++) {
            fx(() -> window.presentation().next());
        }
        pause(4300);
        shoot(prefix + "-presentation-2");
        fx(() -> window.presentation().next());
        fx(() -> window.presentation().next());
        fx(() -> window.presentation().next());
        pause(3000);
        shoot(prefix + "-presentation-3");
        fx(() -> window.presentation().close());
        fx(() -> centre().getSelectionModel().select(1));
        fx(() -> stage.getScene().lookup("#tool-theme").fireEvent(new javafx.event.ActionEvent()));
        fx(() -> window.traceRequest().chooseScenario("shop-sin3"));
        pause(3200);
        shoot(prefix + "-dark");
        fx(() -> stage.getScene().lookup("#tool-theme").fireEvent(new javafx.event.ActionEvent()));
        // The backbone's layout thread would keep a demo's JVM alive.
        System.exit(0);
    }

    private TabPane centre() {
        return (TabPane) stage.getScene().lookup("#centre-views");
    }
}
