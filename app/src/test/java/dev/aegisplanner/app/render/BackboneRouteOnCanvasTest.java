package dev.aegisplanner.app.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.aegisplanner.app.render.PathGeometry.Leg;
import dev.aegisplanner.app.render.scene.CanvasScene;
import dev.aegisplanner.app.render.surface.SvgSurface;
import dev.aegisplanner.model.engine.HopKind;
import dev.aegisplanner.model.engine.TraceResult;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.LayoutBox;
import dev.aegisplanner.model.topology.Link;
import dev.aegisplanner.model.topology.Topology;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A forward the backbone carried through other locations (Frankfurt to New York through Amsterdam and London)
 * runs through them on the canvas, link by link, each with its latency, as the map and the backbone view show it.
 */
class BackboneRouteOnCanvasTest {

    private static final int W = 1600;
    private static final int H = 900;

    private final Topology ocean = Samples.read("across-the-ocean.json");
    private final CanvasScene scene = CanvasScene.of(ocean);
    private final Viewport view = new Viewport(0, 0, 1, W, H).fitting(scene.bounds(), 40, 1.5);
    private final TraceResult crossing = Samples.trace(ocean, "fra-crosses");

    @Test
    void theForwardRunsThroughEveryLocationOnItsBackboneRoute() {
        assertThat(crossing.backboneRoute().orElseThrow().locations()).containsExactly("FRA", "AMS", "LHR", "NYC");

        PathGeometry path = PathGeometry.of(scene, view, crossing);
        Leg forward = forward(path);

        assertThat(forward.parts()).hasSize(3);
        assertThat(forward.links()).extracting(Link::latencyMs).containsExactlyElementsOf(
                crossing.backboneRoute().orElseThrow().links().stream().map(Link::latencyMs).toList());
        List<LayoutBox> passed = List.of(screen("AMS"), screen("LHR"));
        assertThat(path.via()).containsExactlyElementsOf(passed);
        for (int i = 0; i < passed.size(); i++) {
            LayoutBox box = passed.get(i);
            Curve into = forward.parts().get(i);
            Curve out = forward.parts().get(i + 1);
            assertThat(into.x2()).isCloseTo(box.x() + box.w() / 2, within(1e-9));
            assertThat(into.y2()).isCloseTo(box.y() + box.h() / 2, within(1e-9));
            assertThat(out.x1()).isEqualTo(into.x2());
            assertThat(out.y1()).isEqualTo(into.y2());
        }
    }

    @Test
    void thePacketTravelsTheRouteLinkByLink() {
        PathGeometry path = PathGeometry.of(scene, view, crossing);
        Leg forward = forward(path);
        Curve middle = forward.parts().get(1);

        assertThat(path.packet(forward.to() - 0.5).orElseThrow()).containsExactly(middle.x(0.5), middle.y(0.5));
    }

    @Test
    void aForwardOverOneLinkStaysOneLegWithItsLatency() {
        Topology retailer = Samples.read("global-retailer.json");
        CanvasScene retailerScene = CanvasScene.of(retailer);
        PathGeometry path = PathGeometry.of(retailerScene, view, Samples.trace(retailer, "pay-sin"));

        assertThat(forward(path).parts()).hasSize(1);
        assertThat(path.via()).isEmpty();
    }

    @Test
    void eachLinkOfTheRouteIsLabelledWithItsLatencyInTheTiersColour() {
        SvgSurface svg = new SvgSurface(W, H);
        new TopologyRenderer().renderPath(svg, scene, view, PathOverlay.complete(crossing), CanvasPalette.LIGHT);
        String document = svg.document("t", "d");

        for (Link link : crossing.backboneRoute().orElseThrow().links()) {
            assertThat(document).contains(">" + LegLabels.millis(link.latencyMs()) + "<");
        }
        assertThat(document).doesNotContain("forward \u00b7");
    }

    private LayoutBox screen(String location) {
        return view.toScreen(scene.boxOf(ElementRef.location(location)).orElseThrow());
    }

    private static Leg forward(PathGeometry path) {
        return path.legs().stream().filter(l -> l.hop().kind() == HopKind.EGRESS_SERVER).findFirst().orElseThrow();
    }
}
