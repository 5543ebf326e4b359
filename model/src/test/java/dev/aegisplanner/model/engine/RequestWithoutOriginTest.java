package dev.aegisplanner.model.engine;

import static dev.aegisplanner.model.engine.TopologyBuilder.topology;
import static dev.aegisplanner.model.engine.TopologyEdits.down;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.ServerPlace;
import dev.aegisplanner.model.topology.Topology;
import org.junit.jupiter.api.Test;

/**
 * Coverage asks the cascade without an origin: for a zone, an ingress server and a family, which tier and
 * which egress. "A server can egress when it is up, its data center and location are up, its location is
 * allowed by the zone's regions, and it holds an applicable IP (IPv6: the pool has IPv6)."
 */
class RequestWithoutOriginTest {

    private static final Topology WORLD = topology()
            .location("FRA", "EU", 50.11, 8.68)
                .dataCenter("FRA-1")
                    .server("fra1-s1", "192.0.2.10")
                    .server("fra1-s2")
            .location("SIN", "APAC", 1.35, 103.82)
                .dataCenter("SIN-1")
                    .server("sin1-s1", "192.0.2.11")
            .pool("acme", "192.0.2.10", "192.0.2.11", "2001:db8:a::/48")
            .pool("v4-only", "192.0.2.10")
            .zone("shop.example.com", "acme")
            .zone("eu.example.com", "acme", "EU")
            .zone("v4.example.com", "v4-only")
            .zone("blog.example.com", null)
            .origin("acme-origin", "203.0.113.150", "2001:db8:ff::1", 50.0, 8.5)
            .build();

    private final ForwardingEngine engine = new ForwardingEngine(WORLD);

    @Test
    void aDecisionIsTheTraceOfAnyOriginWithoutTheOriginHop() {
        for (Family family : Family.values()) {
            TraceResult traced = engine.trace(new Request("shop.example.com", "acme-origin", "fra1-s2", family));

            TraceResult decided = engine.explain("shop.example.com", "fra1-s2", family);

            assertThat(decided.tier()).isEqualTo(traced.tier());
            assertThat(decided.ingress()).isEqualTo(traced.ingress());
            assertThat(decided.egress()).isEqualTo(traced.egress());
            assertThat(decided.checks()).isEqualTo(traced.checks());
            assertThat(decided.hops()).isEqualTo(traced.hops().subList(0, traced.hops().size() - 1));
            assertThat(traced.hops().get(traced.hops().size() - 1).kind()).isEqualTo(HopKind.ORIGIN);
        }
    }

    @Test
    void aForwardedDecisionEndsAtTheEgressServer() {
        TraceResult decided = engine.explain("shop.example.com", "fra1-s2", Family.IPV4);

        assertThat(decided.tier()).isEqualTo(Tier.SAME_DATA_CENTER);
        assertThat(decided.egress()).isEqualTo(new Endpoint("fra1-s1", "FRA-1", "FRA", "192.0.2.10"));
        assertThat(decided.hops()).extracting(Hop::kind).containsExactly(
                HopKind.CLIENT, HopKind.CACHE_SERVICE, HopKind.EGRESS_ROUTER, HopKind.EGRESS_SERVER);
    }

    @Test
    void aDecisionNeedsAnExistingZoneAnUpIngressServerAndAFamily() {
        assertThatThrownBy(() -> engine.decide("nope.example.com", "fra1-s1", Family.IPV4))
                .isInstanceOf(RequestException.class).hasMessage("zone nope.example.com does not exist");
        assertThatThrownBy(() -> engine.decide("shop.example.com", "fra9-s9", Family.IPV4))
                .isInstanceOf(RequestException.class).hasMessage("ingress server fra9-s9 does not exist");
        assertThatThrownBy(() -> new ForwardingEngine(down(WORLD, "FRA-1")).decide("shop.example.com", "fra1-s1",
                Family.IPV4)).isInstanceOf(RequestException.class)
                .hasMessage("ingress server fra1-s1 is in data center FRA-1, which is down");
        assertThatThrownBy(() -> engine.decide("shop.example.com", "fra1-s1", null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void aServerCanEgressWhenItHoldsAnApplicableIpv4Address() {
        assertThat(engine.canEgress("shop.example.com", "fra1-s1", Family.IPV4)).isTrue();
        assertThat(engine.canEgress("shop.example.com", "fra1-s2", Family.IPV4)).isFalse();
        assertThat(engine.canEgress("v4.example.com", "sin1-s1", Family.IPV4))
                .as("192.0.2.11 is not in pool v4-only").isFalse();
    }

    @Test
    void aServerThatIsDownOrInsideSomethingDownCannotEgress() {
        for (String element : new String[] {"fra1-s1", "FRA-1", "FRA"}) {
            ForwardingEngine failed = new ForwardingEngine(down(WORLD, element));

            assertThat(failed.canEgress("shop.example.com", "fra1-s1", Family.IPV4)).as(element).isFalse();
            assertThat(failed.canEgress("shop.example.com", "fra1-s1", Family.IPV6)).as(element).isFalse();
        }
    }

    @Test
    void forIpv6EveryServerCanEgressWhenThePoolHasIpv6() {
        assertThat(engine.canEgress("shop.example.com", "fra1-s2", Family.IPV6)).isTrue();
        assertThat(engine.canEgress("v4.example.com", "fra1-s1", Family.IPV6)).isFalse();
    }

    @Test
    void noServerOutsideTheZonesRegionsCanEgress() {
        assertThat(engine.canEgress("eu.example.com", "fra1-s1", Family.IPV4)).isTrue();
        assertThat(engine.canEgress("eu.example.com", "sin1-s1", Family.IPV4)).isFalse();
        assertThat(engine.canEgress("eu.example.com", "sin1-s1", Family.IPV6)).isFalse();
    }

    @Test
    void noServerCanEgressWithADedicatedAddressForAZoneWithoutAPool() {
        assertThat(engine.canEgress("blog.example.com", "fra1-s1", Family.IPV4)).isFalse();
        assertThat(engine.decide("blog.example.com", "fra1-s1", Family.IPV4).tier()).isEqualTo(Tier.NO_AEGIS);
    }

    @Test
    void anUnknownZoneIsNamedAndAnUnknownServerCannotEgress() {
        assertThatThrownBy(() -> engine.canEgress("nope.example.com", "fra1-s1", Family.IPV4))
                .isInstanceOf(RequestException.class).hasMessage("zone nope.example.com does not exist");
        assertThat(engine.canEgress("shop.example.com", "fra9-s9", Family.IPV4)).isFalse();
        assertThat(engine.canEgress("shop.example.com", "fra9-s9", Family.IPV6)).isFalse();
    }

    @Test
    void requestsEnterOnTheServersThatAreUpInFileOrder() {
        ForwardingEngine failed = new ForwardingEngine(down(WORLD, "fra1-s1", "SIN"));

        assertThat(engine.ingressServers()).extracting(place -> place.server().id())
                .containsExactly("fra1-s1", "fra1-s2", "sin1-s1");
        assertThat(failed.ingressServers()).extracting(place -> place.server().id()).containsExactly("fra1-s2");
        assertThat(failed.ingressServers()).allMatch(ServerPlace::isUp);
    }
}
