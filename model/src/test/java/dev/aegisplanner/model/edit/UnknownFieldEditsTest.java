package dev.aegisplanner.model.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.edit.UnknownFieldEdits.Fix;
import dev.aegisplanner.model.edit.UnknownFieldEdits.Outcome;
import dev.aegisplanner.model.io.TopologyReader;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.FieldOwner;
import dev.aegisplanner.model.topology.LayoutBox;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.UnknownField;
import dev.aegisplanner.model.topology.Zone;
import dev.aegisplanner.model.validation.Problem;
import dev.aegisplanner.model.validation.Validator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The quick fixes for a field the format does not know: rename it to the field meant, or remove it. */
class UnknownFieldEditsTest {

    private static Topology read(String zoneFields, String serverFields) {
        return TopologyReader.read("""
                {"format": "aegis-topology", "version": 1, "name": "typos",
                 "locations": [{"id": "FRA", "region": "EU", "lat": 50, "lon": 8, "dataCenters": [{"id": "FRA-1",
                   "servers": [{"id": "fra1-s1"%s}]}]}],
                 "links": [],
                 "pools": [{"id": "acme", "source": "leased", "addresses": ["192.0.2.10"]}],
                 "zones": [{"id": "shop", "pool": "acme"%s}],
                 "layout": {"FRA": {"x": 1, "y": 2, "W": 300}}}
                """.formatted(serverFields, zoneFields)).topology();
    }

    private static final FieldOwner ZONE = new FieldOwner(ElementKind.ZONE.name(), "shop");
    private static final FieldOwner SERVER = new FieldOwner(ElementKind.SERVER.name(), "fra1-s1");

