package dev.aegisplanner.app.render.scene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.edit.Clipboard;
import dev.aegisplanner.model.edit.StructureEdits;
import dev.aegisplanner.model.layout.Boxes;
import dev.aegisplanner.model.layout.EffectiveLayout;
import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.LayoutBox;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Origin;
import dev.aegisplanner.model.topology.Pool;
import dev.aegisplanner.model.topology.PoolSource;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Status;
import dev.aegisplanner.model.topology.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanvasSceneTest {

    private final Topology topology = Topology.empty("t")
            .withLocations(List.of(
                    Location.of("FRA", "EU", 50.1, 8.7,
                            DataCenter.of("FRA-1", Server.of("fra1-s1", "192.0.2.10", "192.0.2.99"), Server.of("fra1-s2")),
                            new DataCenter("FRA-2", null, Status.DOWN, Map.of(), List.of(Server.of("fra2-s1")))),
                    new Location("AMS", null, "EU", 52.4, 4.9, Status.UP, List.of(DataCenter.of("AMS-1")))))
            .withPools(List.of(Pool.of("acme", PoolSource.LEASED, "192.0.2.10")))
            .withOrigins(List.of(Origin.of("acme-origin", "203.0.113.1", null)));
    private final CanvasScene scene = CanvasScene.of(topology);
    private final Map<String, LayoutBox> layout = EffectiveLayout.of(topology);

    @Test
    void the_innermost_element_under_a_point_is_found() {
        assertThat(scene.elementAt(centerX("fra1-s1"), centerY("fra1-s1"))).contains(ElementRef.server("fra1-s1"));
        LayoutBox dc = layout.get("FRA-1");
        assertThat(scene.elementAt(dc.x() + 3, dc.y() + 3)).contains(ElementRef.dataCenter("FRA-1"));
        LayoutBox fra = layout.get("FRA");
        assertThat(scene.elementAt(fra.x() + 3, fra.y() + 3)).contains(ElementRef.location("FRA"));
        assertThat(scene.elementAt(fra.x() - 30, fra.y() - 30)).isEmpty();
    }

    @Test
    void origins_are_drawn_right_of_the_frames_and_the_client_left_of_them() {
        LayoutBox origin = scene.boxOf(new ElementRef(ElementKind.ORIGIN, "acme-origin")).orElseThrow();
        assertThat(origin.x()).isGreaterThan(Boxes.right(scene.contentBounds()));
        assertThat(Boxes.right(scene.client())).isLessThan(scene.contentBounds().x());
        assertThat(scene.elementAt(Boxes.centerX(origin), Boxes.centerY(origin)))
                .contains(new ElementRef(ElementKind.ORIGIN, "acme-origin"));
        assertThat(scene.bounds().w()).isGreaterThan(scene.contentBounds().w());
    }

    @Test
    void a_band_selects_what_it_encloses_and_an_enclosed_frame_stands_for_its_contents() {
        LayoutBox s1 = layout.get("fra1-s1");
        LayoutBox s2 = layout.get("fra1-s2");
        LayoutBox band = new LayoutBox(s1.x() - 2, s1.y() - 2, Boxes.right(s2) - s1.x() + 4, s1.h() + 4);
        assertThat(scene.elementsWithin(band)).containsExactly(ElementRef.server("fra1-s1"), ElementRef.server("fra1-s2"));
        LayoutBox fra = layout.get("FRA");
        assertThat(scene.elementsWithin(new LayoutBox(fra.x() - 1, fra.y() - 1, fra.w() + 2, fra.h() + 2)))
                .containsExactly(ElementRef.location("FRA"));
        LayoutBox half = new LayoutBox(s1.x() + 10, s1.y(), s1.w(), s1.h());
        assertThat(scene.elementsWithin(half)).isEmpty();
    }

    @Test
    void down_is_inherited_from_the_data_center_and_chips_name_the_pool_of_each_address() {
        SceneServer downByParent = scene.server("fra2-s1").orElseThrow();
        assertThat(downByParent.down()).isTrue();
        assertThat(downByParent.ownDown()).isFalse();
        SceneServer holder = scene.server("fra1-s1").orElseThrow();
        assertThat(holder.chipPools()).containsExactly("acme", null);
        assertThat(scene.frame("FRA").orElseThrow().pools()).containsExactly("acme");
    }

    @Test
    void frames_name_their_region_and_counts() {
        SceneFrame fra = scene.frame("FRA").orElseThrow();
        assertThat(fra.region()).isEqualTo("EU");
        assertThat(fra.subtitle()).contains("2 data centers").contains("3 servers");
        assertThat(scene.frame("FRA-1").orElseThrow().subtitle()).isEqualTo("2 servers");
        assertThat(scene.frame("AMS").orElseThrow().tag()).isNull();
    }

    @Test
    void parents_and_every_element_are_known() {
        assertThat(scene.parentOf(ElementRef.server("fra1-s2"))).contains(ElementRef.dataCenter("FRA-1"));
        assertThat(scene.parentOf(ElementRef.dataCenter("FRA-1"))).contains(ElementRef.location("FRA"));
        assertThat(scene.parentOf(ElementRef.location("FRA"))).isEmpty();
        assertThat(scene.allElements()).hasSize(2 + 3 + 3);
    }

    @Test
    void culling_visits_only_frames_that_reach_the_view() {
        LayoutBox ams = layout.get("AMS");
        List<ElementRef> visited = new ArrayList<>();
        scene.forEachFrameIn(new LayoutBox(ams.x() + 5, ams.y() + 5, 20, 20), f -> visited.add(f.ref()));
        assertThat(visited).contains(ElementRef.location("AMS")).doesNotContain(ElementRef.location("FRA"),
                ElementRef.dataCenter("FRA-1"));
    }

    @Test
    void an_empty_topology_still_has_a_client_an_origin_column_and_room_to_draw() {
        CanvasScene empty = CanvasScene.of(Topology.empty("empty"));
        assertThat(empty.contentBounds().w()).isPositive();
        assertThat(empty.elementAt(0, 0)).isEmpty();
        assertThat(empty.allElements()).isEmpty();
    }

    @Test
    void a_scene_built_after_an_edit_takes_over_what_the_edit_did_not_touch() {
        Topology placed = topology.withLayout(layout);
        CanvasScene before = CanvasScene.of(placed);
        Topology moved = StructureEdits.move(placed, List.of(ElementRef.server("fra1-s2")), 0, 3);

        CanvasScene after = CanvasScene.of(moved, before);

        assertThat(after.frame("FRA-2")).containsSame(before.frame("FRA-2").orElseThrow());
        assertThat(after.frame("FRA-1")).isNotSameAs(before.frame("FRA-1"));
        assertThat(after.boxOf(ElementRef.server("fra1-s2"))).contains(moved.layout().get("fra1-s2"));
        assertThat(before.boxOf(ElementRef.server("fra1-s2"))).contains(layout.get("fra1-s2"));
    }

    @Test
    void a_scene_built_after_servers_changed_places_finds_each_where_it_is_now() {
        Topology placed = topology.withLayout(layout);
        CanvasScene before = CanvasScene.of(placed);
        Topology cut = StructureEdits.delete(placed, List.of(ElementRef.server("fra1-s1")));
        Clipboard clip = Clipboard.copy(placed, List.of(ElementRef.server("fra1-s1")));
        Topology pasted = StructureEdits.paste(cut, clip, ElementRef.dataCenter("AMS-1")).topology();

        CanvasScene afterCut = CanvasScene.of(cut, before);
        CanvasScene afterPaste = CanvasScene.of(pasted, afterCut);

        assertThat(afterCut.server("fra1-s1")).isEmpty();
        assertThat(afterPaste.parentOf(ElementRef.server("ams1-s1"))).contains(ElementRef.dataCenter("AMS-1"));
        assertThat(afterPaste.serverCount()).isEqualTo(3);
        assertThat(before.server("fra1-s1")).isPresent();
    }

    private double centerX(String id) {
        return Boxes.centerX(layout.get(id));
    }

    private double centerY(String id) {
        return Boxes.centerY(layout.get(id));
    }
}
