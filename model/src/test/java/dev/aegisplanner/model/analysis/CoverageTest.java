package dev.aegisplanner.model.analysis;

import static dev.aegisplanner.model.analysis.CoverageFixtures.BLOG;
import static dev.aegisplanner.model.analysis.CoverageFixtures.EU_ONLY;
import static dev.aegisplanner.model.analysis.CoverageFixtures.SHOP;
import static dev.aegisplanner.model.analysis.CoverageFixtures.STRANDED;
import static dev.aegisplanner.model.analysis.CoverageFixtures.threeMetros;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.aegisplanner.model.edit.Failures;
import dev.aegisplanner.model.engine.Endpoint;
import dev.aegisplanner.model.engine.RequestException;
import dev.aegisplanner.model.engine.Tier;
import dev.aegisplanner.model.topology.Family;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * "For every zone and every up ingress server, the tier and egress location" (PRODUCT.md section 5,
 * {@code coverage}), with the tiers of section 4.
 */
class CoverageTest {

    private final Coverage coverage = Coverage.of(threeMetros());

    @Test
    void everyServerGetsTheTierItsRequestsReachAndWhereTheyEgress() {
        ZoneCoverage shop = coverage.zone(SHOP, Family.IPV4);

        assertThat(shop.rows()).extracting(CoverageRow::ingressServer, CoverageRow::tier, CoverageRow::egress)
                .containsExactly(
                        tuple("fra1-s2", Tier.SAME_DATA_CENTER, new Endpoint("fra1-s1", "FRA-1", "FRA", "192.0.2.10")),
                        tuple("fra1-s1", Tier.SAME_SERVER, new Endpoint("fra1-s1", "FRA-1", "FRA", "192.0.2.10")),
                        tuple("fra1-s3", Tier.SAME_DATA_CENTER, new Endpoint("fra1-s1", "FRA-1", "FRA", "192.0.2.10")),
                        tuple("fra2-s1", Tier.SAME_LOCATION, new Endpoint("fra1-s1", "FRA-1", "FRA", "192.0.2.10")),
                        tuple("fra2-s2", Tier.SAME_LOCATION, new Endpoint("fra1-s1", "FRA-1", "FRA", "192.0.2.10")),
                        tuple("ams1-s1", Tier.SAME_SERVER, new Endpoint("ams1-s1", "AMS-1", "AMS", "192.0.2.11")),
                        tuple("ams1-s2", Tier.SAME_DATA_CENTER, new Endpoint("ams1-s1", "AMS-1", "AMS", "192.0.2.11")),
                        tuple("sin1-s1", Tier.OTHER_LOCATION, new Endpoint("ams1-s1", "AMS-1", "AMS", "192.0.2.11")),
                        tuple("sin1-s2", Tier.OTHER_LOCATION, new Endpoint("ams1-s1", "AMS-1", "AMS", "192.0.2.11")));
        assertThat(shop.rows()).allSatisfy(row -> {
            assertThat(row.zone()).isEqualTo(SHOP);
            assertThat(row.family()).isEqualTo(Family.IPV4);
        });
        assertThat(shop.rows().get(0).ingress()).isEqualTo(new Endpoint("fra1-s2", "FRA-1", "FRA", null));
    }

    @Test
    void aServerThatIsDownOrInsideSomethingDownIsNoIngressAndHasNoRow() {
        Coverage failed = Coverage.of(Failures.takeDown(threeMetros(), Set.of("fra1-s3", "FRA-2", "SIN")));

        assertThat(failed.zone(SHOP, Family.IPV4).rows()).extracting(CoverageRow::ingressServer)
                .containsExactly("fra1-s2", "fra1-s1", "ams1-s1", "ams1-s2");
    }

    @Test
    void aZoneWithoutPoolEgressesFromEveryIngressServerItselfWithASharedAddress() {
        ZoneCoverage blog = coverage.zone(BLOG, Family.IPV4);

        assertThat(blog.rows()).hasSize(9).allSatisfy(row -> {
            assertThat(row.tier()).isEqualTo(Tier.NO_AEGIS);
            assertThat(row.egress().server()).isEqualTo(row.ingressServer());
            assertThat(row.egress().ip()).isNull();
        });
    }

    @Test
    void aPoolThatNoServerCanEgressWithLeavesEveryRequestWithoutEgress() {
        ZoneCoverage stranded = coverage.zone(STRANDED, Family.IPV4);

        assertThat(stranded.rows()).hasSize(9).allSatisfy(row -> {
            assertThat(row.tier()).isEqualTo(Tier.NO_EGRESS);
            assertThat(row.egress()).isNull();
            assertThat(row.egressLocation()).isNull();
        });
    }

