package dev.aegisplanner.model.engine;

import static dev.aegisplanner.model.engine.TopologyBuilder.topology;
import static dev.aegisplanner.model.engine.TopologyEdits.down;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Topology;
import org.junit.jupiter.api.Test;

/** "The ingress server must exist and be up"; the origin needs an address of the family. */
class RequestValidationTest {

    private static final Topology WORLD = topology()
            .location("FRA", "EU", 50.11, 8.68)
                .dataCenter("FRA-1")
                    .server("fra1-s1", "192.0.2.10")
            .pool("acme", "192.0.2.10", "2001:db8:a::/48")
            .zone("shop.example.com", "acme")
            .origin("dual-origin", "203.0.113.150", "2001:db8:ff::1")
            .origin("v4-origin", "203.0.113.151", null)
            .origin("v6-origin", null, "2001:db8:ff::2")
            .build();

    private static TraceResult trace(Topology topology, String zone, String origin, String ingress, Family family) {
        return new ForwardingEngine(topology).trace(new Request(zone, origin, ingress, family));
    }

    @Test
    void anUnknownZoneOriginOrIngressServerIsNamed() {
        assertThatThrownBy(() -> trace(WORLD, "nope.example.com", "dual-origin", "fra1-s1", null))
                .isInstanceOf(RequestException.class).hasMessage("zone nope.example.com does not exist");
        assertThatThrownBy(() -> trace(WORLD, "shop.example.com", "nope", "fra1-s1", null))
                .isInstanceOf(RequestException.class).hasMessage("origin nope does not exist");
        assertThatThrownBy(() -> trace(WORLD, "shop.example.com", "dual-origin", "fra9-s9", null))
                .isInstanceOf(RequestException.class).hasMessage("ingress server fra9-s9 does not exist");
    }

    @Test
    void anIngressServerThatIsDownOrInsideSomethingDownIsRejected() {
        assertThatThrownBy(() -> trace(down(WORLD, "fra1-s1"), "shop.example.com", "dual-origin", "fra1-s1", null))
                .isInstanceOf(RequestException.class).hasMessage("ingress server fra1-s1 is down");
        assertThatThrownBy(() -> trace(down(WORLD, "FRA-1"), "shop.example.com", "dual-origin", "fra1-s1", null))
                .isInstanceOf(RequestException.class)
                .hasMessage("ingress server fra1-s1 is in data center FRA-1, which is down");
        assertThatThrownBy(() -> trace(down(WORLD, "FRA"), "shop.example.com", "dual-origin", "fra1-s1", null))
                .isInstanceOf(RequestException.class)
                .hasMessage("ingress server fra1-s1 is in location FRA, which is down");
    }

    @Test
    void anOriginWithoutAnAddressOfTheFamilyIsRejected() {
        assertThatThrownBy(() -> trace(WORLD, "shop.example.com", "v4-origin", "fra1-s1", Family.IPV6))
                .isInstanceOf(RequestException.class).hasMessage("origin v4-origin has no IPv6 address");
        assertThatThrownBy(() -> trace(WORLD, "shop.example.com", "v6-origin", "fra1-s1", Family.IPV4))
                .isInstanceOf(RequestException.class).hasMessage("origin v6-origin has no IPv4 address");
    }

    @Test
    void withoutAFamilyTheOriginsDefaultIsTracedIpv4WhenItHasIpv4() {
        assertThat(trace(WORLD, "shop.example.com", "dual-origin", "fra1-s1", null).family()).isEqualTo(Family.IPV4);
        assertThat(trace(WORLD, "shop.example.com", "v4-origin", "fra1-s1", null).family()).isEqualTo(Family.IPV4);
        assertThat(trace(WORLD, "shop.example.com", "v6-origin", "fra1-s1", null).family()).isEqualTo(Family.IPV6);
    }
}
