package dev.aegisplanner.model.engine;

import static dev.aegisplanner.model.engine.TopologyBuilder.topology;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Topology;
import org.junit.jupiter.api.Test;

/**
 * "The closest such location to the ingress location is chosen": backbone latency when the backbone
 * connects the ingress to a candidate, great-circle distance when it connects none, ties by location id.
 */
class OtherLocationTest {

    /** Ingress FRA holds nothing; AMS (364 km) and SIN (10,258 km) can egress; LON can, too, when given links. */
    private static TopologyBuilder frankfurtWithCandidates() {
        return topology()
                .location("FRA", "EU", 50.11, 8.68)
                    .dataCenter("FRA-1")
                        .server("fra1-s1")
                .location("AMS", "EU", 52.37, 4.90)
                    .dataCenter("AMS-1")
                        .server("ams1-s1", "192.0.2.12")
                .location("SIN", "APAC", 1.35, 103.82)
                    .dataCenter("SIN-1")
                        .server("sin1-s1", "192.0.2.13")
                .pool("acme", "192.0.2.12", "192.0.2.13")
                .zone("shop.example.com", "acme")
                .origin("acme-origin", "203.0.113.150", null);
    }

    private static TraceResult traceFromFrankfurt(Topology topology) {
        return new ForwardingEngine(topology)
                .trace(new Request("shop.example.com", "acme-origin", "fra1-s1", Family.IPV4));
    }

    @Test
    void withoutBackboneTheCandidateAtTheShortestGreatCircleDistanceWins() {
        TraceResult result = traceFromFrankfurt(frankfurtWithCandidates().build());

        assertThat(result.egress().location()).isEqualTo("AMS");
        assertThat(result.decisiveCheck().reason()).isEqualTo("closest location AMS, 364 km (FRA-SIN 10,258 km); "
                + "no backbone path to any candidate, great-circle distance decided");
    }

    @Test
    void aBackboneConnectedCandidateBeatsACloserCandidateTheBackboneDoesNotReach() {
        TraceResult result = traceFromFrankfurt(frankfurtWithCandidates().link("FRA", "SIN", 160).build());

        assertThat(result.egress().location()).isEqualTo("SIN");
        assertThat(result.decisiveCheck().reason()).isEqualTo("closest location SIN, 160 ms "
                + "(the only candidate the backbone reaches); backbone latency decided");
    }

    @Test
    void amongConnectedCandidatesTheLowestShortestPathLatencyWinsEvenOverMoreHops() {
        Topology topology = frankfurtWithCandidates()
                .link("FRA", "AMS", 40)
                .link("FRA", "SIN", 20)
                .link("SIN", "AMS", 5)
                .build();

        TraceResult result = traceFromFrankfurt(topology);

        assertThat(result.egress().location()).isEqualTo("SIN");
        assertThat(result.decisiveCheck().reason())
                .isEqualTo("closest location SIN, 20 ms (FRA-AMS 25 ms); backbone latency decided");
    }

    @Test
    void theReasonNamesTheLocationsTheShortestPathPassesThrough() {
        Topology topology = frankfurtWithCandidates()
                .location("MUC", "EU", 48.14, 11.58)
                    .dataCenter("MUC-1")
                        .server("muc1-s1")
                .link("FRA", "MUC", 4)
                .link("MUC", "SIN", 150.5)
                .build();

        assertThat(traceFromFrankfurt(topology).decisiveCheck().reason())
                .startsWith("closest location SIN, 154.5 ms via MUC (the only candidate the backbone reaches)");
    }

    @Test
    void aPathThroughADownLocationCarriesNoTraffic() {
        Topology topology = frankfurtWithCandidates()
                .location("MUC", "EU", 48.14, 11.58)
                    .dataCenter("MUC-1")
                        .server("muc1-s1")
                .link("FRA", "MUC", 4)
                .link("MUC", "SIN", 150)
                .build();

        TraceResult viaUpMunich = traceFromFrankfurt(topology);
        TraceResult viaDownMunich = traceFromFrankfurt(TopologyEdits.down(topology, "MUC"));

        assertThat(viaUpMunich.egress().location()).isEqualTo("SIN");
        assertThat(viaDownMunich.egress().location()).isEqualTo("AMS");
        assertThat(viaDownMunich.decisiveCheck().reason()).endsWith("great-circle distance decided");
    }

    @Test
    void equalLatenciesAreBrokenByLocationId() {
        Topology topology = frankfurtWithCandidates()
                .link("FRA", "SIN", 30)
                .link("FRA", "AMS", 30)
                .build();

        TraceResult result = traceFromFrankfurt(topology);

        assertThat(result.egress().location()).isEqualTo("AMS");
        assertThat(result.decisiveCheck().reason())
                .isEqualTo("closest location AMS, 30 ms (tie with SIN, broken by location id); backbone latency decided");
    }

    @Test
    void equalDistancesAreBrokenByLocationId() {
        Topology topology = topology()
                .location("FRA", "EU", 50.11, 8.68)
                    .dataCenter("FRA-1")
                        .server("fra1-s1")
                .location("AMS", "EU", 52.37, 4.90)
                    .dataCenter("AMS-1")
                        .server("ams1-s1", "192.0.2.12")
                .location("AMS-WEST", "EU", 52.37, 4.90)
                    .dataCenter("AMSW-1")
                        .server("amsw1-s1", "192.0.2.14")
                .pool("acme", "192.0.2.12", "192.0.2.14")
                .zone("shop.example.com", "acme")
                .origin("acme-origin", "203.0.113.150", null)
                .build();

        TraceResult result = traceFromFrankfurt(topology);

        assertThat(result.egress().location()).isEqualTo("AMS");
        assertThat(result.decisiveCheck().reason()).startsWith(
                "closest location AMS, 364 km (tie with AMS-WEST, broken by location id)");
    }

    @Test
    void ofTwoLinksBetweenTheSameLocationsTheFasterCounts() {
        Topology topology = frankfurtWithCandidates()
                .link("FRA", "AMS", 90)
                .link("AMS", "FRA", 9)
                .link("FRA", "SIN", 50)
                .build();

        assertThat(traceFromFrankfurt(topology).egress().location()).isEqualTo("AMS");
    }

    @Test
    void theOnlyCandidateIsSaidToBeTheOnlyOne() {
        Topology topology = topology()
                .location("FRA", "EU", 50.11, 8.68)
                    .dataCenter("FRA-1")
                        .server("fra1-s1")
                .location("SIN", "APAC", 1.35, 103.82)
                    .dataCenter("SIN-1")
                        .server("sin1-s1", "192.0.2.13")
                .pool("acme", "192.0.2.13")
                .zone("shop.example.com", "acme")
                .origin("acme-origin", "203.0.113.150", null)
                .build();

        assertThat(traceFromFrankfurt(topology).decisiveCheck().reason()).isEqualTo(
                "closest location SIN, 10,258 km (the only candidate); "
                        + "no backbone path to any candidate, great-circle distance decided");
    }
}
