package dev.aegisplanner.model.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.analysis.Coverage;
import dev.aegisplanner.model.analysis.CoverageRow;
import dev.aegisplanner.model.analysis.ZoneCoverage;
import dev.aegisplanner.model.engine.RandomWorlds.World;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Topology;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * Coverage is the trace of every request, taken a data center at a time: on random worlds, each of its rows
 * says what {@code trace} says for a request with an origin of that family, and it has a row for exactly the
 * servers a request can enter on. (Here rather than in the analysis package because the random worlds live
 * here.)
 */
class CoverageAgreesWithTraceProperties {

    /** RandomWorlds' origin with both an IPv4 and an IPv6 address. */
    private static final String DUAL_STACK_ORIGIN = "dual";

    @Provide
    Arbitrary<World> worlds() {
        return RandomWorlds.worlds();
    }

    @Property(tries = 500)
    @StatisticsReport(onFailureOnly = true)
    void everyCoverageRowAgreesWithTheTraceOfItsRequest(@ForAll("worlds") World world) {
        Topology topology = world.topology();
        ForwardingEngine engine = new ForwardingEngine(topology);
        List<ZoneCoverage> coverage = new Coverage(engine).zones(List.of(Family.IPV4, Family.IPV6)).toList();

        for (ZoneCoverage zone : coverage) {
            assertThat(zone.rows()).extracting(CoverageRow::ingressServer)
                    .as("%s %s", zone.zone(), zone.family())
                    .containsExactlyElementsOf(serversTraceAccepts(engine, topology, zone.zone(), zone.family()));
            for (CoverageRow row : zone.rows()) {
                TraceResult traced = engine.trace(
                        new Request(row.zone(), DUAL_STACK_ORIGIN, row.ingressServer(), row.family()));
                assertThat(row.tier()).as("%s", row).isEqualTo(traced.tier());
                assertThat(row.ingress()).as("%s", row).isEqualTo(traced.ingress());
                assertThat(row.egress()).as("%s", row).isEqualTo(traced.egress());
                Statistics.label("tier").collect(row.tier());
            }
        }
        Statistics.label("tier").coverage(tiers -> {
            for (Tier tier : Tier.values()) {
                tiers.check(tier).count(n -> n > 0);
            }
        });
    }

    private static List<String> serversTraceAccepts(ForwardingEngine engine, Topology topology, String zone,
                                                    Family family) {
        List<String> accepted = new ArrayList<>();
        for (Server server : topology.servers().toList()) {
            try {
                engine.trace(new Request(zone, DUAL_STACK_ORIGIN, server.id(), family));
                accepted.add(server.id());
            } catch (RequestException ingressDown) {
                // Not a server requests can enter on: coverage must have no row for it.
            }
        }
        return accepted;
    }
}
