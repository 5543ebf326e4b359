package dev.aegisplanner.model.io;

import static dev.aegisplanner.model.io.ReadAssertions.formatted;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.io.ReadResult.Outcome;
import dev.aegisplanner.model.topology.Demand;
import dev.aegisplanner.model.topology.Family;
import org.junit.jupiter.api.Test;

/** The {@code demand} array of PRODUCT.md section 7: read, written back unchanged, and validated. */
class DemandFormatTest {

    private static String topologyWithDemand(String demand) {
        return """
                {
                  "format": "aegis-topology",
                  "version": 1,
                  "locations": [
                    { "id": "SIN", "lat": 1.35, "lon": 103.82,
                      "dataCenters": [ { "id": "SIN-1", "servers": [ { "id": "sin1-s1" } ] } ] },
                    { "id": "FRA", "lat": 50.11, "lon": 8.68,
                      "dataCenters": [ { "id": "FRA-1", "servers": [ { "id": "fra1-s1" } ] } ] } ],
                  "zones": [ { "id": "shop.example.com" } ],
                  "origins": [ { "id": "shop-origin", "ipv4": "203.0.113.10" },
                               { "id": "v6-origin", "ipv6": "2001:db8::10" } ],
                  "demand": %s
                }
                """.formatted(demand);
    }

    @Test
    void theSpecificationsExampleReadsIntoLocationAndDataCenterEntries() {
        ReadResult r = TopologyReader.read(topologyWithDemand("""
                [
                    { "zone": "shop.example.com", "origin": "shop-origin", "location": "SIN", "connections": 30000 },
                    { "zone": "shop.example.com", "origin": "shop-origin", "dataCenter": "FRA-1", "connections": 12000 }
                  ]"""));

        assertThat(formatted(r)).isEmpty();
        assertThat(r.outcome()).isEqualTo(Outcome.VALID);
        assertThat(r.topology().demand()).containsExactly(
                Demand.inLocation("shop.example.com", "shop-origin", "SIN", 30000),
                Demand.inDataCenter("shop.example.com", "shop-origin", "FRA-1", 12000));
        assertThat(r.topology().demand().get(0).effectiveFamily()).isEqualTo(Family.IPV4);
    }

    @Test
    void demandIsWrittenBackAsItWasRead() {
        ReadResult r = TopologyReader.read(topologyWithDemand("""
                [ { "zone": "shop.example.com", "origin": "v6-origin", "location": "SIN", "connections": 2.5,
                    "family": "ipv6" } ]"""));

        String written = TopologyWriter.toJson(r.topology());

        assertThat(written).contains("""
                  "demand": [
                    { "zone": "shop.example.com", "origin": "v6-origin", "location": "SIN", "connections": 2.5, \
                "family": "ipv6" }
                  ]""");
        assertThat(TopologyReader.read(written).topology()).isEqualTo(r.topology());
    }

    @Test
    void everyBrokenEntryIsReportedWithItsPlace() {
        ReadResult r = TopologyReader.read(topologyWithDemand("""
                [
                    { "zone": "shop.example.com", "origin": "shop-origin", "location": "SIN", "dataCenter": "SIN-1",
                      "connections": 1 },
                    { "zone": "shop.example.com", "origin": "shop-origin", "connections": 1 },
                    { "zone": "nope.example.com", "origin": "shop-origin", "location": "LHR", "connections": -5 },
                    { "zone": "shop.example.com", "origin": "v6-origin", "dataCenter": "FRA-1" },
                    { "zone": "shop.example.com", "origin": "shop-origin", "location": "SIN", "connections": 1,
                      "family": "ipv5" }
                  ]"""));

        assertThat(r.outcome()).isEqualTo(Outcome.INVALID);
        assertThat(formatted(r)).containsExactly(
                "/demand/0/dataCenter 13:79 error: Demand entry 0 (shop.example.com to shop-origin from SIN) names"
                        + " both location SIN and data center SIN-1; it must name exactly one",
                "/demand/1 15:5 error: Demand entry 1 (shop.example.com to shop-origin) names neither a 'location'"
                        + " nor a 'dataCenter'; it must name exactly one",
                "/demand/2/zone 16:7 error: Demand entry 2 (nope.example.com to shop-origin from LHR) names zone"
                        + " nope.example.com, which does not exist",
                "/demand/2/location 16:60 error: Demand entry 2 (nope.example.com to shop-origin from LHR) names"
                        + " location LHR, which does not exist",
                "/demand/2/connections 16:79 error: Demand entry 2 (nope.example.com to shop-origin from LHR) has -5"
                        + " connections; demand cannot be negative",
                "/demand/3 17:5 error: Demand entry 3 (shop.example.com to v6-origin from FRA-1) is ipv4 demand, but"
                        + " origin v6-origin has no ipv4 address (entries without 'family' are ipv4)",
                "/demand/3/connections 17:5 error: Demand entry 3 is missing the required field 'connections'",
                "/demand/4/family 19:7 error: Demand entry 4 has family 'ipv5'; it must be \"ipv4\" or \"ipv6\"");
    }
}
