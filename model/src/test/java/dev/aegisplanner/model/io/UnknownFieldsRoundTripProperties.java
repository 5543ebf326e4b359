package dev.aegisplanner.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.FieldOwner;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.UnknownField;
import dev.aegisplanner.model.topology.UnknownFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever a file holds that the format does not know, saving writes back, and reading it again finds it. */
class UnknownFieldsRoundTripProperties {

    /**
     * JSON values of every kind, written compactly as the reader keeps them: numbers with the digits they were
     * written with, text with only what JSON must escape escaped.
     */
    private static final List<String> VALUES = List.of("null", "true", "7", "7.50", "-3", "1e999", "\"text\"",
            "\"K\u00f6ln \\n \\\"quoted\\\"\"", "[]", "[1,\"a\",null]", "{}", "{\"nested\":{\"deep\":[1,{\"x\":2}]}}");

    @Provide
    Arbitrary<Topology> topologiesWithUnknownFields() {
        return ValidTopologies.topologies().flatMap(t -> {
            List<FieldOwner> owners = owners(t);
            Arbitrary<UnknownField> field = Combinators.combine(
                    Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6).map(n -> "x-" + n),
                    Arbitraries.of(VALUES)).as(UnknownField::new);
            Arbitrary<Map.Entry<FieldOwner, UnknownField>> placed = Combinators.combine(Arbitraries.of(owners), field)
                    .as(Map::entry);
            return placed.list().ofMaxSize(8).map(entries -> {
                Map<FieldOwner, List<UnknownField>> byOwner = new LinkedHashMap<>();
                for (Map.Entry<FieldOwner, UnknownField> e : entries) {
                    List<UnknownField> fields = byOwner.computeIfAbsent(e.getKey(), o -> new ArrayList<>());
                    if (fields.stream().noneMatch(f -> f.name().equals(e.getValue().name()))) {
                        fields.add(e.getValue());
                    }
                }
                return t.withUnknownFields(UnknownFields.of(byOwner));
            });
        });
    }

    private static List<FieldOwner> owners(Topology t) {
        List<FieldOwner> owners = new ArrayList<>(List.of(FieldOwner.topology()));
        for (Location l : t.locations()) {
            owners.add(new FieldOwner(ElementKind.LOCATION.name(), l.id()));
            for (DataCenter d : l.dataCenters()) {
                owners.add(new FieldOwner(ElementKind.DATA_CENTER.name(), d.id()));
                d.servers().forEach(s -> owners.add(new FieldOwner(ElementKind.SERVER.name(), s.id())));
            }
        }
        t.links().forEach(l -> owners.add(FieldOwner.of(ElementRef.link(l))));
        t.pools().forEach(p -> owners.add(new FieldOwner(ElementKind.POOL.name(), p.id())));
        t.zones().forEach(z -> owners.add(new FieldOwner(ElementKind.ZONE.name(), z.id())));
        t.origins().forEach(o -> owners.add(new FieldOwner(ElementKind.ORIGIN.name(), o.id())));
        t.scenarios().forEach(s -> owners.add(new FieldOwner(ElementKind.SCENARIO.name(), s.id())));
        t.layout().keySet().forEach(key -> owners.add(FieldOwner.layout(key)));
        return owners;
    }

    @Property(tries = 500)
    void savingAndReadingKeepsEveryUnknownFieldWhereItWas(@ForAll("topologiesWithUnknownFields") Topology topology) {
        ReadResult result = TopologyReader.read(TopologyWriter.toJson(topology));

        assertThat(result.topology()).isEqualTo(topology);
        assertThat(result.complete()).isTrue();
        assertThat(result.problems()).filteredOn(p -> p.code().equals("unknown-field"))
                .hasSize(topology.unknownFields().asMap().values().stream().mapToInt(List::size).sum());
    }
}
