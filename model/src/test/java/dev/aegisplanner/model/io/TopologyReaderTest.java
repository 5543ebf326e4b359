package dev.aegisplanner.model.io;

import static dev.aegisplanner.model.io.ReadAssertions.codes;
import static dev.aegisplanner.model.io.ReadAssertions.formatted;
import static dev.aegisplanner.model.io.ReadAssertions.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.io.ReadResult.Outcome;
import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Status;
import dev.aegisplanner.model.validation.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the text of a topology file: PRODUCT.md section 3, "problems in the text itself". */
class TopologyReaderTest {

    private static final String EXAMPLE = """
            {
              "format": "aegis-topology",
              "version": 1,
              "name": "Two metros",
              "locations": [
                { "id": "FRA", "name": "Frankfurt", "region": "EU", "lat": 50.11, "lon": 8.68,
                  "dataCenters": [
                    { "id": "FRA-1", "ipCapacity": { "192.0.2.10": 0.5 },
                      "servers": [
                        { "id": "fra1-s1", "status": "up", "egressIps": ["192.0.2.10"] },
                        { "id": "fra1-s2" }
                      ] } ] },
                { "id": "AMS", "lat": 52.37, "lon": 4.9, "status": "down" } ],
              "links": [ { "from": "FRA", "to": "AMS", "latencyMs": 7.5 } ],
              "pools": [ { "id": "acme", "source": "leased", "addresses": ["192.0.2.10", "2001:db8:a::/48"] } ],
              "zones": [ { "id": "shop.example.com", "pool": "acme", "regions": ["EU"] } ],
              "origins": [ { "id": "acme-origin", "ipv4": "203.0.113.150", "ipv6": "2001:db8:ff::1", "port": 443 } ],
              "scenarios": [ { "id": "fra-miss", "zone": "shop.example.com", "origin": "acme-origin",
                               "ingressServer": "fra1-s2", "family": "ipv4" } ],
              "layout": { "FRA": { "x": 40, "y": 60, "w": 520, "h": 300 } }
            }
            """;

    @Test
    void aValidFileReadsIntoTheTopologyItDescribes() {
        ReadResult r = TopologyReader.read(EXAMPLE);

        assertThat(r.outcome()).isEqualTo(Outcome.VALID);
        assertThat(r.problems()).isEmpty();
        Location fra = r.topology().locations().get(0);
        assertThat(fra.dataCenters().get(0)).isEqualTo(new DataCenter("FRA-1", null, Status.UP,
                java.util.Map.of("192.0.2.10", 0.5),
                java.util.List.of(Server.of("fra1-s1", "192.0.2.10"), Server.of("fra1-s2"))));
        assertThat(r.topology().locations().get(1).status()).isEqualTo(Status.DOWN);
        assertThat(r.topology().origins().get(0).port()).isEqualTo(443);
        assertThat(r.topology().layout().get("FRA").w()).isEqualTo(520);
    }

    @Nested
    class NotATopology {

        @Test
        void malformedJsonIsUnreadableWithWhereAndWhatInWords() {
            ReadResult r = TopologyReader.read("""
                    {"format": "aegis-topology", "version": 1,
                     "locations": [{"id": "FRA", "lat": 50 "lon": 8}]}
                    """);

            assertThat(r.outcome()).isEqualTo(Outcome.UNREADABLE);
            assertThat(r.topology()).isNull();
            assertThat(formatted(r)).containsExactly("/locations/0/lat 2:40 error: This is not valid JSON:"
                    + " Unexpected character ('\"'): was expecting comma to separate Object entries");
        }

        @Test
        void aFileThatEndsTooEarlySaysSo() {
            ReadResult r = TopologyReader.read("{\"format\": \"aegis-topology\", \"locations\": [");

            assertThat(only(r, "malformed-json").message()).startsWith("This is not valid JSON: Unexpected end-of-input");
            assertThat(r.problems().get(0).message()).doesNotContain("Source", "REDACTED", "Exception");
        }