    private static Topology applied(Outcome outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Applied.class);
        return ((Outcome.Applied) outcome).topology();
    }

    @Test
    void aNearMissBecomesTheFieldItWasMeantToBeWithItsValue() {
        Topology t = read(", \"region\": [\"EU\"]", "");

        Topology fixed = applied(UnknownFieldEdits.rename(t, ZONE, "region", "regions"));

        assertThat(fixed.zone("shop")).contains(new Zone("shop", "acme", List.of("EU")));
        assertThat(fixed.unknownFields().of(ZONE)).isEmpty();
        assertThat(Validator.validate(fixed)).extracting(Problem::pointer).doesNotContain("/zones/0/region");
    }

    @Test
    void theFixIsFoundFromTheProblemWithTheFieldMeant() {
        Topology t = read(", \"region\": [\"EU\"]", "");
        Problem problem = Validator.validate(t).stream().filter(p -> p.code().equals("unknown-field")).findFirst()
                .orElseThrow();

        assertThat(UnknownFieldEdits.of(t, problem)).contains(new Fix(ZONE, "region", Optional.of("regions")));
        assertThat(UnknownFieldEdits.of(UnknownFieldEdits.remove(t, ZONE, "region"), problem)).isEmpty();
    }

    @Test
    void aValueTheKnownFieldCannotHoldIsRefusedWithTheReadersWords() {
        Topology t = read(", \"region\": \"EU\"", "");

        assertThat(UnknownFieldEdits.rename(t, ZONE, "region", "regions")).isEqualTo(new Outcome.Refused(
                "The value of 'region' cannot be 'regions': Field 'regions' in zone shop must be a list, not text"));
    }

    @Test
    void aKnownFieldThatHasAValueAlreadyIsNotOverwritten() {
        Topology t = read(", \"regions\": [\"US\"], \"region\": [\"EU\"]", "");

        assertThat(UnknownFieldEdits.rename(t, ZONE, "region", "regions"))
                .isEqualTo(new Outcome.Refused("Zone shop has 'regions' already; remove the field you do not want"));
    }

    @Test
    void aServerALayoutBoxAndTheTopologyItselfAreFixedTheSameWay() {
        Topology t = read("", ", \"egresIps\": [\"192.0.2.10\"]").withName(null)
                .withUnknownFields(read("", ", \"egresIps\": [\"192.0.2.10\"]").unknownFields()
                        .with(FieldOwner.topology(), List.of(new UnknownField("Name", "\"typos fixed\""))));

        Topology fixed = applied(UnknownFieldEdits.rename(t, SERVER, "egresIps", "egressIps"));
        fixed = applied(UnknownFieldEdits.rename(fixed, FieldOwner.layout("FRA"), "W", "w"));
        fixed = applied(UnknownFieldEdits.rename(fixed, FieldOwner.topology(), "Name", "name"));

        assertThat(fixed.servers().findFirst().orElseThrow().egressIps()).containsExactly("192.0.2.10");
        assertThat(fixed.layout().get("FRA")).isEqualTo(new LayoutBox(1, 2, 300, 0));
        assertThat(fixed.name()).isEqualTo("typos fixed");
        assertThat(fixed.unknownFields().isEmpty()).isTrue();
    }

    @Test
    void anIdIsNotRenamedHereBecauseReferencesMustFollow() {
        Topology t = read(", \"ID\": \"shop2\"", "");

        assertThat(UnknownFieldEdits.rename(t, ZONE, "ID", "id")).isInstanceOf(Outcome.Refused.class);
    }

    @Test
    void removingTakesTheFieldAndItsValueOut() {
        Topology t = read(", \"region\": [\"EU\"], \"note\": 1", "");

        Topology removed = UnknownFieldEdits.remove(t, ZONE, "region");

        assertThat(removed.unknownFields().of(ZONE)).containsExactly(new UnknownField("note", "1"));
    }

    @Test
    void changingAnElementsIdKeepsItsUnknownFieldsWithIt() {
        Topology t = read(", \"region\": [\"EU\"]", ", \"rack\": 4");

        Topology server = StructureEdits.changeId(t, ElementRef.server("fra1-s1"), "fra1-s9");
        Topology zone = CatalogEdits.update(t, Catalog.ZONES, "shop", z -> new Zone("shop.example.com", z.pool(),
                z.regions()));

        assertThat(server.unknownFields().of(new FieldOwner(ElementKind.SERVER.name(), "fra1-s9")))
                .containsExactly(new UnknownField("rack", "4"));
        assertThat(server.unknownFields().of(SERVER)).isEmpty();
        assertThat(zone.unknownFields().of(new FieldOwner(ElementKind.ZONE.name(), "shop.example.com")))
                .containsExactly(new UnknownField("region", "[\"EU\"]"));
    }

    @Test
    void changingALocationsIdKeepsTheFieldsOfItsLayoutBoxAndLinksWithThem() {
        Topology t = TopologyReader.read("""
                {"format": "aegis-topology", "version": 1,
                 "locations": [{"id": "FRA", "lat": 50, "lon": 8, "x": 1}, {"id": "AMS", "lat": 52, "lon": 4}],
                 "links": [{"from": "FRA", "to": "AMS", "latencyMs": 7, "slow": true}],
                 "layout": {"FRA": {"x": 1, "y": 2, "z": 3}}}
                """).topology();

        Topology renamed = StructureEdits.changeId(t, ElementRef.location("FRA"), "FRA2");

        assertThat(renamed.unknownFields().of(new FieldOwner(ElementKind.LOCATION.name(), "FRA2"))).hasSize(1);
        assertThat(renamed.unknownFields().of(new FieldOwner(ElementKind.LINK.name(), "FRA2~AMS"))).hasSize(1);
        assertThat(renamed.unknownFields().of(FieldOwner.layout("FRA2"))).hasSize(1);
        assertThat(Validator.validate(renamed)).filteredOn(p -> p.code().equals("unknown-field")).hasSize(3);
    }

    @Test
    void aDeletedElementTakesItsUnknownFieldsWithItSoANewOneWithItsIdStartsClean() {
        Topology t = read(", \"region\": [\"EU\"]", ", \"rack\": 4");

        Topology deleted = StructureEdits.delete(t, List.of(ElementRef.server("fra1-s1")));

        assertThat(deleted.unknownFields().of(SERVER)).isEmpty();
        assertThat(deleted.unknownFields().of(ZONE)).hasSize(1);
    }
}
