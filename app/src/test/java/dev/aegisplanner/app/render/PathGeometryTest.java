package dev.aegisplanner.app.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.aegisplanner.app.render.PathGeometry.Leg;
import dev.aegisplanner.app.render.PathGeometry.Station;
import dev.aegisplanner.app.render.scene.CanvasScene;
import dev.aegisplanner.model.engine.HopKind;
import dev.aegisplanner.model.engine.TraceResult;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.LayoutBox;
import dev.aegisplanner.model.topology.Topology;
import org.junit.jupiter.api.Test;

class PathGeometryTest {

    private final Topology retailer = Samples.read("global-retailer.json");
    private final CanvasScene scene = CanvasScene.of(retailer);
    private final Viewport view = new Viewport(0, 0, 1, 1600, 900).fitting(scene.bounds(), 40, 1.5);
    private final TraceResult paySin = Samples.trace(retailer, "pay-sin");

    @Test
    void aStationStandsForEachHopWhereItsElementIsDrawn() {
        PathGeometry path = PathGeometry.of(scene, view, paySin);

        assertThat(path.stations()).extracting(Station::kind).containsExactly(HopKind.CLIENT, HopKind.CACHE_SERVICE,
                HopKind.EGRESS_ROUTER, HopKind.EGRESS_SERVER, HopKind.ORIGIN);
        LayoutBox router = view.toScreen(scene.boxOf(ElementRef.server("sin1-s1")).orElseThrow());
        assertThat(path.station(HopKind.EGRESS_ROUTER).orElseThrow().frame()).isEqualTo(router);
        LayoutBox egress = view.toScreen(scene.boxOf(ElementRef.server(paySin.egress().server())).orElseThrow());
        assertThat(path.station(HopKind.EGRESS_SERVER).orElseThrow().frame()).isEqualTo(egress);
    }

    @Test
    void theCacheServiceSitsOnTheIngressDataCentersEdge() {
        Station cache = PathGeometry.of(scene, view, paySin).station(HopKind.CACHE_SERVICE).orElseThrow();
        LayoutBox dc = view.toScreen(scene.boxOf(ElementRef.dataCenter(paySin.ingress().dataCenter())).orElseThrow());

        assertThat(cache.frame()).isEqualTo(dc);
        double toEdge = Math.min(Math.min(Math.abs(cache.x() - dc.x()), Math.abs(cache.x() - dc.x() - dc.w())),
                Math.min(Math.abs(cache.y() - dc.y()), Math.abs(cache.y() - dc.y() - dc.h())));
        assertThat(toEdge).isLessThan(0.01);
        assertThat(cache.mark().x() + cache.mark().w() / 2).isCloseTo(cache.x(), within(1e-9));
    }

    @Test
    void eachLegIsDrawnFromOneStationsEdgeToTheNextOnes() {
        PathGeometry path = PathGeometry.of(scene, new Viewport(0, 0, 1, 1600, 900), paySin);

        assertThat(path.legs()).extracting(Leg::to).containsExactly(1, 2, 3, 4);
        for (Leg leg : path.legs()) {
            Station from = path.stations().get(leg.to() - 1);
            Station to = path.stations().get(leg.to());
            assertThat(onEdge(from.mark(), leg.first().x(leg.start()), leg.first().y(leg.start()))).as("leg %d start", leg.to())
                    .isTrue();
            assertThat(onEdge(to.mark(), leg.last().x(leg.end()), leg.last().y(leg.end()))).as("leg %d end", leg.to())
                    .isTrue();
        }
    }

    @Test
    void aLegBetweenStationsThatTouchIsEmptyNotBackwards() {
        Viewport far = new Viewport(0, 0, 0.05, 1600, 900);

        for (Leg leg : PathGeometry.of(scene, far, paySin).legs()) {
            assertThat(leg.end()).isGreaterThanOrEqualTo(leg.start());
        }
    }

    @Test
    void atTheOriginThePacketStaysOutsideItsCylinderSoItsNameShows() {
        PathGeometry path = PathGeometry.of(scene, view, paySin);
        Station origin = path.station(HopKind.ORIGIN).orElseThrow();
        LayoutBox cylinder = origin.mark();

        for (double position : new double[] {origin.hop() - 0.01, origin.hop()}) {
            double[] at = path.packet(position).orElseThrow();
            double gap = Math.hypot(Math.max(0, Math.max(cylinder.x() - at[0], at[0] - cylinder.x() - cylinder.w())),
                    Math.max(0, Math.max(cylinder.y() - at[1], at[1] - cylinder.y() - cylinder.h())));
            assertThat(gap).as("the packet's distance outside the cylinder at %s", position)
                    .isGreaterThanOrEqualTo(PathGeometry.PACKET_RADIUS);
        }
    }

    @Test
    void thePacketIsAtAStationOnAWholeHopAndOnTheLegInBetween() {
        PathGeometry path = PathGeometry.of(scene, view, paySin);
        Station router = path.station(HopKind.EGRESS_ROUTER).orElseThrow();
        Leg forward = path.legs().get(2);

        assertThat(path.packet(2).orElseThrow()).containsExactly(router.x(), router.y());
        assertThat(path.packet(2.5).orElseThrow()).containsExactly(forward.first().x(0.5), forward.first().y(0.5));
    }

    @Test
    void aRequestThatCannotEgressStopsAtTheRouterWithAFailedLeg() {
        PathGeometry path = PathGeometry.of(scene, view, Samples.trace(retailer, "outlet-down"));

        assertThat(path.stations()).extracting(Station::kind).last().isEqualTo(HopKind.EGRESS_ROUTER);
        assertThat(path.failedLeg()).isPresent();
        assertThat(PathGeometry.of(scene, view, paySin).failedLeg()).isEmpty();
    }

    @Test
    void elementsTheDrawingLacksAreLeftOut() {
        CanvasScene other = CanvasScene.of(Samples.read("same-server.json"));

        PathGeometry path = PathGeometry.of(other, view, paySin);

        assertThat(path.stations()).extracting(Station::kind).containsExactly(HopKind.CLIENT);
        assertThat(path.legs()).isEmpty();
        assertThat(path.packet(2.5)).isEmpty();
    }

    @Test
    void zoomedFarOutTheStationsStayBigEnoughToSee() {
        Viewport far = new Viewport(0, 0, 0.001, 1600, 900);

        for (Station station : PathGeometry.of(scene, far, paySin).stations()) {
            assertThat(station.frame().w()).isGreaterThanOrEqualTo(PathGeometry.MIN_BOX);
            assertThat(station.frame().h()).isGreaterThanOrEqualTo(PathGeometry.MIN_BOX);
        }
    }

    private static boolean onEdge(LayoutBox b, double x, double y) {
        double slack = 0.5;
        boolean inside = x >= b.x() - slack && x <= b.x() + b.w() + slack && y >= b.y() - slack && y <= b.y() + b.h() + slack;
        boolean deepInside = x > b.x() + slack && x < b.x() + b.w() - slack && y > b.y() + slack && y < b.y() + b.h() - slack;
        return inside && !deepInside;
    }
}