        @Test
        void textAfterTheTopologyIsMalformed() {
            ReadResult r = TopologyReader.read("{\"format\": \"aegis-topology\", \"version\": 1}\n{}");

            assertThat(formatted(r)).containsExactly("/ 2:1 error: There is more text after the end of the topology;"
                    + " a file holds one JSON object");
        }

        @Test
        void anEmptyFileIsUnreadable() {
            assertThat(formatted(TopologyReader.read("  \n"))).containsExactly("/ 1:1 error: The file is empty");
        }

        @Test
        void jsonThatIsNotAnObjectIsNotATopology() {
            ReadResult r = TopologyReader.read("[1, 2]");

            assertThat(formatted(r)).containsExactly("/ 1:1 error: This is not an Aegis Planner topology: the file"
                    + " holds a list, not an object with \"format\": \"aegis-topology\"");
        }

        @Test
        void anotherFormatIsNotATopology() {
            ReadResult r = TopologyReader.read("{\"format\": \"geojson\", \"version\": 1}");

            assertThat(r.outcome()).isEqualTo(Outcome.UNREADABLE);
            assertThat(formatted(r)).containsExactly("/format 1:2 error: This is not an Aegis Planner topology:"
                    + " its format is 'geojson', not 'aegis-topology'");
        }

        @Test
        void aFileWithoutFormatIsNotATopology() {
            ReadResult r = TopologyReader.read("{\"name\": \"x\"}");

            assertThat(formatted(r)).containsExactly("/ 1:1 error: This is not an Aegis Planner topology: it has no"
                    + " \"format\": \"aegis-topology\"");
        }

        @Test
        void aVersionFromTheFutureIsUnreadableRatherThanMisread() {
            ReadResult r = TopologyReader.read("{\"format\": \"aegis-topology\",\n \"version\": 2}");

            assertThat(r.outcome()).isEqualTo(Outcome.UNREADABLE);
            assertThat(formatted(r)).containsExactly("/version 2:2 error: This topology is format version 2, written"
                    + " by a newer Aegis Planner; this version reads format version 1");
        }

        @Test
        void versionZeroAndVersionsThatAreNoWholeNumbersDoNotExist() {
            assertThat(only(TopologyReader.read("{\"format\": \"aegis-topology\", \"version\": 0}"),
                    "unsupported-version").message()).isEqualTo(
                    "Format version 0 does not exist; this version of Aegis Planner reads format version 1");
            assertThat(only(TopologyReader.read("{\"format\": \"aegis-topology\", \"version\": \"1\"}"),
                    "unsupported-version").message()).isEqualTo("The format version must be a whole number, not '1'");
        }

        @Test
        void aMissingVersionIsAnErrorButTheFileIsReadAsVersion1() {
            ReadResult r = TopologyReader.read("{\"format\": \"aegis-topology\", \"name\": \"x\"}");

            assertThat(r.outcome()).isEqualTo(Outcome.INVALID);
            assertThat(r.topology().name()).isEqualTo("x");
            assertThat(formatted(r)).containsExactly("/version 1:1 error: The topology is missing the required field"
                    + " 'version'; it is read as version 1");
        }
    }

    @Nested
    class ProblemsInTheText {

        @Test
        void anUnknownFieldIsAnErrorThatNamesTheFieldAndTheElement() {
            ReadResult r = TopologyReader.read("""
                    {"format": "aegis-topology", "version": 1,
                     "locations": [{"id": "FRA", "lattitude": 50, "lat": 50, "lon": 8}]}
                    """);

            assertThat(formatted(r)).containsExactly("/locations/0/lattitude 2:30 error: Unknown field 'lattitude'"
                    + " in location FRA; did you mean 'lat'?");
        }

