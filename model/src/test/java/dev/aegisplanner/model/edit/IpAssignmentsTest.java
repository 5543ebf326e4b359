package dev.aegisplanner.model.edit;

import static dev.aegisplanner.model.edit.EditFixtures.ipsOf;
import static dev.aegisplanner.model.edit.EditFixtures.twoMetros;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Topology;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IpAssignmentsTest {

    private final Topology topology = twoMetros();

    @Test
    void assigning_appends_the_address_to_each_named_server() {
        Topology after = IpAssignments.assign(topology, List.of("192.0.2.11"), List.of("fra1-s1", "ams1-s1"));

        assertThat(ipsOf(after, "fra1-s1")).containsExactly("192.0.2.10", "192.0.2.11");
        assertThat(ipsOf(after, "ams1-s1")).containsExactly("192.0.2.11");
        assertThat(ipsOf(after, "fra1-s2")).isEmpty();
    }

    @Test
    void assigning_what_every_server_already_holds_returns_the_same_topology() {
        assertThat(IpAssignments.assign(topology, List.of("192.0.2.10"), List.of("fra1-s1"))).isSameAs(topology);
        assertThat(IpAssignments.assign(topology, List.of("192.0.2.10"), List.of("no-such-server"))).isSameAs(topology);
    }

    @Test
    void assigning_keeps_untouched_locations_as_they_were() {
        Topology after = IpAssignments.assign(topology, List.of("192.0.2.11"), List.of("ams1-s2"));

        assertThat(after.locations().get(0)).isSameAs(topology.locations().get(0));
    }

    @Test
    void unassigning_removes_only_the_named_addresses_from_the_named_servers() {
        Topology both = IpAssignments.assign(topology, List.of("192.0.2.11"), List.of("fra1-s1", "fra1-s2"));

        Topology after = IpAssignments.unassign(both, List.of("192.0.2.10", "192.0.2.11"), List.of("fra1-s1"));

        assertThat(ipsOf(after, "fra1-s1")).isEmpty();
        assertThat(ipsOf(after, "fra1-s2")).containsExactly("192.0.2.11");
        assertThat(IpAssignments.unassign(after, List.of("192.0.2.10"), List.of("fra1-s1"))).isSameAs(after);
    }

    @Test
    void a_data_center_stands_for_its_servers_and_a_location_for_all_of_its_servers() {
        assertThat(IpAssignments.serversOf(topology, ElementRef.dataCenter("FRA-1"))).containsExactly("fra1-s1", "fra1-s2");
        assertThat(IpAssignments.serversOf(topology, ElementRef.location("FRA")))
                .containsExactly("fra1-s1", "fra1-s2", "fra2-s1");
        assertThat(IpAssignments.serversOf(topology, ElementRef.server("ams1-s1"))).containsExactly("ams1-s1");
        assertThat(IpAssignments.serversOf(topology, ElementRef.server("ghost"))).isEmpty();
    }

    @Test
    void a_drop_on_a_selected_element_reaches_everything_selected() {
        Set<ElementRef> selection = Set.of(ElementRef.server("fra1-s1"), ElementRef.dataCenter("AMS-1"));

        assertThat(IpAssignments.dropTargets(topology, ElementRef.server("fra1-s1"), selection))
                .containsExactlyInAnyOrder("fra1-s1", "ams1-s1", "ams1-s2");
    }

    @Test
    void a_drop_outside_the_selection_reaches_only_the_target() {
        Set<ElementRef> selection = Set.of(ElementRef.server("fra1-s1"), ElementRef.server("ams1-s1"));

        assertThat(IpAssignments.dropTargets(topology, ElementRef.dataCenter("FRA-2"), selection))
                .containsExactly("fra2-s1");
    }

    @Test
    void only_ipv4_pool_addresses_can_be_assigned() {
        assertThat(IpAssignments.assignableAddresses(topology)).containsExactly("192.0.2.10", "192.0.2.11");
    }
}
