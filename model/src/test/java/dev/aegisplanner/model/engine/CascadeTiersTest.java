package dev.aegisplanner.model.engine;

import static dev.aegisplanner.model.engine.TopologyBuilder.topology;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Topology;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per tier of PRODUCT.md section 4, each on the smallest topology that shows it. */
class CascadeTiersTest {

    private static TraceResult trace(Topology topology, String zone, String ingress, Family family) {
        return new ForwardingEngine(topology).trace(new Request(zone, "acme-origin", ingress, family));
    }

    @Test
    void aZoneWithoutPoolEgressesFromTheIngressServerWithASharedAddress() {
        Topology topology = topology()
                .location("FRA", "EU", 50.11, 8.68)
                    .dataCenter("FRA-1")
                        .server("fra1-s1", "192.0.2.10")
                .pool("acme", "192.0.2.10")
                .zone("blog.example.com", null)
                .origin("acme-origin", "203.0.113.150", null)
                .build();

        TraceResult result = trace(topology, "blog.example.com", "fra1-s1", Family.IPV4);

        assertThat(result.tier()).isEqualTo(Tier.NO_AEGIS);
        assertThat(result.egress()).isEqualTo(new Endpoint("fra1-s1", "FRA-1", "FRA", null));
    }

    @Test
    void anIpv6RequestEgressesFromTheIngressServerBecauseIpv6IsDeployedEverywhere() {
        Topology topology = topology()
                .location("FRA", "EU", 50.11, 8.68)
                    .dataCenter("FRA-1")
                        .server("fra1-s1", "192.0.2.10")
                        .server("fra1-s2")
                .pool("acme", "192.0.2.10", "2001:db8:a::/48")
                .zone("shop.example.com", "acme")
                .origin("acme-origin", "203.0.113.150", "2001:db8:ff::1")
                .build();

        TraceResult result = trace(topology, "shop.example.com", "fra1-s2", Family.IPV6);

        assertThat(result.tier()).isEqualTo(Tier.IPV6_GLOBAL);
        assertThat(result.egress()).isEqualTo(new Endpoint("fra1-s2", "FRA-1", "FRA", "2001:db8:a::/48"));
    }

    @Test
    void theServerRunningTheEgressRouterEgressesWhenItHoldsAnApplicableIp() {
        Topology topology = topology()
                .location("FRA", "EU", 50.11, 8.68)
                    .dataCenter("FRA-1")
                        .server("fra1-s1", "192.0.2.10")
                .pool("acme", "192.0.2.10")
                .zone("shop.example.com", "acme")
                .origin("acme-origin", "203.0.113.150", null)
                .build();

        TraceResult result = trace(topology, "shop.example.com", "fra1-s1", Family.IPV4);

        assertThat(result.tier()).isEqualTo(Tier.SAME_SERVER);
        assertThat(result.egress()).isEqualTo(new Endpoint("fra1-s1", "FRA-1", "FRA", "192.0.2.10"));
    }

    @Test
    void anotherServerInTheSameDataCenterWithAnApplicableIpTakesTheConnection() {
        Topology topology = topology()
                .location("FRA", "EU", 50.11, 8.68)
                    .dataCenter("FRA-1")
                        .server("fra1-s1", "192.0.2.10")
                        .server("fra1-s2")
                .pool("acme", "192.0.2.10")
                .zone("shop.example.com", "acme")
                .origin("acme-origin", "203.0.113.150", null)
                .build();

        TraceResult result = trace(topology, "shop.example.com", "fra1-s2", Family.IPV4);

        assertThat(result.tier()).isEqualTo(Tier.SAME_DATA_CENTER);
        assertThat(result.egress()).isEqualTo(new Endpoint("fra1-s1", "FRA-1", "FRA", "192.0.2.10"));
    }

    @Test
    void anotherDataCenterInTheSameLocationTakesTheConnection() {
        Topology topology = topology()
                .location("FRA", "EU", 50.11, 8.68)
                    .dataCenter("FRA-1")
                        .server("fra1-s1")
                    .dataCenter("FRA-2")
                        .server("fra2-s1", "192.0.2.11")
                .pool("acme", "192.0.2.11")
                .zone("shop.example.com", "acme")
                .origin("acme-origin", "203.0.113.150", null)
                .build();

        TraceResult result = trace(topology, "shop.example.com", "fra1-s1", Family.IPV4);

        assertThat(result.tier()).isEqualTo(Tier.SAME_LOCATION);
        assertThat(result.egress()).isEqualTo(new Endpoint("fra2-s1", "FRA-2", "FRA", "192.0.2.11"));
    }

    @Test
    void theClosestOtherLocationWithAnApplicableIpTakesTheConnection() {
        Topology topology = topology()
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
                .origin("acme-origin", "203.0.113.150", null)
                .build();

        TraceResult result = trace(topology, "shop.example.com", "fra1-s1", Family.IPV4);

        assertThat(result.tier()).isEqualTo(Tier.OTHER_LOCATION);
        assertThat(result.egress()).isEqualTo(new Endpoint("ams1-s1", "AMS-1", "AMS", "192.0.2.12"));
    }

    @Test
    void noServerAnywhereWithAnApplicableIpIsAPlanningError() {
        Topology topology = topology()
                .location("FRA", "EU", 50.11, 8.68)
                    .dataCenter("FRA-1")
                        .server("fra1-s1", "198.51.100.7")
                .pool("acme", "192.0.2.10")
                .pool("other", "198.51.100.7")
                .zone("shop.example.com", "acme")
                .origin("acme-origin", "203.0.113.150", null)
                .build();

        TraceResult result = trace(topology, "shop.example.com", "fra1-s1", Family.IPV4);

        assertThat(result.tier()).isEqualTo(Tier.NO_EGRESS);
        assertThat(result.egress()).isNull();
        assertThat(result.ingress()).isEqualTo(new Endpoint("fra1-s1", "FRA-1", "FRA", null));
    }

    @Test
    void inADataCenterWhereManyServersHoldAnAddressEachLeavesOnItselfAndTheOthersOnTheFirst() {
        TopologyBuilder builder = topology()
                .location("FRA", "EU", 50.11, 8.68)
                    .dataCenter("FRA-1");
        List<String> addresses = new ArrayList<>();
        for (int i = 10; i < 30; i++) {
            builder.server("fra1-s" + i, "192.0.2." + i);
            addresses.add("192.0.2." + i);
        }
        Topology topology = builder.server("fra1-s99")
                .pool("acme", addresses.toArray(String[]::new))
                .zone("shop.example.com", "acme")
                .origin("acme-origin", "203.0.113.150", null)
                .build();
        ForwardingEngine engine = new ForwardingEngine(topology);

        for (int i = 10; i < 30; i++) {
            Decision own = engine.decide("shop.example.com", "fra1-s" + i, Family.IPV4);
            assertThat(own.tier()).isEqualTo(Tier.SAME_SERVER);
            assertThat(own.ip()).isEqualTo("192.0.2." + i);
        }
        Decision other = engine.decide("shop.example.com", "fra1-s99", Family.IPV4);
        assertThat(other.tier()).isEqualTo(Tier.SAME_DATA_CENTER);
        assertThat(other.egress().server().id()).isEqualTo("fra1-s10");
    }
}