    @Test
    void ipv6EgressesWhereItEntersInsideTheZonesRegionsAndGoesToTheClosestAllowedLocationOutside() {
        ZoneCoverage euIpv6 = coverage.zone(EU_ONLY, Family.IPV6);

        assertThat(euIpv6.rows()).extracting(CoverageRow::ingressServer, CoverageRow::tier, CoverageRow::egress)
                .contains(
                        tuple("fra2-s1", Tier.IPV6_GLOBAL, new Endpoint("fra2-s1", "FRA-2", "FRA", "2001:db8:a::/48")),
                        tuple("sin1-s2", Tier.OTHER_LOCATION,
                                new Endpoint("ams1-s1", "AMS-1", "AMS", "2001:db8:a::/48")));
        assertThat(coverage.zone(STRANDED, Family.IPV6).tiers().reached()).isEqualTo(Map.of(Tier.NO_EGRESS, 9));
    }

    @Test
    void eachDataCenterAndLocationCountsItsServersPerTierAndPerEgressLocation() {
        ZoneCoverage shop = coverage.zone(SHOP, Family.IPV4);

        assertThat(shop.byDataCenter()).extracting(CoverageSummary::id, CoverageSummary::location,
                CoverageSummary::servers, s -> s.tiers().reached(), CoverageSummary::egressLocations).containsExactly(
                tuple("FRA-1", "FRA", 3, Map.of(Tier.SAME_SERVER, 1, Tier.SAME_DATA_CENTER, 2), Map.of("FRA", 3)),
                tuple("FRA-2", "FRA", 2, Map.of(Tier.SAME_LOCATION, 2), Map.of("FRA", 2)),
                tuple("AMS-1", "AMS", 2, Map.of(Tier.SAME_SERVER, 1, Tier.SAME_DATA_CENTER, 1), Map.of("AMS", 2)),
                tuple("SIN-1", "SIN", 2, Map.of(Tier.OTHER_LOCATION, 2), Map.of("AMS", 2)));
        assertThat(shop.byLocation()).extracting(CoverageSummary::id, CoverageSummary::dataCenter,
                CoverageSummary::servers, s -> s.tiers().count(Tier.SAME_LOCATION)).containsExactly(
                tuple("FRA", null, 5, 2), tuple("AMS", null, 2, 0), tuple("SIN", null, 2, 0));
        assertThat(shop.tiers().total()).isEqualTo(9);
    }

    @Test
    void summariesGroupRowsByDataCenterWhateverTheirOrder() {
        List<CoverageRow> rows = coverage.zone(SHOP, Family.IPV4).rows();
        List<CoverageRow> interleaved = List.of(rows.get(0), rows.get(3), rows.get(1), rows.get(4), rows.get(2));

        ZoneCoverage shuffled = new ZoneCoverage(SHOP, Family.IPV4, interleaved);

        assertThat(shuffled.byDataCenter()).extracting(CoverageSummary::id, CoverageSummary::servers)
                .containsExactly(tuple("FRA-1", 3), tuple("FRA-2", 2));
        assertThat(shuffled.byLocation()).extracting(CoverageSummary::id, CoverageSummary::servers)
                .containsExactly(tuple("FRA", 5));
    }

    @Test
    void requestsWithNowhereToEgressCountInTheTiersButNotAmongTheEgressLocations() {
        CoverageSummary sin = coverage.zone(STRANDED, Family.IPV4).byLocation().get(2);

        assertThat(sin.tiers().reached()).isEqualTo(Map.of(Tier.NO_EGRESS, 2));
        assertThat(sin.egressLocations()).isEmpty();
    }

    @Test
    void everyZoneIsCoveredInFileOrderForEachFamilyAskedFor() {
        List<ZoneCoverage> all = coverage.zones(List.of(Family.IPV4, Family.IPV6)).toList();

        assertThat(all).extracting(ZoneCoverage::zone, ZoneCoverage::family).containsExactly(
                tuple(SHOP, Family.IPV4), tuple(SHOP, Family.IPV6),
                tuple(EU_ONLY, Family.IPV4), tuple(EU_ONLY, Family.IPV6),
                tuple(BLOG, Family.IPV4), tuple(BLOG, Family.IPV6),
                tuple(STRANDED, Family.IPV4), tuple(STRANDED, Family.IPV6));
    }

    @Test
    void anUnknownZoneIsNamed() {
        assertThatThrownBy(() -> coverage.zone("nope.example.com", Family.IPV4))
                .isInstanceOf(RequestException.class).hasMessage("zone nope.example.com does not exist");
    }
}
