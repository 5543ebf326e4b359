package dev.aegisplanner.model.capacity;

import static dev.aegisplanner.model.capacity.Plans.SHOP;
import static dev.aegisplanner.model.capacity.Plans.WEB;
import static dev.aegisplanner.model.capacity.Plans.plan;
import static dev.aegisplanner.model.capacity.Rows.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Section 7, "Capacity": 40,000 connections per address per origin IPv4:port, times the effective share. */
class CapacityAndUtilizationTest {

    @Test
    void anAddressSupports40000ConnectionsPerOriginIpAndPort() {
        CapacityReport report = plan()
                .location("FRA", 50.11, 8.68).dataCenter("FRA-1").server("fra1-s1", "192.0.2.1")
                .pool("acme", "192.0.2.1").zone(SHOP, "acme").origin(WEB, "203.0.113.10")
                .demandAt("FRA", SHOP, WEB, 30_000).report();

        CapacityRow row = row(report, "FRA-1", "192.0.2.1");
        assertThat(row.capacity()).isEqualTo(40_000);
        assertThat(row.utilization()).isEqualTo(0.75);
        assertThat(row.headroom()).isEqualTo(10_000);
        assertThat(row.origin()).isEqualTo("203.0.113.10:443");
        assertThat(row.location()).isEqualTo("FRA");
    }

    @Test
    void twoOriginsEachGetTheFull40000() {
        CapacityReport report = plan()
                .location("FRA", 50.11, 8.68).dataCenter("FRA-1").server("fra1-s1", "192.0.2.1")
                .pool("acme", "192.0.2.1").zone(SHOP, "acme")
                .origin("a", "203.0.113.10").origin("b", "203.0.113.11")
                .demandAt("FRA", SHOP, "a", 30_000).demandAt("FRA", SHOP, "b", 30_000).report();

        assertThat(report.rows()).hasSize(2).allSatisfy(r -> {
            assertThat(r.capacity()).isEqualTo(40_000);
            assertThat(r.utilization()).isEqualTo(0.75);
        });
    }

    @Test
    void anExplicitShareGivesThatPartOfTheCapacity_theRestIsSplitEvenlyOverTheOtherHolders() {
        CapacityReport report = plan()
                .location("FRA", 50.11, 8.68).dataCenter("FRA-1").share("192.0.2.1", 0.5)
                    .server("fra1-s1", "192.0.2.1")
                .location("AMS", 52.37, 4.90).dataCenter("AMS-1").server("ams1-s1", "192.0.2.1")
                .location("LHR", 51.47, -0.45).dataCenter("LHR-1").server("lhr1-s1", "192.0.2.1")
                .pool("acme", "192.0.2.1").zone(SHOP, "acme").origin(WEB, "203.0.113.10")
                .demandAt("FRA", SHOP, WEB, 10_000).demandAt("AMS", SHOP, WEB, 10_000).report();

        assertThat(row(report, "FRA-1", "192.0.2.1").capacity()).isEqualTo(20_000);
        assertThat(row(report, "AMS-1", "192.0.2.1").capacity()).isEqualTo(10_000);
        assertThat(row(report, "LHR-1", "192.0.2.1").capacity()).isEqualTo(10_000);
        assertThat(row(report, "AMS-1", "192.0.2.1").utilization()).isEqualTo(1.0);
    }

    @Test
    void capacityCountsOnlyWhileAnUpServerOfTheDataCenterHoldsTheAddress_sharesAreNeverRedistributed() {
        CapacityReport report = plan()
                .location("FRA", 50.11, 8.68).dataCenter("FRA-1").server("fra1-s1", "192.0.2.1")
                .location("AMS", 52.37, 4.90).dataCenter("AMS-1").server("ams1-s1", "192.0.2.1").down()
                .pool("acme", "192.0.2.1").zone(SHOP, "acme").origin(WEB, "203.0.113.10")
                .demandAt("FRA", SHOP, WEB, 10_000).report();

        assertThat(row(report, "AMS-1", "192.0.2.1").capacity()).isZero();
        assertThat(row(report, "FRA-1", "192.0.2.1").capacity()).isEqualTo(20_000);
        assertThat(row(report, "FRA-1", "192.0.2.1").utilization()).isEqualTo(0.5);
    }

    @Test
    void loadIsSpreadOverTheDataCentersAddressesInProportionToCapacity_soAllHaveOneUtilization() {
        CapacityReport report = plan()
                .location("FRA", 50.11, 8.68).dataCenter("FRA-1").share("192.0.2.1", 1.0).share("192.0.2.2", 0.25)
                    .server("fra1-s1", "192.0.2.1", "192.0.2.2")
                .pool("acme", "192.0.2.1", "192.0.2.2").zone(SHOP, "acme").origin(WEB, "203.0.113.10")
                .demandAt("FRA", SHOP, WEB, 25_000).report();

        CapacityRow big = row(report, "FRA-1", "192.0.2.1");
        CapacityRow small = row(report, "FRA-1", "192.0.2.2");
        assertThat(big.connections()).isCloseTo(20_000, within(1e-9));
        assertThat(small.connections()).isCloseTo(5_000, within(1e-9));
        assertThat(big.utilization()).isEqualTo(small.utilization()).isEqualTo(0.5);
    }

    @Test
    void loadOnAnAddressWithoutAnyShareLeftIsInfinitelyOver() {
        CapacityReport report = plan()
                .location("FRA", 50.11, 8.68).dataCenter("FRA-1").share("192.0.2.1", 1.0).server("fra1-s1", "192.0.2.1")
                .location("AMS", 52.37, 4.90).dataCenter("AMS-1").server("ams1-s1", "192.0.2.1")
                .pool("acme", "192.0.2.1").zone(SHOP, "acme").origin(WEB, "203.0.113.10")
                .demandAt("AMS", SHOP, WEB, 10).report();

        CapacityRow ams = row(report, "AMS-1", "192.0.2.1");
        assertThat(ams.capacity()).isZero();
        assertThat(ams.utilization()).isInfinite();
        assertThat(ams.status()).isEqualTo(RowStatus.OVER);
    }

    @ParameterizedTest(name = "{0} connections on 40,000 is {1}")
    @CsvSource({"0, OK", "31999, OK", "32000, WARN", "40000, WARN", "40001, OVER"})
    void okBelow80PercentWarnFrom80To100OverAbove(double connections, RowStatus status) {
        CapacityReport report = plan()
                .location("FRA", 50.11, 8.68).dataCenter("FRA-1").server("fra1-s1", "192.0.2.1")
                .pool("acme", "192.0.2.1").zone(SHOP, "acme").origin(WEB, "203.0.113.10")
                .demandAt("FRA", SHOP, WEB, connections).report();

        assertThat(row(report, "FRA-1", "192.0.2.1").status()).isEqualTo(status);
        assertThat(report.holds()).isEqualTo(status != RowStatus.OVER);
    }
}
