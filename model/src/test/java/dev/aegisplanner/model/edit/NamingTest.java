package dev.aegisplanner.model.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Link;
import dev.aegisplanner.model.topology.Topology;
import java.util.List;
import org.junit.jupiter.api.Test;

class NamingTest {

    private final Topology topology = Fixtures.twoMetros();

    @Test
    void renaming_sets_the_display_name_and_a_blank_name_shows_the_id_again() {
        Topology named = StructureEdits.rename(topology, ElementRef.location("FRA"), "  Frankfurt ");
        assertThat(named.location("FRA").orElseThrow().displayName()).isEqualTo("Frankfurt");
        Topology cleared = StructureEdits.rename(named, ElementRef.location("FRA"), " ");
        assertThat(cleared.location("FRA").orElseThrow().name()).isNull();
    }

    @Test
    void renaming_servers_data_centers_pools_origins_and_scenarios() {
        Topology t = StructureEdits.rename(topology, ElementRef.server("fra1-s1"), "edge 1");
        t = StructureEdits.rename(t, ElementRef.dataCenter("FRA-1"), "Frankfurt 1");
        t = StructureEdits.rename(t, new ElementRef(ElementKind.POOL, "acme"), "ACME egress");
        t = StructureEdits.rename(t, new ElementRef(ElementKind.ORIGIN, "acme-origin"), "ACME origin");
        t = StructureEdits.rename(t, new ElementRef(ElementKind.SCENARIO, "fra-miss"), "Miss in Frankfurt");
        assertThat(t.servers().filter(s -> s.id().equals("fra1-s1")).findFirst().orElseThrow().displayName()).isEqualTo("edge 1");
        assertThat(t.dataCenters().filter(d -> d.id().equals("FRA-1")).findFirst().orElseThrow().displayName()).isEqualTo("Frankfurt 1");
        assertThat(t.pool("acme").orElseThrow().displayName()).isEqualTo("ACME egress");
        assertThat(t.origin("acme-origin").orElseThrow().displayName()).isEqualTo("ACME origin");
        assertThat(t.scenario("fra-miss").orElseThrow().displayName()).isEqualTo("Miss in Frankfurt");
    }

    @Test
    void renaming_to_the_same_name_returns_the_same_topology() {
        assertThat(StructureEdits.rename(topology, ElementRef.location("FRA"), "FRA")).isSameAs(topology);
        Topology named = StructureEdits.rename(topology, new ElementRef(ElementKind.POOL, "acme"), "ACME");
        assertThat(StructureEdits.rename(named, new ElementRef(ElementKind.POOL, "acme"), "ACME")).isSameAs(named);
        assertThat(StructureEdits.rename(topology, ElementRef.server("missing"), "x")).isSameAs(topology);
    }

    @Test
    void changing_a_location_id_updates_links_and_layout() {
        Topology placed = StructureEdits.move(topology, List.of(ElementRef.location("FRA")), 10, 0);
        Topology changed = StructureEdits.changeId(placed, ElementRef.location("FRA"), "FRA9");
        assertThat(changed.location("FRA9")).isPresent();
        assertThat(changed.links()).containsExactly(new Link("FRA9", "AMS", 7.5));
        assertThat(changed.layout()).containsKey("FRA9").doesNotContainKey("FRA");
        assertThat(changed.layout().get("FRA9")).isEqualTo(placed.layout().get("FRA"));
        assertThat(List.copyOf(changed.layout().keySet()).indexOf("FRA9"))
                .isEqualTo(List.copyOf(placed.layout().keySet()).indexOf("FRA"));
    }

    @Test
    void changing_a_server_id_updates_the_scenarios_that_start_there() {
        Topology changed = StructureEdits.changeId(topology, ElementRef.server("fra1-s2"), "fra1-edge");
        assertThat(changed.scenario("fra-miss").orElseThrow().ingressServer()).isEqualTo("fra1-edge");
        assertThat(changed.servers()).extracting(s -> s.id()).contains("fra1-edge").doesNotContain("fra1-s2");
    }

    @Test
    void changing_pool_zone_and_origin_ids_updates_their_references() {
        Topology t = StructureEdits.changeId(topology, new ElementRef(ElementKind.POOL, "acme"), "acme-eu");
        t = StructureEdits.changeId(t, new ElementRef(ElementKind.ZONE, "shop.example.com"), "www.example.com");
        t = StructureEdits.changeId(t, new ElementRef(ElementKind.ORIGIN, "acme-origin"), "origin-1");
        assertThat(t.zones().get(0).pool()).isEqualTo("acme-eu");
        assertThat(t.scenarios().get(0).zone()).isEqualTo("www.example.com");
        assertThat(t.scenarios().get(0).origin()).isEqualTo("origin-1");
    }

    @Test
    void an_id_in_use_or_an_empty_id_is_refused_and_the_same_id_changes_nothing() {
        assertThatThrownBy(() -> StructureEdits.changeId(topology, ElementRef.dataCenter("FRA-1"), "AMS"))
                .hasMessageContaining("AMS is already used");
        assertThatThrownBy(() -> StructureEdits.changeId(topology, ElementRef.server("fra1-s1"), " "))
                .hasMessageContaining("empty");
        assertThat(StructureEdits.changeId(topology, ElementRef.server("fra1-s1"), "fra1-s1")).isSameAs(topology);
    }
}
