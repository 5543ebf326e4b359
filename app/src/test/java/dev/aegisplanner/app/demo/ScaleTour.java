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
import dev.aegisplanner.model.topology.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.event.ActionEvent;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Photographs what the scale work changed, on whatever file it is given (run it under Xvfb, window filling the
 * screen): the request form's ingress field offering ids as one types, Select All and its property sheet, the
 * map and the backbone view drawing a forward's backbone route, light and dark.
 * {@code DemoMain ScaleTour FILE /tmp/shots/prefix}.
 */
public class ScaleTour extends Application {

    private EditorWindow window;
    private Stage stage;

    @Override
    public void start(Stage primary) throws IOException {
        stage = primary;
        Path folder = Files.createTempDirectory("aegis-scale-tour");
        Preferences preferences = Preferences.userRoot().node("dev/aegisplanner/scale-tour-" + System.nanoTime());
        window = new EditorWindow(primary, new EditorServices(new ThemeManager(preferences),
                new RecentFiles(preferences.node("recent")), new RecoveryStore(folder.resolve("recovery")),
                new BackgroundWork(), 3600), List.of());
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        primary.setX(0);
        primary.setY(0);
        primary.setWidth(screen.getWidth());
        primary.setHeight(screen.getHeight());
        Path file = Path.of(getParameters().getRaw().get(0));
        window.show(file, Optional.empty());
        String prefix = getParameters().getRaw().get(1);
        Thread tour = new Thread(() -> walk(file, prefix), "tour");
        tour.setDaemon(true);
        tour.start();
    }

    private void walk(Path file, String prefix) {
        while (!file.equals(read(() -> window.document().file()))) {
            pause(200);
        }
        pause(3000);
        for (String theme : new String[] {"light", "dark"}) {
            shoot(prefix + "-" + theme + "-open");
            String typed = read(() -> window.document().topology().servers().skip(7).findFirst()
                    .orElseThrow().id()).substring(0, 3);
            fx(() -> {
                TextField ingress = (TextField) stage.getScene().lookup("#trace-ingress");
                ingress.requestFocus();
                ingress.setText(typed);
            });
            pause(2500);
            shoot(prefix + "-" + theme + "-ingress");
            fx(() -> window.canvas().requestFocus());
            fx(() -> window.canvas().selectAll());
            pause(2500);
            shoot(prefix + "-" + theme + "-select-all");
            fx(() -> window.selection().clear());
            Optional<Scenario> forwarded = read(() -> window.document().topology().scenarios().stream()
                    .filter(s -> "OTHER_LOCATION".equals(s.expect())).findFirst());
            forwarded.ifPresent(s -> fx(() -> window.traceRequest().chooseScenario(s.id())));
            fx(() -> centre().getSelectionModel().select(1));
            pause(4000);
            shoot(prefix + "-" + theme + "-map");
            fx(() -> centre().getSelectionModel().select(2));
            pause(6000);
            shoot(prefix + "-" + theme + "-backbone");
            fx(() -> centre().getSelectionModel().select(0));
            fx(() -> stage.getScene().lookup("#tool-theme").fireEvent(new ActionEvent()));
            pause(1500);
        }
        // The backbone's layout thread would keep a demo's JVM alive.
        System.exit(0);
    }

    private TabPane centre() {
        return (TabPane) stage.getScene().lookup("#centre-views");
    }

    private static <T> T read(java.util.function.Supplier<T> value) {
        Object[] out = new Object[1];
        fx(() -> out[0] = value.get());
        @SuppressWarnings("unchecked")
        T result = (T) out[0];
        return result;
    }
}
