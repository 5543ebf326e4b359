package dev.aegisplanner.model.engine;

import static dev.aegisplanner.model.engine.TopologyBuilder.topology;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Topology;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Same input, same answer: how the engine picks a data center, a server and an address inside a tier. */
class ChoiceWithinTierTest {

    private static Endpoint egressOf(Topology topology, String ingress, Family family) {
        return new ForwardingEngine(topology).trace(new Request("shop.example.com", "acme-origin", ingress, family))
                .egress();
    }

    @Test
    void inTheIngressDataCenterTheServerWithTheSmallestIdIsChosen() {
        Topology topology = topology()
                .location("FRA", "EU", 50.11, 8.68)
                    .dataCenter("FRA-1")
                        .server("fra1-s9", "192.0.2.10")
                        .server("fra1-s1")
                        .server("fra1-s3", "192.0.2.11")
                .pool("acme", "192.0.2.10", "192.0.2.11")
                .zone("shop.example.com", "acme")
                .origin("acme-origin", "203.0.113.150", null)
                .build();

        assertThat(egressOf(topology, "fra1-s1", Family.IPV4).server()).isEqualTo("fra1-s3");
    }

    @Test
    void inAnotherLocationTheDataCenterWithTheSmallestIdIsChosenThenItsSmallestServer() {
        Topology topology = topology()
                .location("FRA", "EU", 50.11, 8.68)
                    .dataCenter("FRA-1")
                        .server("fra1-s1")
                .location("AMS", "EU", 52.37, 4.90)
                    .dataCenter("AMS-2")
                        .server("ams2-s1", "192.0.2.12")
                    .dataCenter("AMS-1")
                        .server("ams1-s7", "192.0.2.13")
                        .server("ams1-s2", "192.0.2.14")
                    .dataCenter("AMS-0")
                        .server("ams0-s1")
                .pool("acme", "192.0.2.12", "192.0.2.13", "192.0.2.14")
                .zone("shop.example.com", "acme")
                .origin("acme-origin", "203.0.113.150", null)
                .build();

        assertThat(egressOf(topology, "fra1-s1", Family.IPV4))
                .isEqualTo(new Endpoint("ams1-s2", "AMS-1", "AMS", "192.0.2.14"));
    }

    @Test
    void theNumericallySmallestApplicableAddressIsUsedNotTheAlphabeticallySmallest() {
        Topology topology = topology()
                .location("FRA", "EU", 50.11, 8.68)
                    .dataCenter("FRA-1")
                        .server("fra1-s1", "198.51.100.1", "192.0.2.10", "192.0.2.9")
                .pool("acme", "192.0.2.9", "192.0.2.10")
                .pool("other", "198.51.100.1")
                .zone("shop.example.com", "acme")
                .origin("acme-origin", "203.0.113.150", null)
                .build();

        assertThat(egressOf(topology, "fra1-s1", Family.IPV4).ip()).isEqualTo("192.0.2.9");
    }

    @Test
    void ipv6EgressesFromThePoolsFirstIpv6EntryInPoolOrderWrittenCanonically() {
        Topology topology = topology()
                .location("FRA", "EU", 50.11, 8.68)
                    .dataCenter("FRA-1")
                        .server("fra1-s1")
                .pool("acme", "192.0.2.10", "2001:DB8:B:0::1", "2001:db8:a::/48")
                .zone("shop.example.com", "acme")
                .origin("acme-origin", "203.0.113.150", "2001:db8:ff::1")
                .build();

        assertThat(egressOf(topology, "fra1-s1", Family.IPV6).ip()).isEqualTo("2001:db8:b::1");
    }

    @Test
    void capacitySharesNeverChangeTheAnswer() {
        Topology plain = topology()
                .location("FRA", "EU", 50.11, 8.68)
                    .dataCenter("FRA-1")
                        .server("fra1-s1")
                    .dataCenter("FRA-2")
                        .server("fra2-s1", "192.0.2.10")
                    .dataCenter("FRA-3")
                        .server("fra3-s1", "192.0.2.10")
                .pool("acme", "192.0.2.10")
                .zone("shop.example.com", "acme")
                .origin("acme-origin", "203.0.113.150", null)
                .build();
        Topology loaded = plain.withLocations(plain.locations().stream()
                .map(l -> l.withDataCenters(l.dataCenters().stream()
                        .map(d -> d.id().equals("FRA-3") ? d.withIpCapacity(Map.of("192.0.2.10", 0.9))
                                : d.withIpCapacity(Map.of("192.0.2.10", 0.1)))
                        .toList()))
                .toList());

        assertThat(egressOf(loaded, "fra1-s1", Family.IPV4)).isEqualTo(egressOf(plain, "fra1-s1", Family.IPV4))
                .extracting(Endpoint::dataCenter).isEqualTo("FRA-2");
        assertThat(loaded.dataCenters().map(DataCenter::ipCapacity)).contains(Map.of("192.0.2.10", 0.9));
    }
}
