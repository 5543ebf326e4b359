package dev.aegisplanner.app.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.aegisplanner.app.demo.DemoTopologies;
import dev.aegisplanner.app.render.Samples;
import dev.aegisplanner.app.trace.TierPalette;
import dev.aegisplanner.model.engine.TraceResult;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The map in a real (headless) window: placement, the highlighted path, pointer interaction. */
@ExtendWith(ApplicationExtension.class)
class MapViewTest {

    private final Topology world = DemoTopologies.world();
    private final TraceResult sydneyToLosAngeles = DemoTopologies.sydneyToLosAngeles(world);
    private MapView map;

    @Start
    void start(Stage stage) {
        map = new MapView();
        map.setTopology(world);
        stage.setScene(new Scene(map, 1200, 640));
        stage.show();
    }

    /** Where a location's dot is, in the map's coordinates, read on the FX thread. */
    private Point2D dot(String location) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> map.locationPoint(location).orElseThrow()).get();
    }

    private Color pixel(FxRobot robot, Point2D local) {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(map.snapshotMap()));
        return image.get().getPixelReader().getColor((int) Math.round(local.getX()), (int) Math.round(local.getY()));
    }

    private static boolean orange(Color c) {
        return c.getRed() > 0.8 && c.getGreen() > 0.25 && c.getGreen() < 0.65 && c.getBlue() < 0.35;
    }

    @Test
    void everyLocationIsPlacedInViewAndFoundUnderItsDot(FxRobot robot) {
        List<String> found = new ArrayList<>();
        robot.interact(() -> {
            for (Location l : world.locations()) {
                Point2D p = map.locationPoint(l.id()).orElseThrow();
                assertThat(p.getX()).isBetween(0.0, map.getWidth());
                assertThat(p.getY()).isBetween(0.0, map.getHeight());
                map.locationAt(p.getX(), p.getY()).ifPresent(found::add);
            }
        });

        assertThat(found).hasSize(12).containsExactlyElementsOf(world.locations().stream().map(Location::id).toList());
    }

    @Test
    void eastIsRightAndNorthIsUp(FxRobot robot) {
        robot.interact(() -> {
            Point2D frankfurt = map.locationPoint("FRA").orElseThrow();
            Point2D mumbai = map.locationPoint("BOM").orElseThrow();
            assertThat(mumbai.getX()).isGreaterThan(frankfurt.getX());
            assertThat(mumbai.getY()).isGreaterThan(frankfurt.getY());
        });
    }

    @Test
    void aTracedPathRingsItsEgressLocationInThePathColour(FxRobot robot) throws Exception {
        robot.interact(() -> map.fitToTrace());
        Point2D lax = dot("LAX");
        Point2D belowRing = lax.add(0, LocationSummary.of(world.location("LAX").orElseThrow()).radius() + 5);
        assertThat(orange(pixel(robot, belowRing))).as("no path yet").isFalse();

        robot.interact(() -> map.setTrace(sydneyToLosAngeles));

        assertThat(orange(pixel(robot, belowRing))).as("ring around LAX").isTrue();
    }

    @Test
    void thePathTakesItsTiersColourAsEverywhereElse(FxRobot robot) throws Exception {
        Topology retailer = Samples.read("global-retailer.json");
        TraceResult sameServer = Samples.trace(retailer, "shop-fra");
        robot.interact(() -> {
            map.setTopology(retailer);
            map.setTrace(sameServer);
            map.fitToTrace();
        });
        Point2D frankfurt = dot("FRA");
        double radius = LocationSummary.of(retailer.location("FRA").orElseThrow()).radius();
        Color tier = TierPalette.colour(sameServer.tier());

        // The ring is a line of 2.5 pixels around the dot: one of the pixels across it is drawn in full.
        double closest = Double.MAX_VALUE;
        for (double below = radius + 3; below <= radius + 7; below += 0.5) {
            Color ring = pixel(robot, frankfurt.add(0, below));
            closest = Math.min(closest, Math.abs(ring.getGreen() - tier.getGreen())
                    + Math.abs(ring.getRed() - tier.getRed()) + Math.abs(ring.getBlue() - tier.getBlue()));
        }
        assertThat(closest).as("the ring is " + tier).isLessThan(0.15);
    }

    @Test
    void thePacketIsDrawnWherePlaybackPutsIt(FxRobot robot) throws Exception {
        robot.interact(() -> {
            map.setTrace(sydneyToLosAngeles);
            map.fitToTrace();
        });
        Point2D sydney = dot("SYD");
        Point2D client = sydney.add(-TraceRoute.SIDE_OFFSET_X, TraceRoute.SIDE_OFFSET_Y);
        Point2D halfwayToSydney = client.midpoint(sydney);

        robot.interact(() -> map.setPacketPosition(0.5));

        Color packetCentre = pixel(robot, halfwayToSydney);
        assertThat(packetCentre.getRed() + packetCentre.getGreen() + packetCentre.getBlue()).as("white core").isGreaterThan(2.9);
    }

    @Test
    void hoveringALocationShowsItAndClickingReportsIt(FxRobot robot) throws Exception {
        AtomicReference<String> clicked = new AtomicReference<>();
        map.setOnLocationClicked(clicked::set);
        // Close enough that Frankfurt is a marker of its own, not one of Europe's cluster.
        robot.interact(() -> {
            for (int i = 0; i < 4; i++) {
                map.zoomIn();
            }
        });
        robot.interact(() -> map.centreOn("FRA"));
        Point2D frankfurt = map.localToScreen(dot("FRA"));

        robot.moveTo(frankfurt);
        assertThat(map.hoveredLocationProperty().get()).isEqualTo("FRA");

        robot.clickOn(frankfurt, MouseButton.PRIMARY);
        assertThat(clicked.get()).isEqualTo("FRA");
    }

    @Test
    void zoomedOutNearbyLocationsShareOneCountedMarkerThatOpensUpWhenClicked(FxRobot robot) throws Exception {
        robot.interact(map::showWorld);
        AtomicReference<String> clicked = new AtomicReference<>();
        map.setOnLocationClicked(clicked::set);
        double zoom = map.zoomProperty().get();
        assertThat(map.clusterSizeAt(dot("AMS"))).as("Amsterdam, London and Frankfurt as one").isGreaterThan(1);

        robot.clickOn(map.localToScreen(dot("AMS")), MouseButton.PRIMARY);

        assertThat(map.zoomProperty().get()).as("the click zoomed in").isGreaterThan(zoom * 2);
        assertThat(clicked.get()).as("and picked no location").isNull();
        robot.interact(() -> {
            for (int i = 0; i < 3; i++) {
                map.zoomIn();
            }
        });
        robot.interact(() -> map.centreOn("AMS"));
        assertThat(map.clusterSizeAt(dot("AMS"))).as("close up, each stands alone").isEqualTo(1);
    }

    @Test
    void theWheelZoomsAndDraggingPans(FxRobot robot) throws Exception {
        double before = map.zoomProperty().get();
        Point2D centre = map.localToScreen(600, 320);

        robot.moveTo(centre).scroll(5, VerticalDirection.UP);
        assertThat(map.zoomProperty().get()).isNotEqualTo(before);

        Point2D frankfurtBefore = dot("FRA");
        robot.drag(centre, MouseButton.PRIMARY).moveBy(80, 0).release(MouseButton.PRIMARY);
        Point2D frankfurtAfter = dot("FRA");
        assertThat(frankfurtAfter.getX() - frankfurtBefore.getX()).isCloseTo(80, offset(2.0));
    }
}
