package dev.aegisplanner.model.capacity;

import static dev.aegisplanner.model.capacity.Plans.SHOP;
import static dev.aegisplanner.model.capacity.Plans.WEB;
import static dev.aegisplanner.model.capacity.Plans.plan;
import static dev.aegisplanner.model.capacity.Rows.connections;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Section 7, "Where demand lands": every data center here egresses its own demand (each holds the shop
 * address on every server), so the load of a data center is exactly the demand that landed in it.
 */
class WhereDemandLandsTest {

    private static Plans frankfurtWithThreeDataCenters() {
        return plan()
                .location("FRA", 50.11, 8.68)
                    .dataCenter("FRA-1").server("fra1-s1", "192.0.2.1")
                    .dataCenter("FRA-2").server("fra2-s1", "192.0.2.1")
                    .dataCenter("FRA-3").server("fra3-s1", "192.0.2.1")
                .pool("acme", "192.0.2.1").zone(SHOP, "acme").origin(WEB, "203.0.113.10");
    }

    @Test
    void aLocationEntryIsSplitEvenlyOverTheLocationsDataCenters() {
        CapacityReport report = frankfurtWithThreeDataCenters().demandAt("FRA", SHOP, WEB, 30_000).report();

        assertThat(connections(report, "FRA-1", "192.0.2.1")).isEqualTo(10_000);
        assertThat(connections(report, "FRA-2", "192.0.2.1")).isEqualTo(10_000);
        assertThat(connections(report, "FRA-3", "192.0.2.1")).isEqualTo(10_000);
        assertThat(report.failovers()).isEmpty();
    }

    @Test
    void onlyEligibleDataCentersTakeALocationEntry_upAndWithAnUpServer() {
        CapacityReport report = plan()
                .location("FRA", 50.11, 8.68)
                    .dataCenter("FRA-1").server("fra1-s1", "192.0.2.1")
                    .dataCenter("FRA-2").server("fra2-s1", "192.0.2.1").down()
                    .dataCenter("FRA-3").server("fra3-s1", "192.0.2.1").down()
                .pool("acme", "192.0.2.1").zone(SHOP, "acme").origin(WEB, "203.0.113.10")
                .demandAt("FRA", SHOP, WEB, 30_000).report();

        assertThat(connections(report, "FRA-1", "192.0.2.1")).isEqualTo(30_000);
        assertThat(connections(report, "FRA-3", "192.0.2.1")).isZero();
    }

    @Test
    void aDataCenterEntryStaysInItsDataCenter() {
        CapacityReport report = frankfurtWithThreeDataCenters().demandIn("FRA-2", SHOP, WEB, 12_000).report();

        assertThat(connections(report, "FRA-2", "192.0.2.1")).isEqualTo(12_000);
        assertThat(connections(report, "FRA-1", "192.0.2.1")).isZero();
    }

    @Test
    void entriesWithTheSameKeysAddUp() {
        CapacityReport report = frankfurtWithThreeDataCenters()
                .demandIn("FRA-2", SHOP, WEB, 12_000).demandIn("FRA-2", SHOP, WEB, 3_000).report();

        assertThat(connections(report, "FRA-2", "192.0.2.1")).isEqualTo(15_000);
    }

    @Test
    void aDataCenterThatIsDownFailsOverEvenlyToTheEligibleDataCentersOfItsLocation() {
        CapacityReport report = plan()
                .location("FRA", 50.11, 8.68)
                    .dataCenter("FRA-1").server("fra1-s1", "192.0.2.1")
                    .dataCenter("FRA-2").server("fra2-s1", "192.0.2.1").down()
                    .dataCenter("FRA-3").server("fra3-s1", "192.0.2.1")
                .pool("acme", "192.0.2.1").zone(SHOP, "acme").origin(WEB, "203.0.113.10")
                .demandIn("FRA-2", SHOP, WEB, 12_000).report();

        assertThat(connections(report, "FRA-1", "192.0.2.1")).isEqualTo(6_000);
        assertThat(connections(report, "FRA-3", "192.0.2.1")).isEqualTo(6_000);
        assertThat(report.failovers()).singleElement()
                .satisfies(f -> assertThat(f.from()).isEqualTo("FRA-2"))
                .satisfies(f -> assertThat(f.to()).isEqualTo("FRA"))
                .satisfies(f -> assertThat(f.connections()).isEqualTo(12_000));
    }

