package dev.aegisplanner.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.io.TopologyReader;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.validation.Problem;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Zones with nowhere to egress, as the samples that tell that story show them. */
class StrandedZonesTest {

    private static Topology sample(String name) {
        return TopologyReader.read(Path.of("..", "samples", name)).topology();
    }

    @Test
    void aZoneWhoseOnlyAddressesAreInADownDataCenterIsStrandedEverywhere() {
        StrandedZone stranded = StrandedZones.of(sample("data-center-failure.json")).get(0);

        assertThat(stranded.zone()).isEqualTo("pay.example.com");
        assertThat(stranded.family()).isEqualTo(Family.IPV4);
        assertThat(stranded.servers()).isEqualTo(4);
        assertThat(stranded.dataCenters()).isEqualTo(2);
        assertThat(stranded.place()).isEqualTo(ElementRef.server("sin1-s1"));
        assertThat(stranded.problem().format()).isEqualTo("/zones/0 warning: Zone pay.example.com has nowhere to"
                + " egress for ipv4: requests from all 4 ingress servers (2 data centers) end in NO_EGRESS; pool"
                + " payments-pool's addresses are only on servers that cannot egress (data center SIN-1 of sin1-s1 is"
                + " down)");
    }

    @Test
    void aPoolWithoutIpv6StrandsItsZonesIpv6Requests() {
        assertThat(StrandedZones.warnings(sample("ipv6.json"))).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("for ipv6").endsWith("has no IPv6 address or prefix"));
    }

    @Test
    void aDualStackOriginAloneDoesNotMakeAPoolWithoutIpv6AWarning() {
        // The origin has an IPv6 address, the pool none; nothing in the plan asks for IPv6.
        assertThat(StrandedZones.of(sample("same-location.json"))).isEmpty();
    }

    @Test
    void aZoneWithoutPoolIsNeverStrandedItEgressesWithSharedAddresses() {
        assertThat(StrandedZones.of(sample("no-aegis.json"))).isEmpty();
    }
}
