package dev.aegisplanner.app.backbone;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.app.command.CommandStack;
import dev.aegisplanner.app.demo.DemoTopologies;
import dev.aegisplanner.model.generate.GeneratorSpec;
import dev.aegisplanner.model.generate.TopologyGenerator;
import dev.aegisplanner.model.topology.Link;
import dev.aegisplanner.model.topology.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The backbone graph in a real (headless) window: it draws, highlights the route, and reports link edits. */
@ExtendWith(ApplicationExtension.class)
class BackboneViewTest {

    private final Topology world = DemoTopologies.world();
    private BackboneView view;
    private final List<Double> asked = new ArrayList<>();

    @Start
    void start(Stage stage) {
        view = new BackboneView();
        view.setTopology(world);
        view.setLatencyPrompt((owner, question, initial) -> {
            asked.add(initial);
            return OptionalDouble.of(42);
        });
        stage.setScene(new Scene(view, 900, 600));
        stage.show();
    }

    @AfterEach
    void dispose(FxRobot robot) {
        robot.interact(view::dispose);
    }

    private static MenuItem item(ContextMenu menu, String startOfText) {
        for (MenuItem item : menu.getItems()) {
            if (item.getText() != null && item.getText().startsWith(startOfText)) {
                return item;
            }
            if (item instanceof Menu sub) {
                for (MenuItem inner : sub.getItems()) {
                    if (inner.getText().startsWith(startOfText)) {
                        return inner;
                    }
                }
            }
        }
        throw new AssertionError("no menu item " + startOfText);
    }

    @Test
    void itDrawsAGraphOfEveryLocation(FxRobot robot) {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.sleep(300);
        robot.interact(() -> image.set(view.snapshot(null, null)));

        assertThat(view.model().graph().getNodeCount()).isEqualTo(12);
        long coloured = 0;
        for (int y = 0; y < 600; y += 3) {
            for (int x = 0; x < 900; x += 3) {
                Color c = image.get().getPixelReader().getColor(x, y);
                coloured += c.getGreen() > 0.5 && c.getRed() < 0.35 && c.getBlue() < 0.5 ? 1 : 0;
            }
        }
        assertThat(coloured).as("green location nodes drawn").isGreaterThan(20);
    }

    @Test
    void aForwardOverTheBackboneHighlightsItsRoute(FxRobot robot) {
        robot.interact(() -> view.setTrace(DemoTopologies.saoPauloToLosAngeles(world)));

        assertThat(view.routeProperty().get().locations()).containsExactly("GRU", "IAD", "ORD", "LAX");
        assertThat(view.model().graph().getEdge("IAD~GRU").getAttribute(BackboneGraph.CLASS)).isEqualTo("route");
        assertThat(robot.lookup(".backbone-caption").queryLabeled().getText())
                .isEqualTo("Backbone route GRU \u2192 IAD \u2192 ORD \u2192 LAX \u00b7 91 ms");
    }

    @Test
    void anotherTraceOrNoneClearsTheHighlight(FxRobot robot) {
        robot.interact(() -> view.setTrace(DemoTopologies.saoPauloToLosAngeles(world)));
        robot.interact(() -> view.setTrace(null));

        assertThat(view.routeProperty().get()).isNull();
        assertThat(view.model().graph().nodes().filter(n -> n.getAttribute(BackboneGraph.CLASS) != null
                        && !n.getAttribute(BackboneGraph.CLASS).toString().replace("quiet", "").replace(",", "").isBlank())
                .map(n -> n.getId())).containsExactlyInAnyOrder("AMS", "JNB");
    }

    @Test
    void atThreeHundredLocationsZoomingInShowsTheLabelsThatHadNoRoom(FxRobot robot) {
        Topology planet = TopologyGenerator.generate(new GeneratorSpec(300, 600, 1_200, 4, 1));
        robot.interact(() -> view.setTopology(planet));
        robot.sleep(400);
        long far = labelled();
        assertThat(far).as("zoomed out, only labels with room").isPositive().isLessThan(200);

        robot.interact(() -> view.zoomAround(12, 450, 300));
        robot.sleep(400);

        assertThat(view.viewPercent()).isLessThan(0.1);
        assertThat(labelled()).as("zoomed in on a region, its labels too").isGreaterThan(far);
    }

    @Test
    void theDarkThemeDrawsTheGraphOnADarkPage(FxRobot robot) {
        robot.interact(() -> view.setDarkTheme(true));
        robot.sleep(300);
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(view.snapshot(null, null)));

        Color corner = image.get().getPixelReader().getColor(5, 300);
        assertThat(corner.getBrightness()).isLessThan(0.15);
    }

    private long labelled() {
        return view.model().graph().nodes().filter(n -> view.model().labelled(n.getId())).count();
    }

    @Test
    void aLocationsMenuOffersLinksToEveryUnlinkedLocation(FxRobot robot) {
        AtomicReference<Link> created = new AtomicReference<>();
        view.setOnCreateLink(created::set);
        robot.interact(() -> {
            ContextMenu menu = view.menuFor("FRA");
            Menu linkTo = (Menu) menu.getItems().get(0);
            assertThat(linkTo.getItems()).extracting(MenuItem::getText).doesNotContain("AMS (Amsterdam)\u2026")
                    .contains("NRT (Tokyo)\u2026").hasSize(8);
            item(menu, "NRT").fire();
        });

        assertThat(created.get()).isEqualTo(new Link("FRA", "NRT", 42));
        assertThat(asked).singleElement().satisfies(km -> assertThat(km).isBetween(80.0, 100.0));
    }

    @Test
    void aLinksMenuChangesItsLatencyOrDeletesIt(FxRobot robot) {
        AtomicReference<Link> changed = new AtomicReference<>();
        AtomicReference<Link> deleted = new AtomicReference<>();
        view.setOnChangeLatency(changed::set);
        view.setOnDeleteLink(deleted::set);

        robot.interact(() -> {
            item(view.menuFor("AMS~FRA"), "Change latency (7.5 ms)").fire();
            item(view.menuFor("AMS~FRA"), "Delete link AMS").fire();
        });

        assertThat(changed.get()).isEqualTo(new Link("AMS", "FRA", 42));
        assertThat(deleted.get()).isEqualTo(new Link("AMS", "FRA", 7.5));
    }

    @Test
    void throughTheCommandStackEveryLinkEditIsUndoable(FxRobot robot) {
        CommandStack commands = new CommandStack(world);
        robot.interact(() -> {
            BackboneCommands.connect(view, commands);
            view.createLink("SYD", "NRT");
        });

        assertThat(commands.topology().links()).contains(new Link("SYD", "NRT", 42));
        assertThat(view.model().graph().getEdge("SYD~NRT")).isNotNull();
        assertThat(commands.undoLabelProperty().get()).contains("Add link SYD \u2013 NRT");

        robot.interact(commands::undo);
        assertThat(view.model().graph().getEdge("SYD~NRT")).isNull();
    }
}
