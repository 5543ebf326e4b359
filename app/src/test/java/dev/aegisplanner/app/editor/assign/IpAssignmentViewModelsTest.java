package dev.aegisplanner.app.editor.assign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.app.document.SelectionModel;
import dev.aegisplanner.app.document.TopologyDocument;
import dev.aegisplanner.app.editor.EditorFixtures;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Server;
import java.util.List;
import org.junit.jupiter.api.Test;

class IpAssignmentViewModelsTest {

    private final TopologyDocument document = new TopologyDocument(EditorFixtures.fiveMetros(), null);
    private final SelectionModel selection = new SelectionModel();

    private List<String> ipsOf(String server) {
        return document.topology().servers().filter(s -> s.id().equals(server)).findFirst().map(Server::egressIps)
                .orElseThrow();
    }

    @Test
    void the_checklist_offers_every_ipv4_pool_address_ticked_where_held() {
        ServerIpsViewModel checklist = new ServerIpsViewModel(document, selection);
        assertThat(checklist.availableProperty().get()).isFalse();

        selection.select(ElementRef.server("fra1-s1"));

        assertThat(checklist.availableProperty().get()).isTrue();
        assertThat(checklist.choices()).containsExactly(new IpChoice(EditorFixtures.SHARED_IP, "acme", true),
                new IpChoice(EditorFixtures.SPARE_IP, "acme", false));
    }

    @Test
    void ticking_and_unticking_are_one_undoable_step_each() {
        ServerIpsViewModel checklist = new ServerIpsViewModel(document, selection);
        selection.select(ElementRef.server("mad1-s2"));

        checklist.setAssigned(EditorFixtures.SHARED_IP, true);
        assertThat(ipsOf("mad1-s2")).containsExactly(EditorFixtures.SHARED_IP);
        assertThat(checklist.choices().get(0).assigned()).isTrue();
        assertThat(document.commands().undoLabelProperty().get()).isEqualTo("Undo Assign 192.0.2.10 to mad1-s2");

        checklist.setAssigned(EditorFixtures.SHARED_IP, false);
        assertThat(ipsOf("mad1-s2")).isEmpty();
        assertThat(document.commands().undoDepth()).isEqualTo(2);
    }

    @Test
    void an_address_in_no_pool_is_listed_so_it_can_be_taken_away() {
        ServerIpsViewModel checklist = new ServerIpsViewModel(document, selection);
        selection.select(ElementRef.server("fra1-s2"));
        checklist.setAssigned("198.51.100.7", true);

        assertThat(checklist.choices()).last().isEqualTo(new IpChoice("198.51.100.7", null, true));
        assertThat(checklist.choices().get(checklist.choices().size() - 1).detail()).isEqualTo("in no pool");
    }

    @Test
    void a_drop_on_a_data_center_assigns_to_all_its_servers_in_one_step() {
        IpDropViewModel drops = new IpDropViewModel(document, selection);

        assertThat(drops.drop(ElementRef.dataCenter("MAD-1"), List.of(EditorFixtures.SHARED_IP))).isTrue();

        assertThat(ipsOf("mad1-s1")).contains(EditorFixtures.SHARED_IP);
        assertThat(ipsOf("mad1-s2")).containsExactly(EditorFixtures.SHARED_IP);
        assertThat(document.commands().undoDepth()).isEqualTo(1);
        assertThat(document.commands().undoLabelProperty().get()).isEqualTo("Undo Assign 192.0.2.10 to 2 servers");
    }

    @Test
    void a_drop_on_part_of_the_selection_assigns_to_everything_selected() {
        IpDropViewModel drops = new IpDropViewModel(document, selection);
        selection.selectAll(List.of(ElementRef.server("fra1-s2"), ElementRef.server("ams1-s2"),
                ElementRef.server("lon1-s2"), ElementRef.server("par1-s2")));

        assertThat(drops.hover(ElementRef.server("lon1-s2"), List.of(EditorFixtures.SPARE_IP))).isTrue();
        assertThat(drops.hintProperty().get()).isEqualTo("Drop to assign 192.0.2.11 to 4 servers");
        drops.drop(ElementRef.server("lon1-s2"), List.of(EditorFixtures.SPARE_IP));

        assertThat(ipsOf("par1-s2")).containsExactly(EditorFixtures.SPARE_IP);
        assertThat(drops.hintProperty().get()).isEmpty();
    }

    @Test
    void a_drop_outside_any_server_does_nothing() {
        IpDropViewModel drops = new IpDropViewModel(document, selection);

        assertThat(drops.hover(null, List.of(EditorFixtures.SHARED_IP))).isFalse();
        assertThat(drops.drop(null, List.of(EditorFixtures.SHARED_IP))).isFalse();
        assertThat(document.commands().undoDepth()).isZero();
    }

    @Test
    void a_whole_pool_dropped_on_one_server_names_the_count() {
        AssignmentPlan plan = new AssignmentPlan(List.of("192.0.2.10", "192.0.2.11"), List.of("fra1-s2"));

        assertThat(plan.label()).isEqualTo("Assign 2 addresses to fra1-s2");
    }
}
