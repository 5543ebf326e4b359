package dev.aegisplanner.model.edit;

import static dev.aegisplanner.model.edit.EditFixtures.twoMetros;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Status;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.TopologyIndex;
import org.junit.jupiter.api.Test;

class PropertyEditsTest {

    private final Topology topology = twoMetros();

    @Test
    void a_name_equal_to_the_id_or_blank_is_stored_as_none() {
        Topology named = PropertyEdits.setName(topology, ElementRef.location("FRA"), " Frankfurt ");
        assertThat(named.locations().get(0).name()).isEqualTo("Frankfurt");

        assertThat(PropertyEdits.setName(named, ElementRef.location("FRA"), "FRA").locations().get(0).name()).isNull();
        assertThat(PropertyEdits.setName(topology, ElementRef.server("fra1-s1"), "")).isSameAs(topology);
    }

    @Test
    void catalog_entries_with_names_can_be_renamed_for_display() {
        Topology after = PropertyEdits.setName(topology, new ElementRef(ElementKind.POOL, "acme"), "ACME leased");

        assertThat(after.pools().get(0).displayName()).isEqualTo("ACME leased");
    }

    @Test
    void an_edit_copies_only_the_lists_on_the_path_to_what_it_changes() {
        Topology after = PropertyEdits.setName(topology, ElementRef.server("fra1-s2"), "Edge");

        assertThat(after.locations().get(1)).isSameAs(topology.locations().get(1));
        assertThat(after.locations().get(0).dataCenters().get(1)).isSameAs(topology.locations().get(0).dataCenters().get(1));
        assertThat(after.locations().get(0).dataCenters().get(0).servers().get(0))
                .isSameAs(topology.locations().get(0).dataCenters().get(0).servers().get(0));
        assertThat(after.layout()).isSameAs(topology.layout());
        assertThat(after.pools()).isSameAs(topology.pools());
    }

    @Test
    void status_changes_reach_exactly_the_element() {
        Topology after = PropertyEdits.setStatus(topology, ElementRef.dataCenter("FRA-2"), Status.DOWN);
        TopologyIndex lookup = after.index();

        assertThat(lookup.dataCenter("FRA-2").orElseThrow().dataCenter().status()).isEqualTo(Status.DOWN);
        assertThat(lookup.dataCenter("FRA-1").orElseThrow().dataCenter().status()).isEqualTo(Status.UP);
        assertThat(PropertyEdits.setStatus(after, ElementRef.dataCenter("FRA-2"), Status.DOWN)).isSameAs(after);
    }

    @Test
    void coordinates_and_region_change_one_location() {
        Topology after = PropertyEdits.setRegion(PropertyEdits.setLongitude(
                PropertyEdits.setLatitude(topology, "AMS", 52.0), "AMS", 5.0), "AMS", "EU-West");

        assertThat(after.locations().get(1)).satisfies(l -> {
            assertThat(l.lat()).isEqualTo(52.0);
            assertThat(l.lon()).isEqualTo(5.0);
            assertThat(l.region()).isEqualTo("EU-West");
        });
        assertThat(after.locations().get(0)).isSameAs(topology.locations().get(0));
    }

    @Test
    void capacity_shares_are_set_and_removed() {
        Topology set = PropertyEdits.setCapacityShare(topology, "FRA-1", "192.0.2.10", 0.5);
        assertThat(set.index().dataCenter("FRA-1").orElseThrow().dataCenter().ipCapacity())
                .containsEntry("192.0.2.10", 0.5);

        Topology removed = PropertyEdits.setCapacityShare(set, "FRA-1", "192.0.2.10", null);
        assertThat(removed.index().dataCenter("FRA-1").orElseThrow().dataCenter().ipCapacity()).isEmpty();
        assertThat(PropertyEdits.setCapacityShare(removed, "FRA-1", "192.0.2.10", null)).isSameAs(removed);
    }

    @Test
    void the_document_name_and_description_are_properties_too() {
        Topology after = PropertyEdits.setTopologyDescription(PropertyEdits.setTopologyName(topology, "Europe"), "Q3");

        assertThat(after.name()).isEqualTo("Europe");
        assertThat(after.description()).isEqualTo("Q3");
        assertThat(PropertyEdits.setTopologyName(after, "Europe")).isSameAs(after);
    }
}
