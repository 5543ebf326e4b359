package dev.aegisplanner.app.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.aegisplanner.app.demo.DemoTopologies;
import dev.aegisplanner.app.map.TraceRoute.Place;
import dev.aegisplanner.model.engine.HopKind;
import dev.aegisplanner.model.engine.TraceResult;
import dev.aegisplanner.model.topology.Topology;
import java.util.List;
import org.junit.jupiter.api.Test;

class TraceRouteTest {

    private final Topology world = DemoTopologies.world();
    private final TraceResult sydneyToLosAngeles = DemoTopologies.sydneyToLosAngeles(world);
    private final TraceRoute route = TraceRoute.of(world, sydneyToLosAngeles).orElseThrow();

    @Test
    void everyHopHasAPlace() {
        assertThat(route.places()).extracting(Place::kind).containsExactly(HopKind.CLIENT, HopKind.CACHE_SERVICE,
                HopKind.EGRESS_ROUTER, HopKind.EGRESS_SERVER, HopKind.ORIGIN);
        assertThat(route.places()).extracting(Place::locationId).containsExactly(null, "SYD", "SYD", "LAX", null);
    }

    @Test
    void theClientSitsBesideTheIngressLocationInPixels() {
        Place client = route.places().get(0);

        assertThat(client.onGlobe()).isFalse();
        assertThat(client.at().lat()).isEqualTo(-33.87);
        assertThat(client.dx()).isNegative();
    }

    @Test
    void theForwardCrossesThePacificAsOneGreatCircle() {
        Place lax = route.places().get(3);

        assertThat(route.isGreatCircle(2)).isTrue();
        assertThat(lax.at().lon()).as("unwrapped east of Sydney").isCloseTo(-118.24 + 360, within(1e-9));
        assertThat(route.isGreatCircle(1)).as("cache service to router: one place").isFalse();
    }

    @Test
    void anOriginWithCoordinatesSitsAtThem() {
        Place origin = route.places().get(4);

        assertThat(origin.onGlobe()).isTrue();
        assertThat(origin.at().lat()).isEqualTo(37.77);
    }

    @Test
    void thePacketFollowsTheArc() {
        MapViewport view = new MapViewport();
        view.resize(1200, 600);
        view.fit(route.globePlaces(), 5);
        double[] start = route.pointAt(2, view, 0);
        double[] middle = route.pointAt(2.5, view, 0);
        double[] end = route.pointAt(3, view, 0);
        List<double[]> arc = route.leg(2, view, 0);

        assertThat(start[0]).isCloseTo(arc.get(0)[0], within(1e-6));
        assertThat(end[0]).isCloseTo(arc.get(arc.size() - 1)[0], within(1e-6));
        assertThat(middle[0]).isBetween(start[0], end[0]);
    }

    @Test
    void aForwardOverTheBackboneRunsThroughTheLocationsOfItsRoute() {
        TraceRoute viaBackbone = TraceRoute.of(world, DemoTopologies.saoPauloToLosAngeles(world)).orElseThrow();
        MapViewport view = new MapViewport();
        view.resize(1200, 600);
        view.fit(viaBackbone.globePlaces(), 5);

        assertThat(viaBackbone.via()).containsExactly("IAD", "ORD");
        List<double[]> forward = viaBackbone.leg(2, view, 0);
        double[] ashburn = {view.x(-77.49), view.y(39.04)};
        assertThat(forward).anySatisfy(p -> assertThat(Math.hypot(p[0] - ashburn[0], p[1] - ashburn[1])).isLessThan(0.01));
        assertThat(route.via()).as("Sydney - Los Angeles is one link").isEmpty();
    }

    @Test
    void aTraceThroughAnUnknownLocationHasNoRoute() {
        Topology without = world.withLocations(world.locations().subList(4, world.locations().size()));

        assertThat(TraceRoute.of(without, sydneyToLosAngeles)).isEmpty();
    }
}
