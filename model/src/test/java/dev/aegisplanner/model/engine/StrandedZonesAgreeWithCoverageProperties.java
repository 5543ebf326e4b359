package dev.aegisplanner.model.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.analysis.Coverage;
import dev.aegisplanner.model.analysis.CoverageRow;
import dev.aegisplanner.model.analysis.StrandedZones;
import dev.aegisplanner.model.analysis.ZoneCoverage;
import dev.aegisplanner.model.engine.RandomWorlds.World;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Zone;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Stranded zones are found cheaply (one decision per zone and family, then one per data center), on the
 * ground that whether a request can egress does not depend on where it enters. Coverage decides every
 * server: on random worlds both must name the same zones, families and counts.
 */
class StrandedZonesAgreeWithCoverageProperties {

    @Provide
    Arbitrary<World> worlds() {
        return RandomWorlds.worlds();
    }

    @Property(tries = 500)
    void theStrandedZonesAreTheZonesWhoseCoverageHasNoEgressRows(@ForAll("worlds") World world) {
        ForwardingEngine engine = new ForwardingEngine(world.topology());
        Map<String, int[]> fromCoverage = new HashMap<>();
        for (ZoneCoverage zone : new Coverage(engine).zones(List.of(Family.IPV4, Family.IPV6)).toList()) {
            List<CoverageRow> stranded = zone.rows().stream().filter(r -> r.tier() == Tier.NO_EGRESS).toList();
            if (!stranded.isEmpty()) {
                fromCoverage.put(zone.zone() + " " + zone.family(), new int[] {stranded.size(),
                        (int) stranded.stream().map(r -> r.ingress().dataCenter()).distinct().count()});
            }
        }

        Map<String, int[]> found = new HashMap<>();
        StrandedZones stranded = new StrandedZones(engine);
        List<Zone> zones = world.topology().zones();
        for (int i = 0; i < zones.size(); i++) {
            String id = zones.get(i).id();
            if (zones.subList(0, i).stream().noneMatch(z -> z.id().equals(id))) {
                for (Family family : Family.values()) {
                    stranded.zone(i, family).ifPresent(zone -> found.put(zone.zone() + " " + zone.family(),
                            new int[] {zone.servers(), zone.dataCenters()}));
                }
            }
        }

        assertThat(found).usingRecursiveComparison().isEqualTo(fromCoverage);
        Statistics.label("stranded").collect(!found.isEmpty());
        Statistics.label("stranded").coverage(c -> c.check(true).percentage(p -> p >= 10));
    }

    @Property(tries = 200)
    void aZoneIsEitherStrandedFromEveryIngressServerOrFromNone(@ForAll("worlds") World world) {
        ForwardingEngine engine = new ForwardingEngine(world.topology());
        int ingress = engine.ingressServers().size();

        assertThat(new StrandedZones(engine).find()).allSatisfy(zone -> assertThat(zone.servers()).isEqualTo(ingress));
    }
}
