package dev.aegisplanner.model.io;

import static dev.aegisplanner.model.io.ReadAssertions.formatted;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.FieldOwner;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.UnknownField;
import dev.aegisplanner.model.topology.UnknownFields;
import dev.aegisplanner.model.topology.Zone;
import dev.aegisplanner.model.validation.Problem;
import dev.aegisplanner.model.validation.Validator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Fields the format does not know are kept: reading puts them with their object, saving writes them back into
 * it, and until they are fixed each is an error, also on a topology that only lives in memory. Saving never
 * changes what a plan says, even when the planner mistyped a field.
 */
class UnknownFieldsTest {

    private static final String WITH_TYPOS = """
            {
              "format": "aegis-topology",
              "version": 1,
              "owner": "network team",
              "locations": [
                { "id": "FRA", "lat": 50.11, "lon": 8.68, "regio": "EU",
                  "dataCenters": [
                    { "id": "FRA-1", "rack": {"row": 3, "slots": [1, 2]},
                      "servers": [ { "id": "fra1-s1", "egressIps": ["192.0.2.10"], "egresIps": ["192.0.2.11"] } ] } ] },
                { "id": "AMS", "lat": 52.37, "lon": 4.9 } ],
              "links": [ { "from": "FRA", "to": "AMS", "latencyMs": 7.5, "latency": 7.50 } ],
              "pools": [ { "id": "acme", "source": "leased", "addresses": ["192.0.2.10", "192.0.2.11"], "note": null } ],
              "zones": [ { "id": "shop.example.com", "pool": "acme", "region": ["EU"] } ],
              "origins": [ { "id": "acme-origin", "ipv4": "203.0.113.150", "prt": 8443 } ],
              "scenarios": [ { "id": "s", "zone": "shop.example.com", "origin": "acme-origin",
                               "ingressServer": "fra1-s1", "expected": "SAME_SERVER" } ],
              "demand": [ { "zone": "shop.example.com", "origin": "acme-origin", "location": "FRA",
                            "connections": 10, "peak": "evening" } ],
              "layout": { "FRA": { "x": 40, "y": 60, "z": 1 } }
            }
            """;

    @Test
    void everyUnknownFieldIsKeptWithItsObjectAsItWasWritten() {
        Topology t = TopologyReader.read(WITH_TYPOS).topology();

        UnknownFields unknown = t.unknownFields();
        assertThat(unknown.of(FieldOwner.topology())).containsExactly(new UnknownField("owner", "\"network team\""));
        assertThat(unknown.of(owner(ElementKind.LOCATION, "FRA"))).containsExactly(new UnknownField("regio", "\"EU\""));
        assertThat(unknown.of(owner(ElementKind.DATA_CENTER, "FRA-1")))
                .containsExactly(new UnknownField("rack", "{\"row\":3,\"slots\":[1,2]}"));
        assertThat(unknown.of(owner(ElementKind.SERVER, "fra1-s1")))
                .containsExactly(new UnknownField("egresIps", "[\"192.0.2.11\"]"));
        assertThat(unknown.of(owner(ElementKind.LINK, "FRA~AMS"))).containsExactly(new UnknownField("latency", "7.50"));
        assertThat(unknown.of(owner(ElementKind.POOL, "acme"))).containsExactly(new UnknownField("note", "null"));
        assertThat(unknown.of(owner(ElementKind.ZONE, "shop.example.com")))
                .containsExactly(new UnknownField("region", "[\"EU\"]"));
        assertThat(unknown.of(owner(ElementKind.ORIGIN, "acme-origin"))).containsExactly(new UnknownField("prt", "8443"));
        assertThat(unknown.of(owner(ElementKind.SCENARIO, "s")))
                .containsExactly(new UnknownField("expected", "\"SAME_SERVER\""));
        assertThat(unknown.of(FieldOwner.demand(t.demand().get(0))))
                .containsExactly(new UnknownField("peak", "\"evening\""));
        assertThat(unknown.of(FieldOwner.layout("FRA"))).containsExactly(new UnknownField("z", "1"));
    }

    @Test
    void savingWritesEachUnknownFieldBackIntoItsObjectAfterTheKnownOnes() {
        String saved = TopologyWriter.toJson(TopologyReader.read(WITH_TYPOS).topology());

        assertThat(saved)
                .contains("{ \"id\": \"shop.example.com\", \"pool\": \"acme\", \"region\": [\"EU\"] }")
                .contains("{ \"id\": \"fra1-s1\", \"egressIps\": [\"192.0.2.10\"], \"egresIps\": [\"192.0.2.11\"] }")
                .contains("{ \"from\": \"FRA\", \"to\": \"AMS\", \"latencyMs\": 7.5, \"latency\": 7.50 }")
                .contains("\"rack\": {\"row\":3,\"slots\":[1,2]}")
                .contains("\"FRA\": { \"x\": 40, \"y\": 60, \"z\": 1 }")
                .endsWith("  },\n  \"owner\": \"network team\"\n}\n");
    }