        @Test
        void aFileWithTextTheTopologyCannotHoldIsReadAsIncomplete() {
            ReadResult wrongType = TopologyReader.read(
                    "{\"format\": \"aegis-topology\", \"version\": 1, \"name\": 7}");
            ReadResult droppedEntry = TopologyReader.read(
                    "{\"format\": \"aegis-topology\", \"version\": 1, \"pools\": [{\"source\": \"leased\"}]}");
            ReadResult onlyRuleBroken = TopologyReader.read(
                    "{\"format\": \"aegis-topology\", \"version\": 1, \"locations\": [{\"id\": \"FRA\", \"lat\": 95, \"lon\": 8}]}");

            assertThat(wrongType.complete()).isFalse();
            assertThat(droppedEntry.complete()).isFalse();
            assertThat(onlyRuleBroken.hasErrors()).isTrue();
            assertThat(onlyRuleBroken.complete()).as("a broken rule loses no text").isTrue();
        }

        @Test
        void anUnknownFieldFarFromAnyKnownOneGetsNoSuggestion() {
            ReadResult r = TopologyReader.read("{\"format\": \"aegis-topology\", \"version\": 1, \"owner\": \"me\"}");

            assertThat(only(r, "unknown-field").message()).isEqualTo("Unknown field 'owner' in the topology");
        }

        @Test
        void aValueOfTheWrongTypeIsAnErrorAndTheFieldTakesItsDefault() {
            ReadResult r = TopologyReader.read("""
                    {"format": "aegis-topology", "version": 1,
                     "locations": [{"id": "FRA", "name": 7, "lat": "50.1", "lon": 8, "status": "sleeping"}]}
                    """);

            assertThat(formatted(r)).containsExactly(
                    "/locations/0/name 2:30 error: Field 'name' in location FRA must be text, not a number",
                    "/locations/0/lat 2:41 error: Field 'lat' in location FRA must be a number, not text",
                    "/locations/0/status 2:66 error: Location FRA has status 'sleeping'; it must be \"up\" or \"down\"");
            Location fra = r.topology().locations().get(0);
            assertThat(fra.name()).isNull();
            assertThat(fra.status()).isEqualTo(Status.UP);
        }

        @Test
        void missingRequiredFieldsAreReportedAtTheObjectThatLacksThemAfterProblemsWithTheObjectItself() {
            ReadResult r = TopologyReader.read("""
                    {"format": "aegis-topology", "version": 1,
                     "locations": [{"id": "FRA"}],
                     "links": [{"from": "FRA", "latencyMs": 1}],
                     "pools": [{"id": "acme"}],
                     "scenarios": [{"id": "s"}]}
                    """);

            assertThat(formatted(r)).containsExactly(
                    "/locations/0/lat 2:16 error: Location FRA is missing the required field 'lat'",
                    "/locations/0/lon 2:16 error: Location FRA is missing the required field 'lon'",
                    "/links/0/to 3:12 error: A link is missing the required field 'to'",
                    "/pools/0 4:12 warning: No zone uses pool acme",
                    "/pools/0/source 4:12 error: Pool acme is missing the required field 'source'",
                    "/pools/0/addresses 4:12 error: Pool acme is missing the required field 'addresses'",
                    "/scenarios/0/zone 5:16 error: Scenario s is missing the required field 'zone'",
                    "/scenarios/0/origin 5:16 error: Scenario s is missing the required field 'origin'",
                    "/scenarios/0/ingressServer 5:16 error: Scenario s is missing the required field 'ingressServer'");
        }

