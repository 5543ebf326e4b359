package dev.aegisplanner.model.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.layout.Boxes;
import dev.aegisplanner.model.layout.EffectiveLayout;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.LayoutBox;
import dev.aegisplanner.model.topology.Topology;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClipboardTest {

    private final Topology topology = Fixtures.twoMetros();

    @Test
    void pasted_elements_get_fresh_ids_and_every_id_stays_unique() {
        Clipboard clip = Clipboard.copy(topology, List.of(ElementRef.location("FRA"), ElementRef.server("ams1-s1")));
        Pasted first = StructureEdits.paste(topology, clip, null);
        Pasted second = StructureEdits.paste(first.topology(), clip, null);
        assertThat(first.pasted()).containsExactly(ElementRef.location("FRA2"), ElementRef.server("ams1-s2"));
        assertThat(second.pasted()).containsExactly(ElementRef.location("FRA3"), ElementRef.server("ams1-s3"));
        List<String> ids = Fixtures.canvasIds(second.topology());
        assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
        assertThat(second.topology().location("FRA3").orElseThrow().dataCenters()).extracting(d -> d.id())
                .containsExactly("FRA3-1", "FRA3-2");
    }

    @Test
    void a_paste_lands_beside_the_originals_on_free_space_with_its_contents() {
        Clipboard clip = Clipboard.copy(topology, List.of(ElementRef.location("FRA")));
        Topology pasted = StructureEdits.paste(topology, clip, null).topology();
        Map<String, LayoutBox> before = EffectiveLayout.of(topology);
        LayoutBox copy = pasted.layout().get("FRA2");
        double dx = copy.x() - before.get("FRA").x();
        double dy = copy.y() - before.get("FRA").y();
        assertThat(pasted.layout().get("fra21-s1")).isEqualTo(Boxes.moved(before.get("fra1-s1"), dx, dy));
        assertThat(Boxes.intersects(copy, before.get("FRA"))).isFalse();
        assertThat(Boxes.intersects(copy, before.get("AMS"))).isFalse();
        assertThat(pasted.servers().filter(s -> s.id().equals("fra21-s1")).findFirst().orElseThrow().egressIps())
                .containsExactly("192.0.2.10");
    }

    @Test
    void servers_pasted_onto_another_data_center_go_into_it() {
        Clipboard clip = Clipboard.copy(topology, List.of(ElementRef.server("fra1-s1"), ElementRef.server("fra1-s2")));
        Pasted pasted = StructureEdits.paste(topology, clip, ElementRef.dataCenter("AMS-1"));
        assertThat(pasted.pasted()).containsExactly(ElementRef.server("ams1-s2"), ElementRef.server("ams1-s3"));
        LayoutBox ams1 = pasted.topology().layout().get("AMS-1");
        assertThat(Boxes.contains(ams1, pasted.topology().layout().get("ams1-s3").x(), pasted.topology().layout().get("ams1-s3").y())).isTrue();
    }

    @Test
    void a_cut_element_pasted_back_keeps_its_id_and_place() {
        Clipboard clip = Clipboard.copy(topology, List.of(ElementRef.server("fra1-s2")));
        Topology cut = StructureEdits.delete(topology, List.of(ElementRef.server("fra1-s2")));
        double back = -StructureEdits.pasteOffset();
        Pasted pasted = StructureEdits.paste(cut, clip.shifted(back, back), null);
        assertThat(pasted.pasted()).containsExactly(ElementRef.server("fra1-s2"));
        assertThat(pasted.topology().layout().get("fra1-s2")).isEqualTo(EffectiveLayout.of(topology).get("fra1-s2"));
    }

    @Test
    void a_child_copied_with_its_frame_is_pasted_once() {
        Clipboard clip = Clipboard.copy(topology, List.of(ElementRef.dataCenter("FRA-1"), ElementRef.server("fra1-s1")));
        assertThat(clip.elements()).hasSize(1);
        assertThat(clip.describe()).isEqualTo("1 data center");
    }

    @Test
    void duplicating_copies_next_to_the_originals() {
        Pasted duplicated = StructureEdits.duplicate(topology, List.of(ElementRef.dataCenter("FRA-2")));
        assertThat(duplicated.pasted()).containsExactly(ElementRef.dataCenter("FRA-3"));
        assertThat(duplicated.topology().location("FRA").orElseThrow().dataCenters()).hasSize(3);
    }

    @Test
    void pasting_an_empty_clipboard_or_into_a_frame_that_is_gone_changes_nothing() {
        assertThat(StructureEdits.paste(topology, Clipboard.EMPTY, null).topology()).isSameAs(topology);
        Clipboard clip = Clipboard.copy(topology, List.of(ElementRef.dataCenter("AMS-1")));
        Topology withoutAms = StructureEdits.delete(topology, List.of(ElementRef.location("AMS")));
        Pasted pasted = StructureEdits.paste(withoutAms, clip, null);
        assertThat(pasted.topology()).isSameAs(withoutAms);
        assertThat(pasted.pasted()).isEmpty();
    }
}
