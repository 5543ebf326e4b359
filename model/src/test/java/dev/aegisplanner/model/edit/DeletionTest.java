package dev.aegisplanner.model.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.layout.EffectiveLayout;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Topology;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeletionTest {

    private final Topology topology = Fixtures.twoMetros();

    @Test
    void deleting_a_location_removes_its_contents_its_links_and_their_layout() {
        Topology placed = StructureEdits.move(topology, List.of(ElementRef.location("FRA")), 10, 0);
        Topology deleted = StructureEdits.delete(placed, List.of(ElementRef.location("FRA")));
        assertThat(deleted.locations()).extracting(l -> l.id()).containsExactly("AMS");
        assertThat(deleted.links()).isEmpty();
        assertThat(deleted.layout()).doesNotContainKeys("FRA", "FRA-1", "FRA-2", "fra1-s1", "fra1-s2", "fra2-s1")
                .containsKeys("AMS", "AMS-1", "ams1-s1");
    }

    @Test
    void deleting_the_ingress_server_of_a_scenario_keeps_the_scenario_for_validation_to_report() {
        Topology deleted = StructureEdits.delete(topology, List.of(ElementRef.server("fra1-s2")));
        assertThat(deleted.servers()).extracting(s -> s.id()).doesNotContain("fra1-s2");
        assertThat(deleted.scenario("fra-miss").orElseThrow().ingressServer()).isEqualTo("fra1-s2");
    }

    @Test
    void deleting_keeps_the_rest_of_the_picture_where_it_was_drawn() {
        Topology deleted = StructureEdits.delete(topology, List.of(ElementRef.server("fra1-s1")));
        assertThat(deleted.layout().get("fra1-s2")).isEqualTo(EffectiveLayout.of(topology).get("fra1-s2"));
    }

    @Test
    void deleting_most_of_the_picture_keeps_the_rest_where_it_was_drawn_in_its_order() {
        Topology placed = StructureEdits.move(topology, List.of(ElementRef.location("AMS")), 10, 0);
        Topology deleted = StructureEdits.delete(placed, List.of(ElementRef.location("FRA"), ElementRef.server("fra1-s1")));

        assertThat(new ArrayList<>(deleted.layout().keySet())).isEqualTo(placed.layout().keySet().stream()
                .filter(id -> List.of("AMS", "AMS-1", "ams1-s1").contains(id)).toList());
        for (String id : List.of("AMS", "AMS-1", "ams1-s1")) {
            assertThat(deleted.layout().get(id)).as(id).isEqualTo(placed.layout().get(id));
        }
        assertThat(StructureEdits.delete(deleted, List.of(ElementRef.location("AMS"))).layout()).isEmpty();
    }

    @Test
    void data_centers_links_and_side_panel_elements_can_be_deleted() {
        Topology deleted = StructureEdits.delete(topology, List.of(ElementRef.dataCenter("FRA-1"),
                new ElementRef(ElementKind.LINK, "FRA~AMS"), new ElementRef(ElementKind.SCENARIO, "fra-miss"),
                new ElementRef(ElementKind.POOL, "acme")));
        assertThat(deleted.dataCenters()).extracting(d -> d.id()).containsExactly("FRA-2", "AMS-1");
        assertThat(deleted.links()).isEmpty();
        assertThat(deleted.scenarios()).isEmpty();
        assertThat(deleted.pools()).isEmpty();
        assertThat(deleted.zones()).hasSize(1);
    }

    @Test
    void deleting_nothing_that_exists_returns_the_same_topology() {
        assertThat(StructureEdits.delete(topology, List.of())).isSameAs(topology);
        assertThat(StructureEdits.delete(topology, List.of(ElementRef.server("ghost")))).isSameAs(topology);
    }
}
