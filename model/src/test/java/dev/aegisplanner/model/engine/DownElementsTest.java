package dev.aegisplanner.model.engine;

import static dev.aegisplanner.model.engine.TopologyBuilder.topology;
import static dev.aegisplanner.model.engine.TopologyEdits.down;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.ServerPlace;
import dev.aegisplanner.model.topology.Status;
import dev.aegisplanner.model.topology.Topology;
import org.junit.jupiter.api.Test;

/** "Anything down holds no usable IP; a down location or data center takes all it contains down with it." */
class DownElementsTest {

    private static final Topology WORLD = topology()
            .location("FRA", "EU", 50.11, 8.68)
                .dataCenter("FRA-1")
                    .server("fra1-s1", "192.0.2.10")
                    .server("fra1-s2")
                    .server("fra1-s3", "192.0.2.11")
                .dataCenter("FRA-2")
                    .server("fra2-s1", "192.0.2.12")
            .location("AMS", "EU", 52.37, 4.90)
                .dataCenter("AMS-1")
                    .server("ams1-s1", "192.0.2.13")
            .location("SIN", "APAC", 1.35, 103.82)
                .dataCenter("SIN-1")
                    .server("sin1-s1", "192.0.2.14")
            .pool("acme", "192.0.2.10", "192.0.2.11", "192.0.2.12", "192.0.2.13", "192.0.2.14")
            .zone("shop.example.com", "acme")
            .origin("acme-origin", "203.0.113.150", null)
            .build();

    private static TraceResult traceFromFra1S2(Topology topology) {
        return new ForwardingEngine(topology).trace(new Request("shop.example.com", "acme-origin", "fra1-s2", Family.IPV4));
    }

    @Test
    void aDownServerIsPassedOverForTheNextServerInItsDataCenter() {
        TraceResult result = traceFromFra1S2(down(WORLD, "fra1-s1"));

        assertThat(result.tier()).isEqualTo(Tier.SAME_DATA_CENTER);
        assertThat(result.egress().server()).isEqualTo("fra1-s3");
    }

    @Test
    void whenEveryOtherServerOfTheDataCenterIsDownTheFailedCheckNamesTheFirstOne() {
        TraceResult result = traceFromFra1S2(down(WORLD, "fra1-s1", "fra1-s3"));

        assertThat(result.tier()).isEqualTo(Tier.SAME_LOCATION);
        assertThat(result.checks()).contains(new Check(Check.SAME_DATA_CENTER, false,
                "no other server in FRA-1 can egress with an address of pool acme: fra1-s1 holds one but is down"));
    }

    @Test
    void aDownDataCenterTakesItsServersDownWithIt() {
        Topology topology = down(WORLD, "fra1-s1", "fra1-s3", "FRA-2");

        TraceResult result = traceFromFra1S2(topology);

        assertThat(result.tier()).isEqualTo(Tier.OTHER_LOCATION);
        assertThat(result.checks()).contains(new Check(Check.SAME_LOCATION, false,
                "no other data center in FRA can egress with an address of pool acme: FRA-2 holds one but is down"));
    }

    @Test
    void aDownLocationIsNoCandidate() {
        TraceResult result = traceFromFra1S2(down(WORLD, "fra1-s1", "fra1-s3", "FRA-2", "AMS"));

        assertThat(result.tier()).isEqualTo(Tier.OTHER_LOCATION);
        assertThat(result.egress().location()).isEqualTo("SIN");
    }

    @Test
    void aDownLocationTakesItsDataCentersAndServersDownWithIt() {
        TraceResult result = traceFromFra1S2(down(WORLD, "fra1-s1", "fra1-s3", "FRA-2", "AMS", "SIN"));

        assertThat(result.tier()).isEqualTo(Tier.NO_EGRESS);
        assertThat(result.decisiveCheck()).isEqualTo(new Check(Check.OTHER_LOCATION, false,
                "no other location can egress with an address of pool acme: AMS holds one but is down"));
    }

    @Test
    void aLocationWhoseHoldersAreAllDownIsNamedAsSuch() {
        TraceResult result = traceFromFra1S2(down(WORLD, "fra1-s1", "fra1-s3", "FRA-2", "ams1-s1", "SIN-1"));

        assertThat(result.decisiveCheck().reason()).isEqualTo("no other location can egress with an address of "
                + "pool acme: AMS holds one but only in data centers or on servers that are down");
    }

    @Test
    void aDataCenterWhoseHoldersAreAllDownIsNamedAsSuch() {
        TraceResult result = traceFromFra1S2(down(WORLD, "fra1-s1", "fra1-s3", "fra2-s1"));

        assertThat(result.checks()).contains(new Check(Check.SAME_LOCATION, false, "no other data center in FRA "
                + "can egress with an address of pool acme: FRA-2 holds one but only on servers that are down"));
    }

    @Test
    void aPlaceFromBeforeItsLocationWentDownIsRefusedAsItsIdIs() {
        ServerPlace before = new ForwardingEngine(WORLD).ingressServers().stream()
                .filter(place -> place.server().id().equals("fra1-s2")).findFirst().orElseThrow();
        // A status edit keeps the location's data centers: the place's data center is the very one the engine holds.
        Topology fraDown = WORLD.withLocations(WORLD.locations().stream()
                .map(l -> l.id().equals("FRA") ? l.withStatus(Status.DOWN) : l).toList());
        ForwardingEngine after = new ForwardingEngine(fraDown);

        assertThatThrownBy(() -> after.decide("shop.example.com", before, Family.IPV4))
                .isInstanceOf(RequestException.class).hasMessageContaining("down");
        assertThatThrownBy(() -> after.decide("shop.example.com", "fra1-s2", Family.IPV4))
                .isInstanceOf(RequestException.class).hasMessageContaining("down");
    }
}