    @Test
    void aDownLocationFailsOverToTheClosestUpLocationOnTheBackbone_splitThereAsALocationEntry() {
        CapacityReport report = plan()
                .location("AMS", 52.37, 4.90).down()
                    .dataCenter("AMS-1").server("ams1-s1", "192.0.2.1")
                .location("FRA", 50.11, 8.68)
                    .dataCenter("FRA-1").server("fra1-s1", "192.0.2.1")
                    .dataCenter("FRA-2").server("fra2-s1", "192.0.2.1")
                .location("LHR", 51.47, -0.45)
                    .dataCenter("LHR-1").server("lhr1-s1", "192.0.2.1")
                .link("AMS", "FRA", 20).link("AMS", "LHR", 30)
                .pool("acme", "192.0.2.1").zone(SHOP, "acme").origin(WEB, "203.0.113.10")
                .demandAt("AMS", SHOP, WEB, 10_000).report();

        assertThat(connections(report, "FRA-1", "192.0.2.1")).isEqualTo(5_000);
        assertThat(connections(report, "FRA-2", "192.0.2.1")).isEqualTo(5_000);
        assertThat(connections(report, "LHR-1", "192.0.2.1")).isZero();
        assertThat(report.failovers()).singleElement().satisfies(f -> assertThat(f.to()).isEqualTo("FRA"));
    }

    @Test
    void backbonePathsMayStartAtTheFailedLocationButPassOnlyThroughUpLocations() {
        // AMS-CDG-FRA is the fastest path to FRA but CDG is down: LHR (30 ms, direct) wins over FRA (50 ms, direct).
        CapacityReport report = plan()
                .location("AMS", 52.37, 4.90).down()
                    .dataCenter("AMS-1").server("ams1-s1", "192.0.2.1")
                .location("CDG", 49.0, 2.55).down()
                    .dataCenter("CDG-1").server("cdg1-s1", "192.0.2.1")
                .location("FRA", 50.11, 8.68)
                    .dataCenter("FRA-1").server("fra1-s1", "192.0.2.1")
                .location("LHR", 51.47, -0.45)
                    .dataCenter("LHR-1").server("lhr1-s1", "192.0.2.1")
                .link("AMS", "CDG", 5).link("CDG", "FRA", 5).link("AMS", "FRA", 50).link("AMS", "LHR", 30)
                .pool("acme", "192.0.2.1").zone(SHOP, "acme").origin(WEB, "203.0.113.10")
                .demandAt("AMS", SHOP, WEB, 10_000).report();

        assertThat(connections(report, "LHR-1", "192.0.2.1")).isEqualTo(10_000);
    }

    @Test
    void withoutABackbonePathTheClosestLocationOnTheGlobeTakesTheDemand() {
        CapacityReport report = plan()
                .location("AMS", 52.37, 4.90)
                    .dataCenter("AMS-1").server("ams1-s1", "192.0.2.1").down()
                .location("SIN", 1.35, 103.82)
                    .dataCenter("SIN-1").server("sin1-s1", "192.0.2.1")
                .location("FRA", 50.11, 8.68)
                    .dataCenter("FRA-1").server("fra1-s1", "192.0.2.1")
                .pool("acme", "192.0.2.1").zone(SHOP, "acme").origin(WEB, "203.0.113.10")
                .demandIn("AMS-1", SHOP, WEB, 10_000).report();

        assertThat(connections(report, "FRA-1", "192.0.2.1")).isEqualTo(10_000);
        assertThat(report.failovers()).singleElement()
                .satisfies(f -> assertThat(f.from()).isEqualTo("AMS-1"))
                .satisfies(f -> assertThat(f.to()).isEqualTo("FRA"));
    }

    @Test
    void demandThatCanLandNowhereIsUnserved() {
        CapacityReport report = plan()
                .location("FRA", 50.11, 8.68).down()
                    .dataCenter("FRA-1").server("fra1-s1", "192.0.2.1")
                .pool("acme", "192.0.2.1").zone(SHOP, "acme").origin(WEB, "203.0.113.10")
                .demandAt("FRA", SHOP, WEB, 10_000).report();

        assertThat(report.unserved()).singleElement()
                .satisfies(u -> assertThat(u.reason()).isEqualTo(Unserved.Reason.NO_LANDING))
                .satisfies(u -> assertThat(u.connections()).isEqualTo(10_000));
        assertThat(report.holds()).isFalse();
    }

    @Test
    void aDataCentersShareIsSplitEvenlyOverItsUpServers_eachThroughTheCascade() {
        // Of FRA-1's four up servers, one holds the address; the other three forward to it (same data center),
        // and the down server takes nothing. FRA-2's share forwards to FRA-1 (same location).
        CapacityReport report = plan()
                .location("FRA", 50.11, 8.68)
                    .dataCenter("FRA-1").server("fra1-s1", "192.0.2.1").servers(3).server("fra1-off").down()
                    .dataCenter("FRA-2").servers(2)
                .pool("acme", "192.0.2.1").zone(SHOP, "acme").origin(WEB, "203.0.113.10")
                .demandAt("FRA", SHOP, WEB, 20_000).report();

        assertThat(connections(report, "FRA-1", "192.0.2.1")).isCloseTo(20_000, within(1e-9));
        assertThat(report.forwards()).isEmpty();
    }
}
