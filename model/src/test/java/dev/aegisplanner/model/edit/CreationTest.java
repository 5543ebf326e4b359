package dev.aegisplanner.model.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegisplanner.model.layout.Boxes;
import dev.aegisplanner.model.layout.EffectiveLayout;
import dev.aegisplanner.model.layout.LayoutMetrics;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.LayoutBox;
import dev.aegisplanner.model.topology.Topology;
import org.junit.jupiter.api.Test;

class CreationTest {

    private final Topology topology = Fixtures.twoMetros();
    private final LayoutBox fra1 = EffectiveLayout.of(topology).get("FRA-1");

    @Test
    void a_new_location_gets_the_next_free_id_and_is_centred_on_the_click() {
        Added added = StructureEdits.addLocation(topology, 5_000, 300);
        assertThat(added.ref()).isEqualTo(ElementRef.location("LOC-1"));
        LayoutBox box = added.topology().layout().get("LOC-1");
        assertThat(Boxes.centerX(box)).isEqualTo(5_000);
        assertThat(Boxes.centerY(box)).isEqualTo(300);
        assertThat(StructureEdits.addLocation(added.topology(), 0, 0).ref().id()).isEqualTo("LOC-2");
    }

    @Test
    void adding_writes_the_layout_of_everything_else_as_it_was_drawn() {
        Added added = StructureEdits.addLocation(topology, 5_000, 300);
        EffectiveLayout.of(topology).forEach((id, box) -> assertThat(added.topology().layout()).containsEntry(id, box));
    }

    @Test
    void a_new_data_center_is_named_after_its_location_and_lands_inside_it() {
        LayoutBox fra = EffectiveLayout.of(topology).get("FRA");
        Added added = StructureEdits.addDataCenter(topology, "FRA", fra.x() + 5, fra.y() + 5);
        assertThat(added.ref()).isEqualTo(ElementRef.dataCenter("FRA-3"));
        assertThat(added.topology().location("FRA").orElseThrow().dataCenters()).extracting(d -> d.id())
                .containsExactly("FRA-1", "FRA-2", "FRA-3");
        LayoutBox box = added.topology().layout().get("FRA-3");
        LayoutBox grownFra = added.topology().layout().get("FRA");
        assertThat(box.x()).isGreaterThanOrEqualTo(grownFra.x() + LayoutMetrics.LOCATION_PADDING);
        assertThat(box.y()).isGreaterThanOrEqualTo(grownFra.y() + LayoutMetrics.LOCATION_HEADER);
    }

    @Test
    void a_new_server_is_numbered_after_the_servers_of_its_data_center() {
        Added added = StructureEdits.addServer(topology, "FRA-1", Boxes.centerX(fra1), Boxes.centerY(fra1));
        assertThat(added.ref()).isEqualTo(ElementRef.server("fra1-s3"));
        assertThat(added.topology().dataCenters().filter(d -> d.id().equals("FRA-1")).findFirst().orElseThrow().servers())
                .extracting(s -> s.id()).containsExactly("fra1-s1", "fra1-s2", "fra1-s3");
    }

    @Test
    void a_frame_too_small_for_the_new_element_grows_and_so_does_its_location() {
        Added added = StructureEdits.addServer(topology, "FRA-1", Boxes.right(fra1) + 500, Boxes.bottom(fra1) + 500);
        LayoutBox server = added.topology().layout().get("fra1-s3");
        LayoutBox dc = added.topology().layout().get("FRA-1");
        LayoutBox fra = added.topology().layout().get("FRA");
        assertThat(Boxes.right(dc)).isGreaterThanOrEqualTo(Boxes.right(server));
        assertThat(Boxes.bottom(dc)).isGreaterThanOrEqualTo(Boxes.bottom(server));
        assertThat(Boxes.right(fra)).isGreaterThanOrEqualTo(Boxes.right(dc));
        assertThat(Boxes.bottom(fra)).isGreaterThanOrEqualTo(Boxes.bottom(dc));
    }

    @Test
    void adding_into_a_missing_frame_is_refused() {
        assertThatThrownBy(() -> StructureEdits.addDataCenter(topology, "NOPE", 0, 0)).hasMessageContaining("NOPE");
        assertThatThrownBy(() -> StructureEdits.addServer(topology, "NOPE-1", 0, 0)).hasMessageContaining("NOPE-1");
    }
}
