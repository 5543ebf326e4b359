package dev.aegisplanner.model.capacity;

import static dev.aegisplanner.model.capacity.Plans.SHOP;
import static dev.aegisplanner.model.capacity.Plans.WEB;
import static dev.aegisplanner.model.capacity.Plans.plan;
import static dev.aegisplanner.model.capacity.Rows.connections;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.aegisplanner.model.engine.Tier;
import dev.aegisplanner.model.geo.GreatCircle;
import dev.aegisplanner.model.topology.Family;
import org.junit.jupiter.api.Test;

/** Section 7, "Where it egresses": each ingress server's share runs through the cascade of section 4. */
class WhereDemandEgressesTest {

    @Test
    void demandIsLoadOnTheEgressDataCenterTheCascadeChooses() {
        CapacityReport report = plan()
                .location("SIN", 1.35, 103.82).dataCenter("SIN-1").servers(2)
                .location("FRA", 50.11, 8.68).dataCenter("FRA-1").server("fra1-s1", "192.0.2.1")
                .location("AMS", 52.37, 4.90).dataCenter("AMS-1").server("ams1-s1", "192.0.2.1")
                .link("SIN", "FRA", 80).link("SIN", "AMS", 120)
                .pool("acme", "192.0.2.1").zone(SHOP, "acme").origin(WEB, "203.0.113.10")
                .demandAt("SIN", SHOP, WEB, 30_000).report();

        assertThat(connections(report, "FRA-1", "192.0.2.1")).isEqualTo(30_000);
        assertThat(connections(report, "AMS-1", "192.0.2.1")).isZero();
    }

    @Test
    void demandForwardedToAnotherLocationIsReportedWithItsShareAndTheBackbonesLatency() {
        CapacityReport report = plan()
                .location("SIN", 1.35, 103.82).dataCenter("SIN-1").servers(1)
                .location("FRA", 50.11, 8.68).dataCenter("FRA-1").server("fra1-s1", "192.0.2.1")
                .link("SIN", "FRA", 80)
                .pool("acme", "192.0.2.1").zone(SHOP, "acme").origin(WEB, "203.0.113.10")
                .demandAt("SIN", SHOP, WEB, 30_000).demandAt("FRA", SHOP, WEB, 10_000).report();

        assertThat(report.forwards()).singleElement()
                .satisfies(f -> assertThat(f.from()).isEqualTo("SIN"))
                .satisfies(f -> assertThat(f.to()).isEqualTo("FRA"))
                .satisfies(f -> assertThat(f.connections()).isEqualTo(30_000))
                .satisfies(f -> assertThat(f.extraLatencyMs()).isEqualTo(80));
        assertThat(report.forwardedShare()).isEqualTo(0.75);
        assertThat(report.meanExtraLatencyMs()).isEqualTo(80);
    }

    @Test
    void withoutABackboneTheForwardsExtraLatencyIsTheGreatCircleEstimate() {
        CapacityReport report = plan()
                .location("SIN", 1.35, 103.82).dataCenter("SIN-1").servers(1)
                .location("FRA", 50.11, 8.68).dataCenter("FRA-1").server("fra1-s1", "192.0.2.1")
                .pool("acme", "192.0.2.1").zone(SHOP, "acme").origin(WEB, "203.0.113.10")
                .demandAt("SIN", SHOP, WEB, 30_000).report();

        double km = GreatCircle.km(1.35, 103.82, 50.11, 8.68);
        assertThat(report.forwards()).singleElement()
                .satisfies(f -> assertThat(f.extraLatencyMs()).isCloseTo(km / 100, within(1e-9)));
    }

    @Test
    void noAegisDemandUsesSharedAddresses_reportedButNeverLimited() {
        CapacityReport report = plan()
                .location("FRA", 50.11, 8.68).dataCenter("FRA-1").server("fra1-s1", "192.0.2.1")
                .pool("acme", "192.0.2.1").zone("blog.example.com", null).origin(WEB, "203.0.113.10")
                .demandAt("FRA", "blog.example.com", WEB, 900_000).report();

        assertThat(report.rows()).isEmpty();
        assertThat(report.unlimited()).singleElement()
                .satisfies(u -> assertThat(u.tier()).isEqualTo(Tier.NO_AEGIS))
                .satisfies(u -> assertThat(u.connections()).isEqualTo(900_000));
        assertThat(report.holds()).isTrue();
    }

    @Test
    void ipv6DemandIsReportedButNeverLimited() {
        CapacityReport report = plan()
                .location("FRA", 50.11, 8.68).dataCenter("FRA-1").server("fra1-s1", "192.0.2.1")
                .pool("acme", "192.0.2.1", "2001:db8:a::/48").zone(SHOP, "acme")
                .origin(WEB, "203.0.113.10", "2001:db8:ff::1")
                .ipv6DemandAt("FRA", SHOP, WEB, 900_000).report();

        assertThat(report.rows()).isEmpty();
        assertThat(report.unlimited()).singleElement()
                .satisfies(u -> assertThat(u.family()).isEqualTo(Family.IPV6))
                .satisfies(u -> assertThat(u.tier()).isEqualTo(Tier.IPV6_GLOBAL));
        assertThat(report.holds()).isTrue();
    }

    @Test
    void noEgressDemandIsUnserved_aPlanningError() {
        CapacityReport report = plan()
                .location("FRA", 50.11, 8.68)
                    .dataCenter("FRA-1").server("fra1-s1", "192.0.2.1").down().server("fra1-s2")
                .pool("acme", "192.0.2.1").zone(SHOP, "acme").origin(WEB, "203.0.113.10")
                .demandAt("FRA", SHOP, WEB, 5_000).report();

        assertThat(report.unserved()).singleElement()
                .satisfies(u -> assertThat(u.reason()).isEqualTo(Unserved.Reason.NO_EGRESS))
                .satisfies(u -> assertThat(u.connections()).isEqualTo(5_000))
                .satisfies(u -> assertThat(u.zone()).isEqualTo(SHOP));
        assertThat(report.holds()).isFalse();
    }

    @Test
    void serversThatHoldAnAddressEgressThemselves_theOthersFollowTheCascade() {
        // FRA-1 has two up servers: fra1-s1 holds .1 (SAME_SERVER), fra1-s2 holds nothing and forwards to
        // fra1-s1. FRA-2's servers hold nothing: they forward to the same location, FRA-1.
        CapacityReport report = plan()
                .location("FRA", 50.11, 8.68)
                    .dataCenter("FRA-1").server("fra1-s1", "192.0.2.1").server("fra1-s2")
                    .dataCenter("FRA-2").servers(3)
                .pool("acme", "192.0.2.1").zone(SHOP, "acme").origin(WEB, "203.0.113.10")
                .demandAt("FRA", SHOP, WEB, 10_000).report();

        assertThat(connections(report, "FRA-1", "192.0.2.1")).isCloseTo(10_000, within(1e-9));
    }
}
