package dev.aegisplanner.model.engine;

import static dev.aegisplanner.model.engine.TopologyBuilder.topology;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Topology;
import org.junit.jupiter.api.Test;

/** "IPv6 egress ranges are deployed in every data center: an IPv6 connection is never forwarded." */
class Ipv6Test {

    private static final Topology WORLD = topology()
            .location("FRA", "EU", 50.11, 8.68)
                .dataCenter("FRA-1")
                    .server("fra1-s1")
            .location("AMS", "EU", 52.37, 4.90)
                .dataCenter("AMS-1")
                    .server("ams1-s1", "192.0.2.12")
            .pool("with-prefix", "192.0.2.12", "2001:db8:a::/48")
            .pool("with-address", "2001:DB8:B::7")
            .pool("v4-only", "192.0.2.12")
            .zone("prefix.example.com", "with-prefix")
            .zone("address.example.com", "with-address")
            .zone("v4.example.com", "v4-only")
            .origin("acme-origin", "203.0.113.150", "2001:db8:ff::1")
            .build();

    private static TraceResult trace(String zone, Family family) {
        return new ForwardingEngine(WORLD).trace(new Request(zone, "acme-origin", "fra1-s1", family));
    }

    @Test
    void ipv6EgressesFromTheIngressServerWhereIpv4IsForwarded() {
        assertThat(trace("prefix.example.com", Family.IPV4).tier()).isEqualTo(Tier.OTHER_LOCATION);
        assertThat(trace("prefix.example.com", Family.IPV6).tier()).isEqualTo(Tier.IPV6_GLOBAL);
    }

    @Test
    void aSingleIpv6AddressInThePoolIsEnoughAndIsReportedCanonically() {
        TraceResult result = trace("address.example.com", Family.IPV6);

        assertThat(result.egress()).isEqualTo(new Endpoint("fra1-s1", "FRA-1", "FRA", "2001:db8:b::7"));
        assertThat(result.checks()).extracting(Check::reason).containsExactly(
                "zone address.example.com uses pool with-address",
                "pool with-address has IPv6 2001:db8:b::7",
                "IPv6 is deployed in every data center: fra1-s1 egresses from 2001:db8:b::7, no forwarding");
    }

    @Test
    void aPoolWithoutAnyIpv6CannotEgressIpv6Anywhere() {
        TraceResult result = trace("v4.example.com", Family.IPV6);

        assertThat(result.tier()).isEqualTo(Tier.NO_EGRESS);
        assertThat(result.decisiveCheck())
                .isEqualTo(new Check(Check.IPV6_IN_POOL, false, "pool v4-only has no IPv6 address or prefix"));
    }

    @Test
    void ipv6IgnoresTheIpv4AddressesServersHold() {
        assertThat(trace("address.example.com", Family.IPV4).tier()).isEqualTo(Tier.NO_EGRESS);
        assertThat(trace("address.example.com", Family.IPV6).tier()).isEqualTo(Tier.IPV6_GLOBAL);
    }
}
