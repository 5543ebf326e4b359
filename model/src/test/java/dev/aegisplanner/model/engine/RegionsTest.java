package dev.aegisplanner.model.engine;

import static dev.aegisplanner.model.engine.TopologyBuilder.topology;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Topology;
import org.junit.jupiter.api.Test;

/** "With Regional Services, traffic egresses from the allowed region's locations, as long as Aegis IPs are provisioned there." */
class RegionsTest {

    /** FRA (EU) holds an address on every server; SIN and TYO (APAC) hold one each; TYO is closer over the backbone. */
    private static final Topology WORLD = topology()
            .location("FRA", "EU", 50.11, 8.68)
                .dataCenter("FRA-1")
                    .server("fra1-s1", "192.0.2.10")
            .location("SIN", "APAC", 1.35, 103.82)
                .dataCenter("SIN-1")
                    .server("sin1-s1", "192.0.2.13")
                    .server("sin1-s2")
            .location("TYO", "APAC", 35.68, 139.69)
                .dataCenter("TYO-1")
                    .server("tyo1-s1", "192.0.2.14")
            .location("NOWHERE", null, 0, 0)
                .dataCenter("NW-1")
                    .server("nw1-s1", "192.0.2.15")
            .link("FRA", "TYO", 120)
            .link("FRA", "SIN", 150)
            .pool("acme", "192.0.2.10", "192.0.2.13", "192.0.2.14", "192.0.2.15", "2001:db8:a::/48")
            .zone("apac.example.com", "acme", "APAC")
            .zone("eu.example.com", "acme", "EU")
            .zone("mars.example.com", "acme", "MARS")
            .zone("anywhere.example.com", "acme")
            .origin("acme-origin", "203.0.113.150", "2001:db8:ff::1")
            .build();

    private static TraceResult trace(String zone, String ingress, Family family) {
        return new ForwardingEngine(WORLD).trace(new Request(zone, "acme-origin", ingress, family));
    }

    @Test
    void aServerOutsideTheZonesRegionsDoesNotEgressEvenWithAnApplicableIp() {
        TraceResult result = trace("apac.example.com", "fra1-s1", Family.IPV4);

        assertThat(result.tier()).isEqualTo(Tier.OTHER_LOCATION);
        assertThat(result.egress().location()).isEqualTo("TYO");
        assertThat(result.checks()).extracting(Check::name)
                .containsExactly(Check.DEDICATED_POOL, Check.REGION, Check.OTHER_LOCATION);
        assertThat(result.checks().get(1))
                .isEqualTo(new Check(Check.REGION, false, "FRA is in region EU; zone apac.example.com egresses only from APAC"));
    }

    @Test
    void insideTheRegionsTheCascadeRunsAsUsual() {
        TraceResult result = trace("apac.example.com", "sin1-s2", Family.IPV4);

        assertThat(result.tier()).isEqualTo(Tier.SAME_DATA_CENTER);
        assertThat(result.checks().get(1)).isEqualTo(
                new Check(Check.REGION, true, "SIN is in region APAC, where zone apac.example.com may egress"));
    }

    @Test
    void candidateLocationsOutsideTheRegionsAreNotConsidered() {
        TraceResult result = trace("eu.example.com", "sin1-s2", Family.IPV4);

        assertThat(result.tier()).isEqualTo(Tier.OTHER_LOCATION);
        assertThat(result.egress().location()).isEqualTo("FRA");
    }

    @Test
    void aLocationWithoutARegionIsOutsideEveryRegionList() {
        TraceResult result = trace("apac.example.com", "nw1-s1", Family.IPV4);

        assertThat(result.tier()).isEqualTo(Tier.OTHER_LOCATION);
        assertThat(result.checks().get(1).reason())
                .isEqualTo("NOWHERE is without a region; zone apac.example.com egresses only from APAC");
    }

    @Test
    void noLocationInTheRegionsIsAPlanningError() {
        TraceResult result = trace("mars.example.com", "fra1-s1", Family.IPV4);

        assertThat(result.tier()).isEqualTo(Tier.NO_EGRESS);
        assertThat(result.decisiveCheck()).isEqualTo(new Check(Check.OTHER_LOCATION, false,
                "no other location in MARS can egress with an address of pool acme: NOWHERE holds one but is without a region"));
    }

    @Test
    void aZoneWithoutRegionsEgressesAnywhereAndMakesNoRegionCheck() {
        TraceResult result = trace("anywhere.example.com", "nw1-s1", Family.IPV4);

        assertThat(result.tier()).isEqualTo(Tier.SAME_SERVER);
        assertThat(result.checks()).extracting(Check::name).doesNotContain(Check.REGION);
    }

    @Test
    void anIpv6RequestOutsideTheRegionsGoesDownTheCascadeLikeIpv4() {
        TraceResult result = trace("apac.example.com", "fra1-s1", Family.IPV6);

        assertThat(result.tier()).isEqualTo(Tier.OTHER_LOCATION);
        assertThat(result.egress()).isEqualTo(new Endpoint("tyo1-s1", "TYO-1", "TYO", "2001:db8:a::/48"));
    }

    @Test
    void anIpv6RequestInsideTheRegionsIsNotForwarded() {
        TraceResult result = trace("apac.example.com", "sin1-s2", Family.IPV6);

        assertThat(result.tier()).isEqualTo(Tier.IPV6_GLOBAL);
        assertThat(result.egress().server()).isEqualTo("sin1-s2");
    }
}
