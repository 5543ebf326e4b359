package dev.aegisplanner.model.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegisplanner.model.engine.RandomWorlds.World;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.ServerPlace;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.Zone;
import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * The fast path gives the answer of the explained one: on random worlds (valid and invalid), for every zone,
 * family and server, {@code decide} reaches the tier, egress server, data center, location, address and backbone
 * route that {@code trace} reaches for a request with an origin of that family, and refuses exactly the requests
 * {@code trace} refuses. Asked with one of the engine's places instead of an id, or with an id spelled by another
 * string than the topology's, it answers the same.
 */
class QuickCascadeProperties {

    /** RandomWorlds' origin with both an IPv4 and an IPv6 address. */
    private static final String DUAL_STACK_ORIGIN = "dual";

    @Provide
    Arbitrary<World> worlds() {
        return RandomWorlds.worlds();
    }

    @Property(tries = 500)
    @StatisticsReport(onFailureOnly = true)
    void decideAgreesWithTraceOnEveryRequest(@ForAll("worlds") World world) {
        Topology topology = world.topology();
        ForwardingEngine engine = new ForwardingEngine(topology);
        Map<String, ServerPlace> places = new HashMap<>();
        engine.ingressServers().forEach(place -> places.put(place.server().id(), place));
        for (Zone zone : topology.zones()) {
            for (Family family : Family.values()) {
                for (Server server : topology.servers().toList()) {
                    Request request = new Request(zone.id(), DUAL_STACK_ORIGIN, server.id(), family);
                    TraceResult traced;
                    try {
                        traced = engine.trace(request);
                    } catch (RequestException refused) {
                        assertThatThrownBy(() -> engine.decide(zone.id(), server.id(), family))
                                .isInstanceOf(RequestException.class).hasMessage(refused.getMessage());
                        ServerPlace place = topology.index().serverPlace(server.id());
                        if (place != null) {
                            assertThatThrownBy(() -> engine.decide(zone.id(), place, family))
                                    .isInstanceOf(RequestException.class).hasMessage(refused.getMessage());
                        }
                        continue;
                    }
                    Decision decided = engine.decide(zone.id(), server.id(), family);
                    assertThat(decided.tier()).as("%s", request).isEqualTo(traced.tier());
                    assertThat(decided.ingressEndpoint()).as("%s", request).isEqualTo(traced.ingress());
                    assertThat(decided.egressEndpoint()).as("%s", request).isEqualTo(traced.egress());
                    assertThat(decided.route()).as("%s", request).isEqualTo(traced.route());
                    assertSameDecision(engine.decide(zone.id(), new String(server.id().toCharArray()), family), decided);
                    assertSameDecision(engine.decide(zone.id(), places.get(server.id()), family), decided);
                    Statistics.label("tier").collect(decided.tier());
                }
            }
        }
        Statistics.label("tier").coverage(tiers -> {
            for (Tier tier : Tier.values()) {
                tiers.check(tier).count(n -> n > 0);
            }
        });
    }

    private static void assertSameDecision(Decision actual, Decision expected) {
        assertThat(actual.tier()).isEqualTo(expected.tier());
        assertThat(actual.ingress()).isSameAs(expected.ingress());
        assertThat(actual.egressEndpoint()).isEqualTo(expected.egressEndpoint());
        assertThat(actual.route()).isEqualTo(expected.route());
    }
}
