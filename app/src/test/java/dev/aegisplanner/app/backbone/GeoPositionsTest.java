package dev.aegisplanner.app.backbone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.aegisplanner.app.backbone.GeoPositions.Point;
import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.Location;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GeoPositionsTest {

    private static Location at(String id, double lat, double lon) {
        return Location.of(id, "EU", lat, lon, DataCenter.of(id + "-1"));
    }

    @Test
    void a_lone_location_sits_at_its_longitude_and_mercator_latitude() {
        Point fra = GeoPositions.of(List.of(at("FRA", 50.11, 8.68))).get("FRA");

        assertThat(fra.x()).isEqualTo(8.68);
        assertThat(fra.y()).isCloseTo(GeoPositions.mercator(50.11), within(1e-9));
        assertThat(GeoPositions.mercator(0)).isCloseTo(0, within(1e-9));
        assertThat(GeoPositions.mercator(60)).as("stretched like the map").isGreaterThan(60);
    }

    @Test
    void locations_of_one_metro_are_parted_the_same_way_every_time() {
        List<Location> metro = List.of(at("LHR", 51.5, -0.1), at("LHR2", 51.5, -0.1), at("LHR3", 51.6, -0.2));

        Map<String, Point> once = GeoPositions.of(metro);
        Map<String, Point> again = GeoPositions.of(metro);

        assertThat(once).isEqualTo(again);
        List<Point> points = List.copyOf(once.values());
        for (int i = 0; i < points.size(); i++) {
            for (int j = i + 1; j < points.size(); j++) {
                assertThat(Math.hypot(points.get(i).x() - points.get(j).x(), points.get(i).y() - points.get(j).y()))
                        .isGreaterThanOrEqualTo(GeoPositions.MIN_SEPARATION - 0.05);
            }
        }
    }
}
