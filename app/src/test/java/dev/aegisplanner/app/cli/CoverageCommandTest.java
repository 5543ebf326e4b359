package dev.aegisplanner.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code coverage FILE [--json|--csv] [--down ID,...]}: "for every zone and every up ingress server, the tier
 * and egress location; with --down, the same with those elements down, and what changed."
 */
class CoverageCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Frankfurt holds 192.0.2.10 on one server, Amsterdam 192.0.2.11; nobody holds the stranded pool's address. */
    private static final String TWO_METROS = """
            {
              "format": "aegis-topology",
              "version": 1,
              "name": "Two metros",
              "locations": [
                { "id": "FRA", "region": "EU", "lat": 50.11, "lon": 8.68, "dataCenters": [
                  { "id": "FRA-1", "servers": [
                    { "id": "fra1-s1", "egressIps": ["192.0.2.10"] }, { "id": "fra1-s2" } ] },
                  { "id": "FRA-2", "servers": [ { "id": "fra2-s1" } ] } ] },
                { "id": "AMS", "region": "EU", "lat": 52.37, "lon": 4.90, "dataCenters": [
                  { "id": "AMS-1", "servers": [
                    { "id": "ams1-s1", "egressIps": ["192.0.2.11"] }, { "id": "ams1-s2" } ] } ] }
              ],
              "links": [ { "from": "FRA", "to": "AMS", "latencyMs": 7.5 } ],
              "pools": [
                { "id": "acme", "source": "leased", "addresses": ["192.0.2.10", "192.0.2.11", "2001:db8:a::/48"] },
                { "id": "stranded", "source": "byoip", "addresses": ["192.0.2.99"] }
              ],
              "zones": [ { "id": "shop.example.com", "pool": "acme" },
                         { "id": "void.example.com", "pool": "stranded" } ]
            }
            """;

    @TempDir
    Path folder;

    private String twoMetros;

    @BeforeEach
    void writeTopology() {
        twoMetros = TopologyText.write(folder, "two-metros.json", TWO_METROS);
    }

    private static String lines(String... lines) {
        return String.join(System.lineSeparator(), lines) + System.lineSeparator();
    }

    @Test
    void eachZoneIsSummedUpPerLocationAndDataCenterWithTheTiersAndWhereRequestsEgress() {
        CliRun run = CliRun.of("coverage", twoMetros, "--zone", "shop.example.com");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(lines(
                "Coverage of Two metros (2 locations, 3 data centers, 5 servers), ipv4",
                "",
                "shop.example.com (pool acme), ipv4: 5 servers  SAME_SERVER 2  SAME_DATA_CENTER 2  SAME_LOCATION 1",
                "  FRA      3 servers  SAME_SERVER 1  SAME_DATA_CENTER 1  SAME_LOCATION 1  -> FRA",
                "    FRA-1  2 servers  SAME_SERVER 1  SAME_DATA_CENTER 1  -> FRA",
                "    FRA-2  1 server   SAME_LOCATION 1  -> FRA",
                "  AMS      2 servers  SAME_SERVER 1  SAME_DATA_CENTER 1  -> AMS",
                "    AMS-1  2 servers  SAME_SERVER 1  SAME_DATA_CENTER 1  -> AMS"));
    }

    @Test
    void aTopologyWithoutANameIsCalledByItsFile() {
        String file = TopologyText.write(folder, "unnamed.json", TopologyText.UNUSED_POOL_ADDRESS);

        CliRun run = CliRun.of("coverage", file);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Coverage of unnamed.json (1 location, 1 data center, 1 server), ipv4");
    }

    @Test
    void requestsWithNowhereToEgressAreCalledOutAsAPlanningError() {
        CliRun run = CliRun.of("coverage", CliRun.sample("data-center-failure.json"));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("pay.example.com (pool payments-pool), ipv4: 4 servers  NO_EGRESS 4")
                .contains("  NO_EGRESS  4 of 4 servers have nowhere to egress (a planning error): SIN-2 (2), NRT-1 (2)")
                .containsPattern("(?m)^    SIN-2  2 servers  OTHER_LOCATION 2  -> NRT$");
    }

    @Test
    void withElementsDownItListsEveryRequestThatChangedAndCountsThem() {
        CliRun run = CliRun.of("coverage", twoMetros, "--down", "fra1-s1");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .startsWith("Coverage of Two metros (2 locations, 3 data centers, 5 servers), ipv4, with fra1-s1 down")
                .contains("    FRA-1  1 server   OTHER_LOCATION 1  -> AMS")
                .endsWith(lines(
                        "What changed with fra1-s1 down",
                        "  shop.example.com  ipv4  fra1-s1  SAME_SERVER -> ingress down         FRA -> -",
                        "  shop.example.com  ipv4  fra1-s2  SAME_DATA_CENTER -> OTHER_LOCATION  FRA -> AMS",
                        "  shop.example.com  ipv4  fra2-s1  SAME_LOCATION -> OTHER_LOCATION     FRA -> AMS",
                        "  void.example.com  ipv4  fra1-s1  NO_EGRESS -> ingress down           none -> -",
                        "4 of 10 requests changed: 2 rerouted, 2 lost their ingress."));
    }

    @Test
    void takingDownWhatIsAlreadyDownChangesNothingAndSaysSo() {
        CliRun run = CliRun.of("coverage", CliRun.sample("data-center-failure.json"), "--down", "SIN-1");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).endsWith(lines("What changed with SIN-1 down",
                "Nothing changed for the 8 requests: each reaches the same tier in the same location."));
    }

    @Test
    void bothFamiliesOnRequest() {
        CliRun run = CliRun.of("coverage", CliRun.sample("ipv6.json"), "--family", "ipv4,ipv6",
                "--zone", "legacy.example.com");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Coverage of IPv6 egresses where it lands (3 locations, 3 data centers, "
                        + "6 servers), ipv4 and ipv6")
                .contains("legacy.example.com (pool legacy-pool), ipv4: 6 servers  SAME_SERVER 1  SAME_DATA_CENTER 1  "
                        + "OTHER_LOCATION 4")
                .contains("legacy.example.com (pool legacy-pool), ipv6: 6 servers  NO_EGRESS 6");
    }

    @Test
    void csvHasAHeaderAndOneRowPerZoneFamilyAndIngressServer() {
        CliRun run = CliRun.of("coverage", twoMetros, "--csv");

        assertThat(run.exitCode()).isZero();
        List<String> rows = run.out().lines().toList();
        assertThat(rows).hasSize(1 + 2 * 5);
        assertThat(rows.get(0)).isEqualTo("zone,family,ingress_server,ingress_data_center,ingress_location,"
                + "tier,egress_server,egress_data_center,egress_location,egress_ip");
        assertThat(rows).contains(
                "shop.example.com,ipv4,fra1-s2,FRA-1,FRA,SAME_DATA_CENTER,fra1-s1,FRA-1,FRA,192.0.2.10",
                "shop.example.com,ipv4,fra2-s1,FRA-2,FRA,SAME_LOCATION,fra1-s1,FRA-1,FRA,192.0.2.10",
                "void.example.com,ipv4,ams1-s2,AMS-1,AMS,NO_EGRESS,,,,");
    }

    @Test
    void csvWithElementsDownSaysWhatChangedForEachRow() {
        CliRun run = CliRun.of("coverage", twoMetros, "--csv", "--down", "FRA-1", "--zone", "shop.example.com");

        assertThat(run.out().lines().toList()).containsExactly(
                "zone,family,ingress_server,ingress_data_center,ingress_location,tier,egress_server,"
                        + "egress_data_center,egress_location,egress_ip,change,tier_before,egress_location_before",
                "shop.example.com,ipv4,fra2-s1,FRA-2,FRA,OTHER_LOCATION,ams1-s1,AMS-1,AMS,192.0.2.11,"
                        + "rerouted,SAME_LOCATION,FRA",
                "shop.example.com,ipv4,ams1-s1,AMS-1,AMS,SAME_SERVER,ams1-s1,AMS-1,AMS,192.0.2.11,,SAME_SERVER,AMS",
                "shop.example.com,ipv4,ams1-s2,AMS-1,AMS,SAME_DATA_CENTER,ams1-s1,AMS-1,AMS,192.0.2.11,,"
                        + "SAME_DATA_CENTER,AMS",
                "shop.example.com,ipv4,fra1-s1,FRA-1,FRA,,,,,,ingress down,SAME_SERVER,FRA",
                "shop.example.com,ipv4,fra1-s2,FRA-1,FRA,,,,,,ingress down,SAME_DATA_CENTER,FRA");
    }

    @Test
    void jsonHasTheRowsAndWithElementsDownTheChanges() throws IOException {
        CliRun run = CliRun.of("coverage", twoMetros, "--json", "--down", "AMS");

        JsonNode json = JSON.readTree(run.out());
        assertThat(run.exitCode()).isZero();
        assertThat(json.get("topology").asText()).isEqualTo("Two metros");
        assertThat(json.get("down")).extracting(JsonNode::asText).containsExactly("AMS");
        assertThat(json.get("rows")).hasSize(2 * 3);
        JsonNode first = json.get("rows").get(0);
        assertThat(first.get("zone").asText()).isEqualTo("shop.example.com");
        assertThat(first.get("family").asText()).isEqualTo("ipv4");
        assertThat(first.get("ingress").get("server").asText()).isEqualTo("fra1-s1");
        assertThat(first.get("ingress").get("dataCenter").asText()).isEqualTo("FRA-1");
        assertThat(first.get("tier").asText()).isEqualTo("SAME_SERVER");
        assertThat(first.get("egress").get("ip").asText()).isEqualTo("192.0.2.10");
        assertThat(json.get("changes")).extracting(c -> c.get("ingress").get("server").asText(),
                        c -> c.get("change").asText())
                .containsExactly(tuple("ams1-s1", "ingress down"),
                        tuple("ams1-s2", "ingress down"),
                        tuple("ams1-s1", "ingress down"),
                        tuple("ams1-s2", "ingress down"));
        assertThat(json.get("changes").get(0).get("before").get("tier").asText()).isEqualTo("SAME_SERVER");
        assertThat(json.get("changes").get(0).get("after").isNull()).isTrue();
        assertThat(json.get("zones").get(0).get("tiers").get("SAME_SERVER").asInt()).isEqualTo(1);
    }

    @Test
    void jsonOfNoEgressHasAnEgressOfNullsAndNoChangesWithoutDown() throws IOException {
        CliRun run = CliRun.of("coverage", twoMetros, "--json", "--zone", "void.example.com");

        JsonNode json = JSON.readTree(run.out());
        JsonNode egress = json.get("rows").get(0).get("egress");
        assertThat(json.get("rows").get(0).get("tier").asText()).isEqualTo("NO_EGRESS");
        assertThat(egress.get("server").isNull()).isTrue();
        assertThat(egress.get("location").isNull()).isTrue();
        assertThat(egress.get("ip").isNull()).isTrue();
        assertThat(json.has("changes")).isFalse();
        assertThat(json.has("down")).isFalse();
    }

    @Test
    void anUnknownIdInDownIsAUsageErrorThatNamesIt() {
        CliRun run = CliRun.of("coverage", twoMetros, "--down", "FRA-1,LHR-1");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("aegis: " + twoMetros
                + ": --down: no location, data center or server has id 'LHR-1'" + System.lineSeparator());
    }

    @Test
    void anUnknownZoneIsAUsageErrorThatListsTheZones() {
        CliRun run = CliRun.of("coverage", twoMetros, "--zone", "nope.example.com");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("aegis: " + twoMetros
                + ": no zone 'nope.example.com'; the file has shop.example.com, void.example.com"
                + System.lineSeparator());
    }

    @Test
    void jsonAndCsvTogetherOrAnUnknownFamilyAreUsageErrors() {
        assertThat(CliRun.of("coverage", twoMetros, "--json", "--csv").exitCode()).isEqualTo(2);
        CliRun family = CliRun.of("coverage", twoMetros, "--family", "ipv5");
        assertThat(family.exitCode()).isEqualTo(2);
        assertThat(family.err()).contains("'ipv5' is not a family; use ipv4 or ipv6");
    }

    @Test
    void anInvalidTopologyIsNotCoveredItsErrorsGoToStderrAndItExitsOne() {
        String file = TopologyText.write(folder, "broken.json", TopologyText.ZONE_WITH_MISSING_POOL);

        CliRun run = CliRun.of("coverage", file);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).endsWith("aegis: " + file + ": invalid topology: 1 error" + System.lineSeparator());
    }

    @Test
    void aMissingFileIsAnIoError() {
        CliRun run = CliRun.of("coverage", folder.resolve("missing.json").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("aegis: ").hasLineCount(1);
    }

    @Test
    void theJsonSummaryCountsEachDataCentersServersPerTierAndEgressLocation() throws Exception {
        CliRun run = CliRun.of("coverage", twoMetros, "--json", "--summary", "--zone", "shop.example.com",
                "--down", "fra1-s1");

        assertThat(run.exitCode()).isZero();
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.fieldNames()).toIterable().containsExactly("topology", "families", "down", "zones");
        JsonNode zone = json.get("zones").get(0);
        assertThat(zone.get("servers").asInt()).isEqualTo(4);
        assertThat(zone.get("dataCenters").get(0).toString()).isEqualTo("{\"location\":\"FRA\",\"dataCenter\":"
                + "\"FRA-1\",\"servers\":1,\"tiers\":{\"OTHER_LOCATION\":1},\"egressLocations\":{\"AMS\":1}}");
        assertThat(zone.get("changes").toString())
                .isEqualTo("{\"rerouted\":2,\"ingress down\":1,\"ingress up\":0}");
        assertThat(run.out()).doesNotContain("\"rows\"");
    }

    @Test
    void theSummaryIsAJsonForm() {
        CliRun run = CliRun.of("coverage", twoMetros, "--csv", "--summary");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--summary goes with --json");
    }
}
