package dev.aegisplanner.app.editor.panels;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.app.document.SelectionModel;
import dev.aegisplanner.app.document.TopologyDocument;
import dev.aegisplanner.app.editor.EditorFixtures;
import dev.aegisplanner.model.edit.IpAssignments;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class PoolsViewModelTest {

    private final TopologyDocument document = new TopologyDocument(EditorFixtures.fiveMetros(), null);
    private final SelectionModel selection = new SelectionModel();
    private final PoolsViewModel pools = new PoolsViewModel(document, selection);

    @Test
    void each_address_says_how_many_servers_hold_it() {
        PoolEntry acme = pools.pools().get(0);

        assertThat(acme.addresses()).extracting(PoolEntry.AddressEntry::detail)
                .containsExactly("4 servers", "1 server", "IPv6 prefix, every data center");
        assertThat(acme.detail()).isEqualTo("leased, 3 addresses");
    }

    @Test
    void the_counts_follow_assignments_their_undo_and_a_new_document() {
        String spare = EditorFixtures.SPARE_IP;
        document.commands().execute("Assign", t -> IpAssignments.assign(t, List.of(spare), List.of("fra1-s2", "mad1-s2")));
        assertThat(pools.pools().get(0).addresses().get(1).detail()).isEqualTo("3 servers");

        document.commands().undo();
        assertThat(pools.pools().get(0).addresses().get(1).detail()).isEqualTo("1 server");

        document.replace(EditorFixtures.fiveMetros().withLocations(List.of()), null);
        assertThat(pools.pools().get(0).addresses()).extracting(PoolEntry.AddressEntry::detail)
                .containsExactly("unassigned", "unassigned", "IPv6 prefix, every data center");
    }

    @Test
    void a_typed_address_is_checked_before_it_can_be_added() {
        assertThat(pools.addAddress("acme", "192.0.2.300")).isFalse();
        assertThat(pools.addressProblemProperty().get()).startsWith("Not an IPv4 address, IPv6 address or IPv6 prefix");
        assertThat(pools.addAddress("acme", EditorFixtures.SPARE_IP)).isFalse();
        assertThat(pools.addressProblemProperty().get()).isEqualTo("192.0.2.11 is already in pool acme");
        assertThat(document.commands().undoDepth()).isZero();

        assertThat(pools.addAddress("acme", " 192.0.2.12 ")).isTrue();
        assertThat(pools.addressProblemProperty().get()).isEmpty();
        assertThat(pools.pools().get(0).addresses()).extracting(PoolEntry.AddressEntry::address).contains("192.0.2.12");
        assertThat(document.commands().undoLabelProperty().get()).isEqualTo("Undo Add 192.0.2.12 to pool acme");
    }

    @Test
    void removing_an_address_is_one_undoable_step() {
        pools.removeAddress("acme", EditorFixtures.SPARE_IP);
        assertThat(pools.pools().get(0).addresses()).hasSize(2);

        document.commands().undo();
        assertThat(pools.pools().get(0).addresses()).hasSize(3);
    }

    @Test
    void a_new_pool_gets_a_fresh_id_and_opens_in_the_property_sheet() {
        String id = pools.addPool();

        assertThat(id).isEqualTo("pool-1");
        assertThat(pools.pools()).hasSize(2);
        assertThat(selection.selected()).containsExactly(new ElementRef(ElementKind.POOL, "pool-1"));
    }

    @Test
    void dragging_a_pool_carries_its_ipv4_addresses_only() {
        PoolEntry acme = pools.pools().get(0);

        assertThat(pools.dragged(acme)).containsExactly(EditorFixtures.SHARED_IP, EditorFixtures.SPARE_IP);
        assertThat(pools.dragged(acme.addresses().get(2))).isEmpty();
    }

    @Test
    void the_holders_of_an_address_can_be_selected() {
        pools.selectHolders(EditorFixtures.SHARED_IP);

        assertThat(selection.selected()).containsExactly(ElementRef.server("fra1-s1"), ElementRef.server("ams1-s1"),
                ElementRef.server("lon1-s1"), ElementRef.server("par1-s1"));
    }
}
