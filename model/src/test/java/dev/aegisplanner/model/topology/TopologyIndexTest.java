package dev.aegisplanner.model.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopologyIndexTest {

    private static Topology twoMetros(Map<String, LayoutBox> layout) {
        return new Topology("Two metros", null,
                List.of(Location.of("FRA", "EU", 50.11, 8.68,
                                DataCenter.of("FRA-1", Server.of("fra1-s1", "192.0.2.10"), Server.of("fra1-s2")),
                                DataCenter.of("FRA-2", Server.of("fra2-s1"))),
                        Location.of("AMS", "EU", 52.37, 4.90, DataCenter.of("AMS-1", Server.of("ams1-s1")))),
                List.of(new Link("FRA", "AMS", 7.5)),
                List.of(Pool.of("acme", PoolSource.LEASED, "192.0.2.10")),
                List.of(new Zone("shop.example.com", "acme", List.of())),
                List.of(Origin.of("acme-origin", "203.0.113.150", null)), List.of(), layout);
    }

    private final Topology topology = twoMetros(Map.of());

    /** The same topology with the server renamed, as an edit makes it: only its path is new. */
    private static Topology withServerNamed(Topology t, String name) {
        List<Location> locations = new ArrayList<>(t.locations());
        Location fra = locations.get(0);
        List<DataCenter> dcs = new ArrayList<>(fra.dataCenters());
        List<Server> servers = new ArrayList<>(dcs.get(0).servers());
        servers.set(1, servers.get(1).withName(name));
        dcs.set(0, dcs.get(0).withServers(servers));
        locations.set(0, fra.withDataCenters(dcs));
        return t.withLocations(locations);
    }

    @Test
    void finds_elements_their_parents_and_their_pointers() {
        TopologyIndex index = topology.index();

        assertThat(index.server("fra2-s1").orElseThrow().dataCenter().id()).isEqualTo("FRA-2");
        assertThat(index.dataCenter("AMS-1").orElseThrow().location().id()).isEqualTo("AMS");
        assertThat(index.parent(ElementRef.server("fra1-s2"))).contains(ElementRef.dataCenter("FRA-1"));
        assertThat(index.parent(ElementRef.dataCenter("FRA-2"))).contains(ElementRef.location("FRA"));
        assertThat(index.pointerOf(ElementRef.server("fra2-s1"))).contains("/locations/0/dataCenters/1/servers/0");
        assertThat(index.pointerOf(new ElementRef(ElementKind.ZONE, "shop.example.com"))).contains("/zones/0");
        assertThat(index.pointerOf(ElementRef.server("nope"))).isEmpty();
        assertThat(index.elementAt("/locations/0/dataCenters/0/servers/1/egressIps/0"))
                .contains(ElementRef.server("fra1-s2"));
        assertThat(index.elementAt("/layout/AMS-1")).contains(ElementRef.dataCenter("AMS-1"));
        assertThat(index.servers()).extracting(p -> p.server().id())
                .containsExactly("fra1-s1", "fra1-s2", "fra2-s1", "ams1-s1");
        List<String> inside = new ArrayList<>();
        index.forEachDescendant(ElementRef.location("FRA"), inside::add);
        assertThat(inside).containsExactly("FRA-1", "fra1-s1", "fra1-s2", "FRA-2", "fra2-s1");
    }

    @Test
    void a_version_with_the_same_ids_shares_the_tree_index_and_reads_its_own_elements() {
        TopologyIndex before = topology.index();
        Topology renamed = withServerNamed(topology, "Edge");

        TopologyIndex after = renamed.index();

        assertThat(after.tree()).isSameAs(before.tree());
        assertThat(after.server("fra1-s2").orElseThrow().server().name()).isEqualTo("Edge");
        assertThat(before.server("fra1-s2").orElseThrow().server().name()).isNull();
        assertThat(renamed.withLayout(Map.of("FRA", new LayoutBox(0, 0, 1, 1))).index().tree()).isSameAs(before.tree());
    }

    @Test
    void a_version_with_other_ids_gets_an_index_of_its_own() {
        topology.index();
        List<Location> fewer = List.of(topology.locations().get(1));

        TopologyIndex after = topology.withLocations(fewer).index();

        assertThat(after.server("fra1-s1")).isEmpty();
        assertThat(after.pointerOf(ElementRef.server("ams1-s1"))).contains("/locations/0/dataCenters/0/servers/0");
    }

    @Test
    void the_first_of_repeated_ids_wins_and_the_engine_view_skips_what_a_repeated_frame_holds() {
        Topology repeated = new Topology("r", null, List.of(
                Location.of("FRA", null, 0, 0, DataCenter.of("FRA-1", Server.of("a"))),
                Location.of("FRA", null, 0, 0, DataCenter.of("FRA-9", Server.of("b")))),
                List.of(), List.of(), List.of(), List.of(), List.of(), Map.of());

        TopologyIndex index = repeated.index();

        assertThat(index.hasRepeatedIds()).isTrue();
        assertThat(index.location("FRA").orElseThrow().dataCenters()).extracting(DataCenter::id).containsExactly("FRA-1");
        assertThat(index.server("b")).isPresent();
        assertThat(index.withoutRepeats().server("b")).isEmpty();
        assertThat(index.withoutRepeats().servers()).extracting(p -> p.server().id()).containsExactly("a");
        assertThat(topology.index().withoutRepeats().tree()).isSameAs(topology.index().tree());
    }

    @Test
    void a_complete_layout_is_recognised_once_and_a_move_keeps_the_answer() {
        Map<String, LayoutBox> boxes = new java.util.LinkedHashMap<>();
        for (String id : List.of("FRA", "FRA-1", "fra1-s1", "fra1-s2", "FRA-2", "fra2-s1", "AMS", "AMS-1", "ams1-s1")) {
            boxes.put(id, new LayoutBox(0, 0, 10, 10));
        }
        Topology placed = twoMetros(boxes);
        Topology partly = twoMetros(Map.of("FRA", new LayoutBox(0, 0, 10, 10)));

        assertThat(placed.index().layoutPlacesEverything()).isTrue();
        assertThat(partly.index().layoutPlacesEverything()).isFalse();
        Layout moved = placed.layout().with("fra1-s1", new LayoutBox(5, 5, 10, 10));
        assertThat(moved.placesEverythingOf(placed.index().tree())).isTrue();
        Layout unsized = placed.layout().with("fra1-s1", new LayoutBox(5, 5, 0, 0));
        assertThat(unsized.placesEverythingOf(placed.index().tree())).isFalse();
        assertThat(placed.withLayout(unsized).index().layoutPlacesEverything()).isFalse();
    }
}
