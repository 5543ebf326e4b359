package dev.aegisplanner.app.editor.properties;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.app.document.SelectionModel;
import dev.aegisplanner.app.document.TopologyDocument;
import dev.aegisplanner.app.editor.EditorFixtures;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Status;
import org.junit.jupiter.api.Test;

class PropertiesViewModelTest {

    private final TopologyDocument document = new TopologyDocument(EditorFixtures.fiveMetros(), null);
    private final SelectionModel selection = new SelectionModel();
    private final PropertiesViewModel properties = new PropertiesViewModel(document, selection);

    private FieldViewModel field(String name) {
        return properties.fields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void nothing_selected_shows_the_document() {
        assertThat(properties.titleProperty().get()).isEqualTo("Topology");
        assertThat(field("Name").valueProperty().get()).isEqualTo("Five metros");
    }

    @Test
    void a_bad_latitude_is_refused_as_typed_and_nothing_is_committed() {
        selection.select(ElementRef.location("FRA"));

        FieldViewModel latitude = field("Latitude");
        assertThat(latitude.check("123")).isFalse();
        assertThat(latitude.problemProperty().get()).contains("-90 to 90");
        assertThat(properties.problemProperty().get()).startsWith("Latitude must be");
        assertThat(latitude.commit("123")).isFalse();

        assertThat(document.commands().undoDepth()).isZero();
        assertThat(document.topology().locations().get(0).lat()).isEqualTo(50.11);
    }

    @Test
    void a_good_value_commits_as_one_undoable_step() {
        selection.select(ElementRef.location("FRA"));

        assertThat(field("Latitude").commit("50.5")).isTrue();

        assertThat(document.topology().locations().get(0).lat()).isEqualTo(50.5);
        assertThat(document.commands().undoDepth()).isEqualTo(1);
        assertThat(document.commands().undoLabelProperty().get()).isEqualTo("Undo Set latitude of location FRA");
        assertThat(field("Latitude").problemProperty().get()).isEmpty();
    }

    @Test
    void undo_shows_in_the_sheet_at_once() {
        selection.select(ElementRef.location("FRA"));
        field("Region").commit("Europe");

        document.commands().undo();

        assertThat(field("Region").valueProperty().get()).isEqualTo("EU");
    }

    @Test
    void a_duplicate_id_is_refused_and_a_free_one_renames_and_keeps_it_selected() {
        selection.select(ElementRef.server("fra1-s2"));

        assertThat(field("Id").check("ams1-s1")).isFalse();
        assertThat(field("Id").problemProperty().get()).isEqualTo("Another server already has the id ams1-s1");

        assertThat(field("Id").commit("fra1-s9")).isTrue();
        assertThat(selection.selected()).containsExactly(ElementRef.server("fra1-s9"));
        assertThat(properties.titleProperty().get()).isEqualTo("Server fra1-s9");
    }

    @Test
    void renaming_a_pool_keeps_its_zone_and_reselects_it() {
        selection.select(new ElementRef(ElementKind.POOL, "acme"));

        field("Id").commit("acme-eu");

        assertThat(document.topology().zones().get(0).pool()).isEqualTo("acme-eu");
        assertThat(selection.selected()).containsExactly(new ElementRef(ElementKind.POOL, "acme-eu"));
    }

    @Test
    void a_bad_origin_address_is_refused() {
        selection.select(new ElementRef(ElementKind.ORIGIN, "acme-origin"));

        assertThat(field("IPv4").commit("203.0.113.999")).isFalse();
        assertThat(field("IPv4").problemProperty().get()).startsWith("Not an IPv4 address");
        assertThat(field("IPv4").commit("203.0.113.9")).isTrue();
        assertThat(document.topology().origins().get(0).ipv4()).isEqualTo("203.0.113.9");
    }

    @Test
    void several_elements_share_one_status_field_that_sets_all_in_one_step() {
        selection.selectAll(java.util.List.of(ElementRef.server("fra1-s1"), ElementRef.dataCenter("AMS-1")));

        assertThat(properties.fields()).extracting(FieldViewModel::name).containsExactly("Status");
        field("Status").commit("down");

        assertThat(document.commands().undoDepth()).isEqualTo(1);
        assertThat(document.topology().servers().filter(s -> s.id().equals("fra1-s1")).findFirst().orElseThrow()
                .status()).isEqualTo(Status.DOWN);
    }

    @Test
    void a_data_center_lists_a_capacity_share_per_address_its_servers_hold() {
        selection.select(ElementRef.dataCenter("FRA-1"));

        assertThat(field(EditorFixtures.SHARED_IP).commit("1.5")).isFalse();
        assertThat(field(EditorFixtures.SHARED_IP).commit("0.5")).isTrue();
        assertThat(document.topology().locations().get(0).dataCenters().get(0).ipCapacity())
                .containsEntry(EditorFixtures.SHARED_IP, 0.5);
    }
}
