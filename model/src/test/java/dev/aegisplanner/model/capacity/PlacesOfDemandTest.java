package dev.aegisplanner.model.capacity;

import static dev.aegisplanner.model.capacity.Plans.SHOP;
import static dev.aegisplanner.model.capacity.Plans.WEB;
import static dev.aegisplanner.model.capacity.Plans.plan;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.topology.Family;
import org.junit.jupiter.api.Test;

/**
 * Where demand entered, for views that point at a place: the demand each data center took in, and where
 * unserved demand is stranded.
 */
class PlacesOfDemandTest {

    @Test
    void eachDataCenterReportsTheDemandThatEnteredThroughIt_afterFailover() {
        CapacityReport report = plan()
                .location("FRA", 50.11, 8.68)
                    .dataCenter("FRA-1").server("fra1-s1", "192.0.2.1")
                    .dataCenter("FRA-2").server("fra2-s1", "192.0.2.1")
                    .dataCenter("FRA-3").server("fra3-s1", "192.0.2.1").down()
                .pool("acme", "192.0.2.1").zone(SHOP, "acme").origin(WEB, "203.0.113.10")
                .demandAt("FRA", SHOP, WEB, 30_000).demandIn("FRA-3", SHOP, WEB, 4_000).report();

        assertThat(report.landed()).containsExactly(new LandedDemand("FRA", "FRA-1", 17_000),
                new LandedDemand("FRA", "FRA-2", 17_000));
    }

    @Test
    void demandWithNowhereToEgressIsStrandedInTheDataCentersItLandedIn() {
        CapacityReport report = plan()
                .location("SIN", 1.35, 103.82)
                    .dataCenter("SIN-1").servers(1)
                    .dataCenter("SIN-2").servers(2)
                .pool("acme", "192.0.2.1").zone(SHOP, "acme").origin(WEB, "203.0.113.10")
                .demandAt("SIN", SHOP, WEB, 6_000).report();

        assertThat(report.stranded()).containsExactly(
                new StrandedDemand(SHOP, WEB, Family.IPV4, "SIN", "SIN-1", 3_000, Unserved.Reason.NO_EGRESS),
                new StrandedDemand(SHOP, WEB, Family.IPV4, "SIN", "SIN-2", 3_000, Unserved.Reason.NO_EGRESS));
        assertThat(report.unservedConnections()).isEqualTo(6_000);
    }

    @Test
    void demandThatCanLandNowhereIsStrandedInTheLocationItIsPlacedIn() {
        CapacityReport report = plan()
                .location("SIN", 1.35, 103.82).down()
                    .dataCenter("SIN-1").server("sin1-s1", "192.0.2.1")
                .pool("acme", "192.0.2.1").zone(SHOP, "acme").origin(WEB, "203.0.113.10")
                .demandAt("SIN", SHOP, WEB, 6_000).report();

        assertThat(report.stranded()).containsExactly(
                new StrandedDemand(SHOP, WEB, Family.IPV4, "SIN", null, 6_000, Unserved.Reason.NO_LANDING));
        assertThat(report.landed()).isEmpty();
    }
}
