package dev.aegisplanner.app.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.engine.TraceResult;
import org.junit.jupiter.api.Test;

class PathOverlayTest {

    private final TraceResult otherLocation = Samples.trace(Samples.read("global-retailer.json"), "pay-sin");

    @Test
    void thePacketStaysOnThePath() {
        assertThat(new PathOverlay(otherLocation, -1).position()).isZero();
        assertThat(new PathOverlay(otherLocation, 9).position()).isEqualTo(4);
        assertThat(new PathOverlay(otherLocation, Double.NaN).position()).isZero();
    }

    @Test
    void aHopLightsUpOnceThePacketReachesIt() {
        PathOverlay halfway = new PathOverlay(otherLocation, 2.5);

        assertThat(halfway.reached(2)).isTrue();
        assertThat(halfway.reached(3)).isFalse();
    }

    @Test
    void anExportShowsThePathTravelled() {
        assertThat(PathOverlay.complete(otherLocation).position()).isEqualTo(otherLocation.hops().size() - 1);
    }
}
