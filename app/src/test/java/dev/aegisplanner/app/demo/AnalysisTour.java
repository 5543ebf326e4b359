package dev.aegisplanner.app.demo;

import dev.aegisplanner.app.editor.AnalysisWorkbench;
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
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

/**
 * Walks the editor's analysis views on a file and photographs each with ImageMagick's {@code import} (run it
 * under Xvfb): capacity on the canvas and the map, a what-if, N-1 running and done, coverage with a what-if, on
 * the canvas and the map, and the demand panel.
 *
 * <p>{@code DemoMain AnalysisTour FILE PREFIX [WIDTHxHEIGHT] [light|dark] [key=value...]} with keys
 * {@code whatIf} (an element id for "What if this fails?", default the data center of the most utilized row),
 * {@code zone} (the coverage zone, default the first), {@code down} (an element the coverage what-if takes down)
 * and {@code pace} (pauses this many times longer, for a planet on a busy machine).
 */
public class AnalysisTour extends Application {

    private EditorWindow window;
    private Stage stage;
    private int width = 1600;
    private int height = 1000;

    @Override
    public void start(Stage primary) throws IOException {
        stage = primary;
        List<String> args = getParameters().getRaw();
        if (args.size() > 2 && args.get(2).contains("x")) {
            String[] size = args.get(2).split("x");
            width = Integer.parseInt(size[0]);
            height = Integer.parseInt(size[1]);
        }
        Path folder = Files.createTempDirectory("aegis-analysis-tour");
        Preferences preferences = Preferences.userRoot().node("dev/aegisplanner/analysis-tour-" + System.nanoTime());
        ThemeManager theme = new ThemeManager(preferences);
        theme.apply(args.contains("dark") ? Theme.DARK : Theme.LIGHT);
        EditorServices services = new EditorServices(theme, new RecentFiles(preferences.node("recent")),
                new RecoveryStore(folder.resolve("recovery")), new BackgroundWork(), 3600);
        window = new EditorWindow(primary, services, List.of());
        primary.setX(0);
        primary.setY(0);
        primary.setWidth(width);
        primary.setHeight(height);
        window.show(Path.of(args.get(0)), Optional.empty());
        Map<String, String> options = new java.util.HashMap<>();
        args.stream().filter(a -> a.contains("=")).forEach(a -> options.put(a.substring(0, a.indexOf('=')),
                a.substring(a.indexOf('=') + 1)));
        Thread tour = new Thread(() -> walk(args.get(1), options), "tour");
        tour.setDaemon(true);
        tour.start();
    }

