package dev.aegisplanner.model.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegisplanner.model.engine.RandomWorlds.World;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.Zone;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/** The indexed engine and the plain reference cascade decide every request of a random world alike. */
class EngineMatchesReferenceProperties {

    @Provide
    Arbitrary<World> worlds() {
        return RandomWorlds.worlds();
    }

    @Property(tries = 1000)
    @StatisticsReport(onFailureOnly = true)
    void theEngineDecidesLikeTheReference(@ForAll("worlds") World world) {
        Topology topology = world.topology();
        ForwardingEngine engine = new ForwardingEngine(topology);
        ReferenceCascade reference = new ReferenceCascade(topology);
        for (Request request : world.requests()) {
            Optional<ReferenceCascade.Answer> expected = reference.trace(request);
            if (expected.isEmpty()) {
                assertThatThrownBy(() -> engine.trace(request)).as("%s", request).isInstanceOf(RequestException.class);
                continue;
            }
            TraceResult actual = engine.trace(request);
            ReferenceCascade.Answer answer = expected.get();
            Endpoint egress = actual.egress();
            assertThat(actual.tier()).as("%s", request).isEqualTo(answer.tier());
            Statistics.label("tier").collect(actual.tier());
            if (actual.tier() == Tier.OTHER_LOCATION) {
                Statistics.label("closest by").collect(closestBy(actual.decisiveCheck().reason()));
            }
            assertThat(egress == null ? null : egress.location()).as("%s", request).isEqualTo(answer.location());
            assertThat(egress == null ? null : egress.dataCenter()).as("%s", request).isEqualTo(answer.dataCenter());
            assertThat(egress == null ? null : egress.server()).as("%s", request).isEqualTo(answer.server());
            if (egress != null && actual.tier() != Tier.NO_AEGIS) {
                Zone zone = topology.zone(request.zone()).orElseThrow();
                assertThat(reference.canEgress(egress.server(), zone, actual.family())).as("%s", request).isTrue();
            }
        }
        // The generator must reach every tier, or agreement would prove little.
        Statistics.label("tier").coverage(coverage -> {
            for (Tier tier : Tier.values()) {
                coverage.check(tier).count(n -> n > 0);
            }
        });
        Statistics.label("closest by").coverage(coverage -> {
            for (String way : new String[] {"backbone", "backbone tie", "distance", "distance tie"}) {
                coverage.check(way).count(n -> n > 0);
            }
        });
    }

    private static String closestBy(String reason) {
        String way = reason.endsWith("backbone latency decided") ? "backbone" : "distance";
        return reason.contains("tie with") ? way + " tie" : way;
    }

    @Property(tries = 300)
    void anIpv4EgressAddressIsAnAddressOfTheZonesPoolHeldByTheEgressServer(@ForAll("worlds") World world) {
        Topology topology = world.topology();
        ForwardingEngine engine = new ForwardingEngine(topology);
        ReferenceCascade reference = new ReferenceCascade(topology);
        for (Request request : world.requests()) {
            if (reference.trace(request).isEmpty()) {
                continue;
            }
            TraceResult result = engine.trace(request);
            if (result.egress() != null && result.egress().ip() != null && result.family().json().equals("ipv4")) {
                Zone zone = topology.zone(request.zone()).orElseThrow();
                assertThat(reference.isIpv4OfPool(result.egress().ip(), zone)).isTrue();
                assertThat(reference.place(result.egress().server()).orElseThrow().server().egressIps())
                        .contains(result.egress().ip());
            }
        }
    }

    @Property(tries = 200)
    void tracingIsDeterministic(@ForAll("worlds") World world) {
        ForwardingEngine first = new ForwardingEngine(world.topology());
        ForwardingEngine second = new ForwardingEngine(world.topology());
        ReferenceCascade reference = new ReferenceCascade(world.topology());
        for (Request request : world.requests()) {
            if (reference.trace(request).isPresent()) {
                TraceResult once = first.trace(request);
                assertThat(first.trace(request)).isEqualTo(once);
                assertThat(second.trace(request)).isEqualTo(once);
            }
        }
    }
}
