package dev.aegisplanner.model.engine;

import static dev.aegisplanner.model.engine.TopologyBuilder.topology;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Topology;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** "Every check the cascade made, in order, with whether it passed and why", in words a planner reads. */
class TraceChecksTest {

    private static final Topology WORLD = topology()
            .location("FRA", "EU", 50.11, 8.68)
                .dataCenter("FRA-1")
                    .server("fra1-s1")
                    .server("fra1-s2")
                .dataCenter("FRA-2")
                    .server("fra2-s1")
                .dataCenter("FRA-3")
                    .server("fra3-s1", "192.0.2.11")
                    .server("fra3-s2", "192.0.2.12")
            .location("AMS", "EU", 52.37, 4.90)
                .dataCenter("AMS-1")
                    .server("ams1-s1", "192.0.2.10")
            .location("SIN", "APAC", 1.35, 103.82)
                .dataCenter("SIN-1")
                    .server("sin1-s1", "192.0.2.13")
            .pool("acme", "192.0.2.10", "192.0.2.13")
            .pool("local", "192.0.2.11", "192.0.2.12")
            .zone("shop.example.com", "acme")
            .zone("local.example.com", "local")
            .zone("blog.example.com", null)
            .origin("acme-origin", "203.0.113.150", null)
            .build();

    private static TraceResult trace(String zone, String ingress) {
        return new ForwardingEngine(WORLD).trace(new Request(zone, "acme-origin", ingress, Family.IPV4));
    }

    @Test
    void aForwardToAnotherLocationListsEveryTierItTriedFirst() {
        assertThat(trace("shop.example.com", "fra1-s2").checks()).containsExactly(
                new Check(Check.DEDICATED_POOL, true, "zone shop.example.com uses pool acme"),
                new Check(Check.SAME_SERVER, false, "fra1-s2 holds no address of pool acme"),
                new Check(Check.SAME_DATA_CENTER, false, "no other server in FRA-1 holds an address of pool acme"),
                new Check(Check.SAME_LOCATION, false,
                        "no other data center in FRA has a server with an address of pool acme"),
                new Check(Check.OTHER_LOCATION, true, "closest location AMS, 364 km (FRA-SIN 10,258 km); "
                        + "no backbone path to any candidate, great-circle distance decided"));
    }

    @Test
    void theCascadeStopsAtTheFirstTierThatApplies() {
        assertThat(trace("local.example.com", "fra3-s2").checks()).containsExactly(
                new Check(Check.DEDICATED_POOL, true, "zone local.example.com uses pool local"),
                new Check(Check.SAME_SERVER, true, "fra3-s2 holds 192.0.2.12 of pool local"));
    }

    @Test
    void aForwardInsideTheDataCenterNamesTheServerAndItsAddress() {
        assertThat(trace("local.example.com", "fra3-s2").decisiveCheck().reason())
                .isEqualTo("fra3-s2 holds 192.0.2.12 of pool local");
        assertThat(trace("local.example.com", "fra3-s1").decisiveCheck().reason())
                .isEqualTo("fra3-s1 holds 192.0.2.11 of pool local");
    }

    @Test
    void aForwardInsideTheLocationNamesTheDataCenterServerAndAddress() {
        assertThat(trace("local.example.com", "fra2-s1").decisiveCheck())
                .isEqualTo(new Check(Check.SAME_LOCATION, true, "FRA-3 in FRA has fra3-s1 with 192.0.2.11 of pool local"));
    }

    @Test
    void aZoneWithoutPoolSaysSoAndStops() {
        assertThat(trace("blog.example.com", "fra1-s1").checks()).containsExactly(new Check(Check.DEDICATED_POOL, false,
                "zone blog.example.com has no dedicated pool: fra1-s1 egresses with a shared address"));
    }

    @Test
    void aPeerInTheIngressDataCenterIsNamed() {
        Topology peers = topology()
                .location("FRA", "EU", 50.11, 8.68)
                    .dataCenter("FRA-1")
                        .server("fra1-s1", "192.0.2.10")
                        .server("fra1-s2")
                .pool("acme", "192.0.2.10")
                .zone("shop.example.com", "acme")
                .origin("acme-origin", "203.0.113.150", null)
                .build();

        TraceResult result = new ForwardingEngine(peers)
                .trace(new Request("shop.example.com", "acme-origin", "fra1-s2", null));

        assertThat(result.decisiveCheck())
                .isEqualTo(new Check(Check.SAME_DATA_CENTER, true, "fra1-s1 in FRA-1 holds 192.0.2.10 of pool acme"));
    }

    @Test
    void largeNumbersUseThousandsSeparatorsWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(trace("shop.example.com", "fra1-s2").decisiveCheck().reason()).contains("10,258 km");
        } finally {
            Locale.setDefault(before);
        }
    }
}
