package dev.aegisplanner.app.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.aegisplanner.app.map.GeoMath.LatLon;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MapViewportTest {

    private final MapViewport view = new MapViewport();

    @BeforeEach
    void size() {
        view.resize(1000, 500);
    }

    @Test
    void aFreshViewShowsTheWholeWorldsWidth() {
        assertThat(view.eastLon() - view.westLon()).isCloseTo(360, within(1e-6));
        assertThat(view.x(0)).isCloseTo(500, within(1e-6));
    }

    @Test
    void zoomingKeepsThePlaceUnderThePointerWhereItIs() {
        double lon = view.lon(700);
        double lat = view.lat(120);

        view.zoomAt(3, 700, 120);

        assertThat(view.x(lon)).isCloseTo(700, within(1e-6));
        assertThat(view.y(lat)).isCloseTo(120, within(1e-6));
        assertThat(view.scale()).isCloseTo(3 * 1000 / 360.0, within(1e-6));
    }

    @Test
    void zoomIsClampedBetweenTheWorldAndTheMaximum() {
        view.zoomAt(0.1, 500, 250);
        assertThat(view.scale()).isEqualTo(view.minScale());

        for (int i = 0; i < 50; i++) {
            view.zoomAt(2, 500, 250);
        }
        assertThat(view.scale()).isEqualTo(MapViewport.MAX_SCALE);
    }

    @Test
    void panningWestwardsWrapsAroundTheWorld() {
        view.zoomAt(4, 500, 250);
        double before = view.centerLon();

        view.panBy(view.scale() * 300, 0);

        assertThat(view.centerLon()).isCloseTo(before - 300 + 360, within(1e-6));
        assertThat(view.centerLon()).isBetween(-180.0, 180.0);
    }

    @Test
    void panningNeverShowsBeyondThePoles() {
        view.zoomAt(4, 500, 250);

        view.panBy(0, 100_000);

        assertThat(view.lat(0)).isCloseTo(90, within(1e-6));
    }

    @Test
    void fittingPlacesOnBothSidesOfTheAntimeridianFramesThePacific() {
        view.fit(List.of(new LatLon(35.68, 139.69), new LatLon(34.05, -118.24), new LatLon(-33.87, 151.21)), 5);

        assertThat(Math.abs(view.centerLon())).isGreaterThan(160);
        assertThat(view.eastLon() - view.westLon()).isLessThan(160);
    }

    @Test
    void fittingKeepsPlacesClearOfTheInsets() {
        List<LatLon> places = List.of(new LatLon(50, 8), new LatLon(40, -74));

        view.fit(places, 2, 0, 120, 40);

        for (LatLon p : places) {
            assertThat(view.y(p.lat())).isBetween(120.0, 460.0);
        }
    }
}
