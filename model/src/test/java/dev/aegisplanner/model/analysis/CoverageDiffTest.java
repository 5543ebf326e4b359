package dev.aegisplanner.model.analysis;

import static dev.aegisplanner.model.analysis.CoverageFixtures.SHOP;
import static dev.aegisplanner.model.analysis.CoverageFixtures.threeMetros;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.aegisplanner.model.analysis.CoverageChange.Kind;
import dev.aegisplanner.model.edit.Failures;
import dev.aegisplanner.model.engine.Tier;
import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Pool;
import dev.aegisplanner.model.topology.PoolSource;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.Zone;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** "With {@code --down}, the same with those elements down, and what changed" (PRODUCT.md section 5). */
class CoverageDiffTest {

    private final Topology topology = threeMetros();

    private CoverageDiff shopWithDown(Topology before, String... down) {
        ZoneCoverage was = Coverage.of(before).zone(SHOP, Family.IPV4);
        ZoneCoverage now = Coverage.of(Failures.takeDown(before, Set.of(down))).zone(SHOP, Family.IPV4);
        return CoverageDiff.between(was, now);
    }

    @Test
    void aDataCenterDownLosesItsOwnIngressAndReroutesTheRequestsItServed() {
        CoverageDiff diff = shopWithDown(topology, "FRA-1");

        assertThat(diff.changes()).extracting(c -> c.ingress().server(), CoverageChange::kind,
                        c -> c.before().tier(), c -> c.before().egressLocation(),
                        c -> c.after() == null ? null : c.after().tier(),
                        c -> c.after() == null ? null : c.after().egressLocation())
                .containsExactly(
                        tuple("fra1-s2", Kind.INGRESS_DOWN, Tier.SAME_DATA_CENTER, "FRA", null, null),
                        tuple("fra1-s1", Kind.INGRESS_DOWN, Tier.SAME_SERVER, "FRA", null, null),
                        tuple("fra1-s3", Kind.INGRESS_DOWN, Tier.SAME_DATA_CENTER, "FRA", null, null),
                        tuple("fra2-s1", Kind.REROUTED, Tier.SAME_LOCATION, "FRA", Tier.OTHER_LOCATION, "AMS"),
                        tuple("fra2-s2", Kind.REROUTED, Tier.SAME_LOCATION, "FRA", Tier.OTHER_LOCATION, "AMS"));
        assertThat(diff.count(Kind.INGRESS_DOWN)).isEqualTo(3);
        assertThat(diff.count(Kind.REROUTED)).isEqualTo(2);
        assertThat(diff.changes()).allSatisfy(change -> {
            assertThat(change.zone()).isEqualTo(SHOP);
            assertThat(change.family()).isEqualTo(Family.IPV4);
        });
    }

    @Test
    void theSameTierFromAnotherLocationIsAChange() {
        CoverageDiff diff = shopWithDown(topology, "AMS");

        assertThat(diff.changes()).filteredOn(c -> c.kind() == Kind.REROUTED)
                .extracting(c -> c.ingress().server(), c -> c.before().tier(), c -> c.before().egressLocation(),
                        c -> c.after().tier(), c -> c.after().egressLocation())
                .containsExactly(
                        tuple("sin1-s1", Tier.OTHER_LOCATION, "AMS", Tier.OTHER_LOCATION, "FRA"),
                        tuple("sin1-s2", Tier.OTHER_LOCATION, "AMS", Tier.OTHER_LOCATION, "FRA"));
    }

    @Test
    void theSameTierInTheSameLocationIsNoChangeEvenFromAnotherServer() {
        Topology twoHolders = Topology.empty("Two holders").withLocations(List.of(Location.of("FRA", "EU", 50.11, 8.68,
                DataCenter.of("FRA-1", Server.of("fra1-s1", "192.0.2.10"), Server.of("fra1-s2", "192.0.2.10"),
                        Server.of("fra1-s3"))))).withPools(List.of(Pool.of("acme", PoolSource.LEASED, "192.0.2.10")))
                .withZones(List.of(new Zone(SHOP, "acme", List.of())));

        CoverageDiff diff = shopWithDown(twoHolders, "fra1-s1");

        assertThat(diff.changes()).extracting(c -> c.ingress().server(), CoverageChange::kind)
                .as("fra1-s3 now forwards to fra1-s2 instead of fra1-s1: same tier, same location")
                .containsExactly(tuple("fra1-s1", Kind.INGRESS_DOWN));
    }

    @Test
    void anElementBackUpGivesItsServersTheirIngressBack() {
        Topology failed = Failures.takeDown(topology, Set.of("SIN"));

        CoverageDiff diff = CoverageDiff.between(Coverage.of(failed).zone(SHOP, Family.IPV4),
                Coverage.of(topology).zone(SHOP, Family.IPV4));

        assertThat(diff.changes()).extracting(c -> c.ingress().server(), CoverageChange::kind,
                        c -> c.after().tier(), c -> c.after().egressLocation())
                .containsExactly(tuple("sin1-s1", Kind.INGRESS_UP, Tier.OTHER_LOCATION, "AMS"),
                        tuple("sin1-s2", Kind.INGRESS_UP, Tier.OTHER_LOCATION, "AMS"));
    }

    @Test
    void nothingDownChangesNothing() {
        assertThat(shopWithDown(topology).isEmpty()).isTrue();
    }

    @Test
    void takingDownComparesEveryZoneForEachFamily() {
        List<CoverageDiff> diffs =
                CoverageDiff.takingDown(topology, Set.of("AMS-1"), List.of(Family.IPV4, Family.IPV6));

        assertThat(diffs).hasSize(8);
        assertThat(diffs).extracting(CoverageDiff::zone, CoverageDiff::family, d -> d.count(Kind.INGRESS_DOWN),
                        d -> d.count(Kind.REROUTED))
                .startsWith(tuple(SHOP, Family.IPV4, 2, 2), tuple(SHOP, Family.IPV6, 2, 0));
    }

    @Test
    void onlyCoveragesOfTheSameZoneAndFamilyCompare() {
        Coverage coverage = Coverage.of(topology);
        ZoneCoverage ipv4 = coverage.zone(SHOP, Family.IPV4);
        ZoneCoverage ipv6 = coverage.zone(SHOP, Family.IPV6);

        assertThatThrownBy(() -> CoverageDiff.between(ipv4, ipv6)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot compare the coverage of shop.example.com ipv4 with that of shop.example.com ipv6");
    }
}