    private void walk(String prefix, Map<String, String> options) {
        pace = Double.parseDouble(options.getOrDefault("pace", "1"));
        AnalysisWorkbench analyses = window.analyses();
        await(() -> window.document().file() != null, 120_000);
        pause(1500);
        TourSteps.fx(() -> dock().getSelectionModel().select(dock().getTabs().stream()
                .filter(t -> "tab-capacity".equals(t.getId())).findFirst().orElseThrow()));
        await(() -> analyses.feed().state() != null && !analyses.feed().busyProperty().get(), 120_000);
        pause(2500);
        shoot(prefix + "-capacity");
        TourSteps.fx(() -> centre().getSelectionModel().select(1));
        pause(2500);
        shoot(prefix + "-capacity-map");
        TourSteps.fx(() -> centre().getSelectionModel().select(0));

        String failing = options.getOrDefault("whatIf", worstDataCenter(analyses));
        if (failing != null) {
            ElementRef element = elementNamed(failing);
            TourSteps.fx(() -> window.selection().select(element));
            TourSteps.fx(() -> analyses.capacity().whatIf(element));
            await(() -> analyses.capacity().impactProperty().get() != null, 120_000);
            pause(4000);
            shoot(prefix + "-capacity-what-if");
            TourSteps.fx(() -> analyses.capacity().backToPlan());
        }
        TourSteps.fx(() -> analyses.capacity().runDrills());
        pause(900);
        shoot(prefix + "-n1-running");
        await(() -> !analyses.capacity().drillsRunningProperty().get(), 300_000);
        TourSteps.fx(() -> analyses.capacity().worstCaseShownProperty().set(true));
        pause(2000);
        shoot(prefix + "-n1");

        TourSteps.fx(() -> dock().getSelectionModel().select(dock().getTabs().stream()
                .filter(t -> "tab-coverage".equals(t.getId())).findFirst().orElseThrow()));
        if (options.containsKey("zone")) {
            TourSteps.fx(() -> analyses.coverage().zoneProperty().set(options.get("zone")));
        }
        await(() -> analyses.coverage().stateProperty().get() != null && !analyses.coverage().busyProperty().get(),
                120_000);
        pause(2500);
        shoot(prefix + "-coverage");
        if (options.containsKey("down")) {
            TourSteps.fx(() -> analyses.coverage().takeDown(List.of(elementNamed(options.get("down")))));
            await(() -> !analyses.coverage().changes().isEmpty(), 60_000);
            pause(2500);
            shoot(prefix + "-coverage-what-if");
        }
        TourSteps.fx(() -> centre().getSelectionModel().select(1));
        pause(2500);
        shoot(prefix + "-coverage-map");
        TourSteps.fx(() -> centre().getSelectionModel().select(0));
        TourSteps.fx(() -> sides().getSelectionModel().select(sides().getTabs().stream()
                .filter(t -> "tab-demand".equals(t.getId())).findFirst().orElseThrow()));
        TourSteps.fx(() -> {
            if (!analyses.demand().entries().isEmpty()) {
                analyses.demand().selectedProperty().set(analyses.demand().entries().get(0));
            }
        });
        TourSteps.fx(() -> dock().getSelectionModel().select(dock().getTabs().stream()
                .filter(t -> "tab-capacity".equals(t.getId())).findFirst().orElseThrow()));
        pause(2000);
        shoot(prefix + "-demand");
        System.exit(0);
    }

    /** The data center of the most utilized row, the one a planner asks about first. */
    private static String worstDataCenter(AnalysisWorkbench analyses) {
        return analyses.capacity().items().stream()
                .max(java.util.Comparator.comparingDouble(i -> i.utilization()))
                .map(i -> i.row().dataCenter()).orElse(null);
    }

    private ElementRef elementNamed(String id) {
        var t = window.document().topology();
        if (t.location(id).isPresent()) {
            return ElementRef.location(id);
        }
        return t.dataCenters().anyMatch(d -> d.id().equals(id)) ? ElementRef.dataCenter(id) : ElementRef.server(id);
    }

    private TabPane dock() {
        return (TabPane) stage.getScene().lookup("#bottom-dock");
    }

    private TabPane centre() {
        return (TabPane) stage.getScene().lookup("#centre-views");
    }

    private TabPane sides() {
        return (TabPane) stage.getScene().lookup("#side-panels");
    }

    private static void await(BooleanSupplier condition, long millis) {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            boolean[] met = new boolean[1];
            TourSteps.fx(() -> met[0] = condition.getAsBoolean());
            if (met[0]) {
                return;
            }
            TourSteps.pause(200);
        }
        System.out.println("gave up waiting after " + millis + " ms");
    }

    private void shoot(String name) {
        try {
            new ProcessBuilder("import", "-window", "root", "-crop", width + "x" + height + "+0+0", name + ".png")
                    .inheritIO().start().waitFor();
            System.out.println("shot " + name + ".png");
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("cannot take a screenshot", e);
        }
    }

    /** How much longer than on a sample each pause is: a planet on a busy machine draws a frame in seconds. */
    private static double pace = 1;

    private static void pause(long millis) {
        TourSteps.pause((long) (millis * pace));
    }
}
