package dev.aegisplanner.model.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.layout.Boxes;
import dev.aegisplanner.model.layout.EffectiveLayout;
import dev.aegisplanner.model.layout.LayoutMetrics;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.LayoutBox;
import dev.aegisplanner.model.topology.Topology;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LayoutEditsTest {

    private final Topology topology = Fixtures.twoMetros();
    private final Map<String, LayoutBox> drawn = EffectiveLayout.of(topology);

    @Test
    void moving_a_location_moves_everything_inside_it() {
        Topology moved = StructureEdits.move(topology, List.of(ElementRef.location("FRA")), 100, 40);
        for (String id : List.of("FRA", "FRA-1", "FRA-2", "fra1-s1", "fra1-s2", "fra2-s1")) {
            assertThat(moved.layout().get(id)).as(id).isEqualTo(Boxes.moved(drawn.get(id), 100, 40));
        }
        assertThat(moved.layout().get("AMS")).isEqualTo(drawn.get("AMS"));
    }

    @Test
    void moving_every_location_moves_every_box_by_the_same_distance_and_keeps_the_order() {
        Topology placed = topology.withLayout(drawn);
        Set<ElementRef> everything = new LinkedHashSet<>();
        Fixtures.canvasIds(placed).forEach(id -> everything.add(refOf(placed, id)));

        Topology moved = StructureEdits.move(placed, everything, 5, -3);

        assertThat(new ArrayList<>(moved.layout().keySet())).isEqualTo(new ArrayList<>(placed.layout().keySet()));
        placed.layout().forEach((id, box) -> assertThat(moved.layout().get(id)).as(id).isEqualTo(Boxes.moved(box, 5, -3)));
        assertThat(placed.layout()).isEqualTo(drawn);
    }

    @Test
    void moving_every_location_leaves_a_box_of_no_element_where_it_was() {
        Map<String, LayoutBox> withStale = new LinkedHashMap<>(drawn);
        withStale.put("gone-s9", new LayoutBox(1, 2, 112, 76));
        Topology placed = topology.withLayout(withStale);

        Topology moved = StructureEdits.move(placed, List.of(ElementRef.location("FRA"), ElementRef.location("AMS")), 5, -3);

        assertThat(moved.layout().get("gone-s9")).isEqualTo(new LayoutBox(1, 2, 112, 76));
        assertThat(moved.layout().get("ams1-s1")).isEqualTo(Boxes.moved(drawn.get("ams1-s1"), 5, -3));
    }

    @Test
    void a_move_keeps_the_very_same_elements_and_a_rename_does_not() {
        Topology moved = StructureEdits.move(topology, List.of(ElementRef.server("fra1-s1")), 4, 4);
        Topology renamed = PropertyEdits.setName(topology, ElementRef.server("fra1-s1"), "Edge");

        assertThat(moved.sameElementsAs(topology)).isTrue();
        assertThat(renamed.sameElementsAs(topology)).isFalse();
        assertThat(topology.sameElementsAs(null)).isFalse();
    }

    private static ElementRef refOf(Topology t, String id) {
        return t.locations().stream().anyMatch(l -> l.id().equals(id)) ? ElementRef.location(id)
                : t.dataCenters().anyMatch(d -> d.id().equals(id)) ? ElementRef.dataCenter(id) : ElementRef.server(id);
    }

    @Test
    void a_selected_child_of_a_selected_frame_moves_once() {
        Topology moved = StructureEdits.move(topology,
                List.of(ElementRef.location("FRA"), ElementRef.server("fra1-s1")), 100, 40);
        assertThat(moved.layout().get("fra1-s1")).isEqualTo(Boxes.moved(drawn.get("fra1-s1"), 100, 40));
    }

    @Test
    void a_server_stops_at_the_edge_of_its_data_center() {
        LayoutBox dc = drawn.get("AMS-1");
        LayoutBox server = drawn.get("ams1-s1");
        Topology moved = StructureEdits.move(topology, List.of(ElementRef.server("ams1-s1")), 10_000, 0);
        assertThat(Boxes.right(moved.layout().get("ams1-s1")))
                .isEqualTo(Boxes.right(dc) - LayoutMetrics.DATA_CENTER_PADDING);
        assertThat(moved.layout().get("ams1-s1").y()).isEqualTo(server.y());
    }

    @Test
    void a_move_that_changes_nothing_returns_the_same_topology() {
        assertThat(StructureEdits.move(topology, List.of(ElementRef.location("FRA")), 0, 0)).isSameAs(topology);
        assertThat(StructureEdits.move(topology, List.of(ElementRef.server("nope")), 10, 10)).isSameAs(topology);
        LayoutBox dc = drawn.get("FRA-1");
        LayoutBox first = drawn.get("fra1-s1");
        Topology atLeftEdge = StructureEdits.move(topology, List.of(ElementRef.server("fra1-s1")),
                dc.x() + LayoutMetrics.DATA_CENTER_PADDING - first.x(), 0);
        assertThat(StructureEdits.move(atLeftEdge, List.of(ElementRef.server("fra1-s1")), -50, 0)).isSameAs(atLeftEdge);
    }

    @Test
    void resizing_a_frame_keeps_it_around_its_contents() {
        LayoutBox fra = drawn.get("FRA");
        Topology resized = StructureEdits.resize(topology, ElementRef.location("FRA"), new LayoutBox(fra.x(), fra.y(), 50, 50));
        LayoutBox box = resized.layout().get("FRA");
        for (String dc : List.of("FRA-1", "FRA-2")) {
            assertThat(Boxes.right(box)).isGreaterThanOrEqualTo(Boxes.right(drawn.get(dc)));
            assertThat(Boxes.bottom(box)).isGreaterThanOrEqualTo(Boxes.bottom(drawn.get(dc)));
        }
    }

    @Test
    void a_frame_can_grow_and_an_empty_one_shrinks_to_the_minimum() {
        LayoutBox fra = drawn.get("FRA");
        Topology grown = StructureEdits.resize(topology, ElementRef.location("FRA"),
                new LayoutBox(fra.x(), fra.y(), fra.w() + 300, fra.h() + 100));
        assertThat(grown.layout().get("FRA")).isEqualTo(new LayoutBox(fra.x(), fra.y(), fra.w() + 300, fra.h() + 100));

        Topology empty = StructureEdits.addLocation(topology, 9_000, 0).topology();
        LayoutBox loc = empty.layout().get("LOC-1");
        Topology shrunk = StructureEdits.resize(empty, ElementRef.location("LOC-1"), new LayoutBox(loc.x(), loc.y(), 10, 10));
        assertThat(shrunk.layout().get("LOC-1"))
                .isEqualTo(new LayoutBox(loc.x(), loc.y(), LayoutMetrics.FRAME_MIN_WIDTH, LayoutMetrics.FRAME_MIN_HEIGHT));
    }

    @Test
    void a_data_center_cannot_grow_out_of_its_location() {
        LayoutBox dc = drawn.get("FRA-2");
        LayoutBox request = new LayoutBox(dc.x(), dc.y(), dc.w() + 5_000, dc.h());
        assertThat(StructureEdits.resize(topology, ElementRef.dataCenter("FRA-2"), request)).isSameAs(topology);

        LayoutBox fra = drawn.get("FRA");
        Topology roomier = StructureEdits.resize(topology, ElementRef.location("FRA"), fra.withSize(fra.w() + 400, fra.h()));
        Topology resized = StructureEdits.resize(roomier, ElementRef.dataCenter("FRA-2"), request);
        assertThat(Boxes.right(resized.layout().get("FRA-2")))
                .isEqualTo(Boxes.right(roomier.layout().get("FRA")) - LayoutMetrics.LOCATION_PADDING);
    }

    @Test
    void resizing_to_the_same_box_or_resizing_a_server_changes_nothing() {
        assertThat(StructureEdits.resize(topology, ElementRef.location("FRA"), drawn.get("FRA"))).isSameAs(topology);
        assertThat(StructureEdits.resize(topology, ElementRef.server("fra1-s1"), new LayoutBox(0, 0, 500, 500))).isSameAs(topology);
    }

    @Test
    void aligning_lines_elements_up_against_their_common_bounds() {
        Topology spread = StructureEdits.move(topology, List.of(ElementRef.location("AMS")), 0, 300);
        Topology aligned = StructureEdits.align(spread, List.of(ElementRef.location("FRA"), ElementRef.location("AMS")), Alignment.TOP);
        assertThat(aligned.layout().get("AMS").y()).isEqualTo(aligned.layout().get("FRA").y());
        double amsServerOffset = spread.layout().get("ams1-s1").y() - spread.layout().get("AMS").y();
        assertThat(aligned.layout().get("ams1-s1").y() - aligned.layout().get("AMS").y()).isEqualTo(amsServerOffset);
    }

    @Test
    void aligning_centres_and_right_edges() {
        List<ElementRef> both = List.of(ElementRef.location("FRA"), ElementRef.location("AMS"));
        Topology right = StructureEdits.align(topology, both, Alignment.RIGHT);
        assertThat(Boxes.right(right.layout().get("AMS"))).isEqualTo(Boxes.right(right.layout().get("FRA")));
        Topology lowered = StructureEdits.move(topology, List.of(ElementRef.location("AMS")), 0, 333);
        Topology middle = StructureEdits.align(lowered, both, Alignment.MIDDLE);
        assertThat(Boxes.centerY(middle.layout().get("AMS"))).isEqualTo(Boxes.centerY(middle.layout().get("FRA")));
    }

    @Test
    void aligning_one_element_or_aligned_elements_changes_nothing() {
        assertThat(StructureEdits.align(topology, List.of(ElementRef.location("FRA")), Alignment.LEFT)).isSameAs(topology);
        List<ElementRef> row = List.of(ElementRef.location("FRA"), ElementRef.location("AMS"));
        assertThat(StructureEdits.align(topology, row, Alignment.TOP)).isSameAs(topology);
    }

    @Test
    void arranging_puts_scattered_servers_back_in_a_grid() {
        Topology scattered = StructureEdits.move(topology, List.of(ElementRef.server("fra1-s2")), 0, 60);
        Topology arranged = StructureEdits.arrangeChildren(scattered, List.of(ElementRef.dataCenter("FRA-1")));
        assertThat(arranged.layout().get("fra1-s2").y()).isEqualTo(arranged.layout().get("fra1-s1").y());
        assertThat(StructureEdits.arrangeChildren(arranged, List.of(ElementRef.dataCenter("FRA-1")))).isSameAs(arranged);
    }

    @Test
    void arranging_a_file_drawn_with_the_automatic_layout_keeps_the_document_unchanged() {
        assertThat(StructureEdits.arrangeChildren(topology, List.of())).isSameAs(topology);
    }
}
