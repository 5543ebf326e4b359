package dev.aegisplanner.app.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.aegisplanner.app.map.GeoMath.LatLon;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeoMathTest {

    private static final LatLon TOKYO = new LatLon(35.68, 139.69);
    private static final LatLon LOS_ANGELES = new LatLon(34.05, -118.24);

    @Test
    void halfwayAlongTheEquatorIsOnTheEquator() {
        LatLon mid = GeoMath.along(new LatLon(0, 0), new LatLon(0, 90), 0.5);

        assertThat(mid.lat()).isCloseTo(0, within(1e-9));
        assertThat(mid.lon()).isCloseTo(45, within(1e-9));
    }

    @Test
    void aGreatCircleBetweenNorthernCitiesBulgesTowardsThePole() {
        LatLon mid = GeoMath.along(new LatLon(50.11, 8.68), new LatLon(40.71, -74.01), 0.5);

        assertThat(mid.lat()).isGreaterThan(50.11);
    }

    @Test
    void theEndsOfAnArcAreThePlacesThemselves() {
        List<LatLon> arc = GeoMath.arc(TOKYO, LOS_ANGELES, 2);

        assertThat(arc.get(0)).isEqualTo(TOKYO);
        assertThat(arc.get(arc.size() - 1).lat()).isCloseTo(34.05, within(1e-9));
        assertThat(arc.get(arc.size() - 1).lon()).isCloseTo(-118.24 + 360, within(1e-9));
    }

    @Test
    void anArcAcrossThePacificRunsOnPastTheAntimeridianWithoutJumps() {
        List<LatLon> arc = GeoMath.arc(TOKYO, LOS_ANGELES, 2);

        assertThat(arc).hasSizeGreaterThan(40);
        for (int i = 1; i < arc.size(); i++) {
            assertThat(arc.get(i).lon() - arc.get(i - 1).lon()).isBetween(0.0, 5.0);
        }
        assertThat(arc.stream().mapToDouble(LatLon::lat).max().orElseThrow()).as("north of both cities")
                .isGreaterThan(45);
    }

    @Test
    void unwrapKeepsALongitudeWithinHalfATurnOfItsReference() {
        assertThat(GeoMath.unwrap(-170, 175)).isEqualTo(190);
        assertThat(GeoMath.unwrap(170, -175)).isEqualTo(-190);
        assertThat(GeoMath.unwrap(10, 0)).isEqualTo(10);
    }

    @Test
    void antipodesStillGetAPathOfPointsOnTheGlobe() {
        List<LatLon> arc = GeoMath.arc(new LatLon(0, 0), new LatLon(0, 180), 10);

        assertThat(arc).hasSizeGreaterThan(10);
        assertThat(arc).allSatisfy(p -> assertThat(p.lat()).isBetween(-90.0, 90.0));
        assertThat(GeoMath.angle(arc.get(arc.size() / 2), new LatLon(0, 0))).isCloseTo(Math.PI / 2, within(0.2));
    }

    @Test
    void theSamePlaceTwiceIsAPoint() {
        assertThat(GeoMath.along(TOKYO, TOKYO, 0.7)).isEqualTo(TOKYO);
    }
}