        @Test
        void aRequiredFieldWrittenAsNullIsMissingAndShownAtItsNameThoughTheObjectGoesOnAfterIt() {
            ReadResult r = TopologyReader.read("""
                    {"format": "aegis-topology", "version": 1,
                     "locations": [{"id": "FRA", "lat": null, "lon": 8, "dataCenters": [{"id": "FRA-1", "servers": [
                       {"id": null, "name": "no id"}, {"id": "s2", "status": 1}]}]}]}
                    """);

            assertThat(formatted(r)).containsExactly(
                    "/locations/0/lat 2:30 error: Location FRA is missing the required field 'lat'",
                    "/locations/0/dataCenters/0/servers/0/id 3:5 error: A server in data center FRA-1 has no 'id';"
                            + " it is left out until it has one",
                    "/locations/0/dataCenters/0/servers/1/status 3:48 error: Field 'status' in server s2 must be"
                            + " text, not a number");
        }

        @Test
        void aLocationWithoutCoordinatesStillOpensAtZeroSoTheEditorCanShowIt() {
            ReadResult r = TopologyReader.read("{\"format\": \"aegis-topology\", \"version\": 1,"
                    + " \"locations\": [{\"id\": \"FRA\", \"lon\": 8}]}");

            assertThat(r.outcome()).isEqualTo(Outcome.INVALID);
            assertThat(r.topology().locations().get(0).lat()).isZero();
        }

        @Test
        void anElementWithoutIdIsLeftOutAndLaterProblemsStillPointAtTheRightElement() {
            ReadResult r = TopologyReader.read("""
                    {"format": "aegis-topology", "version": 1,
                     "locations": [{"id": "FRA", "lat": 50, "lon": 8, "dataCenters": [{"id": "FRA-1", "servers": [
                       {"name": "no id"},
                       7,
                       {"id": "s2", "egressIps": [1, "10.0.0.1"]}]}]}]}
                    """);

            assertThat(formatted(r)).containsExactly(
                    "/locations/0/dataCenters/0/servers/0/id 3:4 error: A server in data center FRA-1 has no 'id';"
                            + " it is left out until it has one",
                    "/locations/0/dataCenters/0/servers/1 4:4 error: Every entry of 'servers' in data center FRA-1"
                            + " must be an object; this one is a number",
                    "/locations/0/dataCenters/0/servers/2/egressIps/0 5:31 error: Every entry of 'egressIps' in"
                            + " server s2 must be text; this one is a number",
                    "/locations/0/dataCenters/0/servers/2/egressIps/1 5:34 error: Server s2 egresses from 10.0.0.1,"
                            + " which is in no pool; every egress IP must belong to exactly one pool");
            assertThat(r.topology().locations().get(0).dataCenters().get(0).servers())
                    .containsExactly(Server.of("s2", "10.0.0.1"));
        }

        @Test
        void aDuplicateKeyIsAnErrorAtItsSecondOccurrenceAndTheLastValueCounts() {
            ReadResult r = TopologyReader.read("""
                    {"format": "aegis-topology", "version": 1,
                     "locations": [{"id": "FRA", "lat": 50, "lon": 8,
                                    "lat": 51}]}
                    """);

            assertThat(formatted(r)).containsExactly("/locations/0/lat 3:17 error: The key 'lat' appears more than"
                    + " once in this object; the last one counts");
            assertThat(r.topology().locations().get(0).lat()).isEqualTo(51);
        }

        @Test
        void aDuplicateKeyDoesNotHideAProblemWithTheValueThatCounts() {
            ReadResult r = TopologyReader.read("""
                    {"format": "aegis-topology", "version": 1,
                     "locations": [{"id": "FRA", "lat": 50, "lon": 8, "lat": 91}]}
                    """);

            assertThat(codes(r)).containsExactly("duplicate-key", "latitude-out-of-range");
        }

        @Test
        void textFromTheFileCannotForgeAProblemLine() {
            ReadResult r = TopologyReader.read("{\"format\": \"aegis-topology\", \"version\": 1, \"locations\": ["
                    + "{\"id\": \"FRA\", \"lat\": 50, \"lon\": 8, \"dataCenters\": [{\"id\": \"D\", \"servers\": ["
                    + "{\"id\": \"s\", \"egressIps\": [\"10.0.0.1\\n/zones/0 1:1 error: forged\"]}]}]}]}");

            assertThat(formatted(r)).singleElement().asString()
                    .doesNotContain("\n")
                    .contains("'10.0.0.1\\n/zones/0 1:1 error: forged'");
        }