    @Test
    void aSavedFileSaysWhatTheReadOneSaidAndHasTheSameProblems() {
        ReadResult first = TopologyReader.read(WITH_TYPOS);
        ReadResult again = TopologyReader.read(TopologyWriter.toJson(first.topology()));

        assertThat(again.topology()).isEqualTo(first.topology());
        assertThat(again.problems()).extracting(Problem::code, Problem::pointer, Problem::message)
                .containsExactlyInAnyOrderElementsOf(first.problems().stream()
                        .map(p -> org.assertj.core.groups.Tuple.tuple(p.code(), p.pointer(), p.message())).toList());
    }

    @Test
    void eachUnknownFieldIsAnErrorAtItsNameWithTheFieldThatWasMeant() {
        ReadResult r = TopologyReader.read(WITH_TYPOS);

        assertThat(formatted(r)).filteredOn(line -> line.contains("Unknown field")).containsExactly(
                "/owner 4:3 error: Unknown field 'owner' in the topology",
                "/locations/0/regio 6:47 error: Unknown field 'regio' in location FRA; did you mean 'region'?",
                "/locations/0/dataCenters/0/rack 8:26 error: Unknown field 'rack' in data center FRA-1",
                "/locations/0/dataCenters/0/servers/0/egresIps 9:72 error: Unknown field 'egresIps' in server fra1-s1;"
                        + " did you mean 'egressIps'?",
                "/links/0/latency 11:62 error: Unknown field 'latency' in the link from FRA to AMS;"
                        + " did you mean 'latencyMs'?",
                "/pools/0/note 12:93 error: Unknown field 'note' in pool acme; did you mean 'name'?",
                "/zones/0/region 13:58 error: Unknown field 'region' in zone shop.example.com; did you mean 'regions'?",
                "/origins/0/prt 14:64 error: Unknown field 'prt' in origin acme-origin; did you mean 'port'?",
                "/scenarios/0/expected 16:48 error: Unknown field 'expected' in scenario s; did you mean 'expect'?",
                "/demand/0/peak 18:36 error: Unknown field 'peak' in demand entry 0",
                "/layout/FRA/z 19:42 error: Unknown field 'z' in the layout of FRA; did you mean 'h'?");
    }

    @Test
    void anUnknownFieldLosesNothingSoTheFileIsReadComplete() {
        assertThat(TopologyReader.read(WITH_TYPOS).complete()).isTrue();
    }

    @Test
    void aTopologyInMemoryReportsTheUnknownFieldsItCarriesUntilTheyAreGone() {
        Topology t = Topology.empty("t").withZones(List.of(new Zone("z", null, List.of())))
                .withUnknownFields(UnknownFields.of(Map.of(owner(ElementKind.ZONE, "z"),
                        List.of(new UnknownField("region", "[\"EU\"]")))));

        assertThat(Validator.validate(t)).extracting(Problem::format).containsExactly(
                "/zones/0/region error: Unknown field 'region' in zone z; did you mean 'regions'?");
        assertThat(Validator.validate(t.withUnknownFields(UnknownFields.NONE))).isEmpty();
    }

    @Test
    void theFieldsOfAnElementThatIsGoneAreNeitherReportedNorWritten() {
        Topology t = TopologyReader.read(WITH_TYPOS).topology();
        Topology withoutZone = t.withZones(List.of());

        assertThat(Validator.validate(withoutZone)).extracting(Problem::pointer).doesNotContain("/zones/0/region");
        assertThat(TopologyWriter.toJson(withoutZone)).doesNotContain("\"region\": [\"EU\"]");
    }

    @Test
    void anUnknownKeyWrittenTwiceKeepsItsLastValue() {
        ReadResult r = TopologyReader.read("""
                {"format": "aegis-topology", "version": 1, "owner": "a", "owner": "b"}
                """);

        assertThat(r.topology().unknownFields().of(FieldOwner.topology()))
                .containsExactly(new UnknownField("owner", "\"b\""));
        assertThat(formatted(r)).containsExactly(
                "/owner 1:58 error: The key 'owner' appears more than once in this object; the last one counts",
                "/owner 1:58 error: Unknown field 'owner' in the topology");
    }

    private static FieldOwner owner(ElementKind kind, String id) {
        return new FieldOwner(kind.name(), id);
    }
}
