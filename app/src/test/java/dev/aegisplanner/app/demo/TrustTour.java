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
import dev.aegisplanner.model.io.TopologyReader;
import dev.aegisplanner.model.topology.Topology;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TabPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Photographs what the trust work shows, with ImageMagick's {@code import} (run it under Xvfb): the recovery
 * question at start-up with two copies, the Problems panel with a mistyped field's light bulb and its menu,
 * the Trace panel listing the errors that block it, each in the light and the dark theme, at the screen's size.
 * {@code DemoMain TrustTour FILE PREFIX [SCENARIO]}: FILE should hold a mistyped field (it is the open document).
 */
public class TrustTour extends Application {

    private EditorWindow window;
    private Stage stage;

    @Override
    public void start(Stage primary) throws IOException {
        stage = primary;
        Path file = Path.of(getParameters().getRaw().get(0));
        Path folder = Files.createTempDirectory("aegis-trust-tour");
        RecoveryStore recovery = new RecoveryStore(folder.resolve("recovery"));
        Topology read = TopologyReader.read(file).topology();
        recovery.save(RecoveryStore.newUntitledSlot(), null, null, Topology.empty("Sketch of the APAC rollout"), null);
        recovery.save(RecoveryStore.slotOf(folder.resolve("lisbon-expansion.json"), null),
                folder.resolve("lisbon-expansion.json"), null, read, null);
        Preferences preferences = Preferences.userRoot().node("dev/aegisplanner/trust-tour-" + System.nanoTime());
        EditorServices services = new EditorServices(new ThemeManager(preferences),
                new RecentFiles(preferences.node("recent")), recovery, new BackgroundWork(), 3600);
        window = new EditorWindow(primary, services, List.of());
        var screen = Screen.getPrimary().getVisualBounds();
        primary.setX(0);
        primary.setY(0);
        primary.setWidth(screen.getWidth());
        primary.setHeight(screen.getHeight());
        window.show(file, Optional.empty());
        String prefix = getParameters().getRaw().get(1);
        String scenario = getParameters().getRaw().size() > 2 ? getParameters().getRaw().get(2) : null;
        Thread tour = new Thread(() -> walk(prefix, scenario), "tour");
        tour.setDaemon(true);
        tour.start();
    }

    private void walk(String prefix, String scenario) {
        // Until the file is open and the recovery question drawn: seconds for a planet on a busy machine.
        for (int waited = 0; waited < 60 && !showing("recovery-dialog"); waited++) {
            pause(1000);
        }
        pause(3000);
        shoot(prefix + "-recovery");
        fx(() -> dialogButton("recovery-dialog", "Later"));
        pause(1500);
        for (String theme : new String[] {"light", "dark"}) {
            fx(() -> dock().getSelectionModel().select(1));
            pause(2500);
            shoot(prefix + "-problems-" + theme);
            fx(() -> {
                Node bulb = stage.getScene().lookup(".quick-fix-button");
                if (bulb instanceof ButtonBase button) {
                    button.fire();
                }
            });
            pause(1200);
            shoot(prefix + "-quick-fix-" + theme);
            fx(() -> Window.getWindows().stream().filter(w -> w instanceof ContextMenu).toList()
                    .forEach(Window::hide));
            if (scenario != null) {
                fx(() -> window.traceRequest().chooseScenario(scenario));
                fx(() -> dock().getSelectionModel().select(0));
                pause(2500);
                shoot(prefix + "-trace-blocked-" + theme);
            }
            fx(() -> stage.getScene().lookup("#tool-theme").fireEvent(new javafx.event.ActionEvent()));
            pause(1000);
        }
        System.exit(0);
    }

    private TabPane dock() {
        return (TabPane) stage.getScene().lookup("#bottom-dock");
    }

    private static boolean showing(String dialogId) {
        boolean[] found = {false};
        fx(() -> found[0] = Window.getWindows().stream().anyMatch(w -> w.getScene() != null
                && w.getScene().getRoot() instanceof DialogPane pane && dialogId.equals(pane.getId())));
        return found[0];
    }

    private static void dialogButton(String dialogId, String text) {
        for (Window w : List.copyOf(Window.getWindows())) {
            if (w.getScene() != null && w.getScene().getRoot() instanceof DialogPane pane
                    && dialogId.equals(pane.getId())) {
                pane.getButtonTypes().stream().filter(b -> b.getText().equals(text)).findFirst()
                        .map(pane::lookupButton).ifPresent(b -> ((Button) b).fire());
            }
        }
    }
}