        @Test
        void aFileWithTenProblemsReportsTen() {
            ReadResult r = TopologyReader.read("""
                    {"format": "aegis-topology", "version": 1, "colour": "blue",
                     "locations": [
                      {"id": "FRA", "lat": 91, "lon": 8, "dataCenters": [
                        {"id": "FRA-1", "status": "maybe", "servers": [{"id": "s1", "egressIps": ["192.0.2.1", "::1"]}]}]},
                      {"id": "FRA", "lat": 50, "lon": "east"}],
                     "links": [{"from": "FRA", "to": "FRA", "latencyMs": -3}],
                     "zones": [{"id": "z", "pool": "nope"}],
                     "origins": [{"id": "o", "port": 0}]}
                    """);

            assertThat(codes(r)).containsExactly(
                    "unknown-field", "latitude-out-of-range", "invalid-value", "ip-in-no-pool", "ipv6-egress",
                    "duplicate-id", "wrong-type", "link-to-itself", "negative-latency", "unknown-reference",
                    "origin-without-address", "port-out-of-range");
            assertThat(r.errors()).hasSize(12);
        }

        @Test
        void everyProblemHasALineAndColumnAndTheyComeInTheOrderOfTheText() {
            ReadResult r = TopologyReader.read("""
                    {"format": "aegis-topology", "version": 1,
                     "layout": {"nobody": {"x": 0, "y": 0}},
                     "locations": [{"id": "FRA", "lat": 50, "lon": 8, "dataCenters": [{"id": "FRA-1"}]}],
                     "oops": 1}
                    """);

            assertThat(r.problems()).allMatch(Problem::hasPosition);
            assertThat(r.problems()).extracting(p -> p.line()).containsExactly(2, 3, 4);
        }
    }

    @Nested
    class Files_ {

        @TempDir
        Path folder;

        @Test
        void aFileReadsLikeItsText() throws IOException {
            Path file = folder.resolve("two-metros.json");
            Files.writeString(file, EXAMPLE);

            assertThat(TopologyReader.read(file)).isEqualTo(TopologyReader.read(EXAMPLE));
        }

        @Test
        void aMissingFileIsUnreadableAndNamed() {
            Path file = folder.resolve("nothing-here.json");

            ReadResult r = TopologyReader.read(file);

            assertThat(r.outcome()).isEqualTo(Outcome.UNREADABLE);
            assertThat(formatted(r)).containsExactly("/ error: There is no file " + file);
        }

        @Test
        void aFolderIsNoTopologyFile() {
            assertThat(only(TopologyReader.read(folder), "io-error").message())
                    .isEqualTo(folder + " is a folder, not a topology file");
        }

        @Test
        void bytesThatAreNotUtf8AreUnreadableWithTheLineTheyAreOn() throws IOException {
            Path file = folder.resolve("latin1.json");
            Files.write(file, "{\"format\": \"aegis-topology\",\n \"name\": \"K\u00f6ln\"}"
                    .getBytes(StandardCharsets.ISO_8859_1));

            assertThat(formatted(TopologyReader.read(file))).containsExactly("/ 2:12 error: " + file
                    + " is not UTF-8 text: the bytes at line 2 are not valid UTF-8; save the file as UTF-8");
        }

        @Test
        void aByteOrderMarkIsAllowedAndDoesNotShiftColumns() throws IOException {
            Path file = folder.resolve("bom.json");
            Files.writeString(file, "\uFEFF{\"format\": \"aegis-topology\", \"version\": 1, \"x\": 1}");

            assertThat(formatted(TopologyReader.read(file))).containsExactly(
                    "/x 1:45 error: Unknown field 'x' in the topology");
        }
    }
}
