package dev.aegisplanner.model.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.layout.Boxes;
import dev.aegisplanner.model.layout.EffectiveLayout;
import dev.aegisplanner.model.layout.LayoutMetrics;
import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.LayoutBox;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** New, pasted and dropped elements never land on top of others, and stay inside their frames. */
class PlacementTest {

    private final Topology topology = Fixtures.twoMetros();

    /** Frankfurt alone, its one data center roomy, the two servers in its top row. */
    private static Topology roomy() {
        Topology t = Topology.empty("Roomy").withLocations(List.of(Location.of("FRA", "EU", 50.1, 8.7,
                DataCenter.of("FRA-1", Server.of("fra1-s1"), Server.of("fra1-s2")))));
        t = t.withLayout(EffectiveLayout.of(t));
        t = StructureEdits.resize(t, ElementRef.location("FRA"), t.layout().get("FRA").withSize(900, 600));
        return StructureEdits.resize(t, ElementRef.dataCenter("FRA-1"), t.layout().get("FRA-1").withSize(700, 400));
    }

    @Test
    void a_new_server_goes_where_the_pointer_is_when_that_spot_is_free() {
        Topology roomy = roomy();
        LayoutBox dc = roomy.layout().get("FRA-1");
        double cx = Boxes.right(dc) - 90;
        double cy = Boxes.bottom(dc) - 60;

        Added added = StructureEdits.addServer(roomy, "FRA-1", cx, cy);

        LayoutBox server = added.topology().layout().get(added.ref().id());
        assertThat(Boxes.centerX(server)).isEqualTo(cx);
        assertThat(Boxes.centerY(server)).isEqualTo(cy);
        assertNothingOverlaps(added.topology());
    }

    @Test
    void a_new_server_clicked_onto_another_takes_the_first_free_slot_of_its_data_center() {
        Topology roomy = roomy();
        LayoutBox first = roomy.layout().get("fra1-s1");

        Added added = StructureEdits.addServer(roomy, "FRA-1", Boxes.centerX(first), Boxes.centerY(first));

        LayoutBox server = added.topology().layout().get(added.ref().id());
        LayoutBox second = roomy.layout().get("fra1-s2");
        assertThat(server.y()).as("same row as the first servers").isEqualTo(first.y());
        assertThat(server.x()).as("right of the last server in the row").isGreaterThan(Boxes.right(second));
        assertNothingOverlaps(added.topology());
    }

    @Test
    void servers_added_to_a_full_data_center_start_a_new_row_and_push_the_frames_below_out_of_the_way() {
        Topology t = topology;
        LayoutBox fra1 = EffectiveLayout.of(t).get("FRA-1");
        for (int i = 0; i < 9; i++) {
            t = StructureEdits.addServer(t, "FRA-1", Boxes.centerX(fra1), Boxes.centerY(fra1)).topology();
        }
        assertThat(t.dataCenters().filter(d -> d.id().equals("FRA-1")).findFirst().orElseThrow().servers()).hasSize(11);
        assertNothingOverlaps(t);
    }

    @Test
    void a_new_data_center_and_a_new_location_never_cover_existing_ones() {
        Map<String, LayoutBox> before = EffectiveLayout.of(topology);
        LayoutBox fra2 = before.get("FRA-2");
        Topology t = StructureEdits.addDataCenter(topology, "FRA", Boxes.centerX(fra2), Boxes.centerY(fra2)).topology();
        LayoutBox ams = before.get("AMS");
        Added location = StructureEdits.addLocation(t, Boxes.centerX(ams), Boxes.centerY(ams));

        assertNothingOverlaps(location.topology());
        assertThat(location.topology().layout().get(location.ref().id()).x())
                .as("the first free spot lies within the columns already drawn")
                .isLessThanOrEqualTo(Boxes.right(EffectiveLayout.of(t).values().stream().reduce(null, Boxes::union)));
    }

    @Test
    void duplicates_land_beside_their_originals_on_free_space() {
        Pasted copies = StructureEdits.duplicate(topology,
                List.of(ElementRef.server("fra1-s1"), ElementRef.dataCenter("AMS-1")));
        Pasted location = StructureEdits.duplicate(copies.topology(), List.of(ElementRef.location("FRA")));

        assertThat(copies.pasted()).hasSize(2);
        assertNothingOverlaps(copies.topology());
        assertNothingOverlaps(location.topology());
    }

    @Test
    void a_data_center_dropped_onto_another_moves_to_the_nearest_free_spot() {
        Map<String, LayoutBox> layout = EffectiveLayout.of(topology);
        LayoutBox fra1 = layout.get("FRA-1");
        LayoutBox fra2 = layout.get("FRA-2");
        Topology dropped = StructureEdits.move(topology, List.of(ElementRef.dataCenter("FRA-2")),
                fra1.x() - fra2.x() + 10, fra1.y() - fra2.y() + 10);
        assertThat(Boxes.intersects(dropped.layout().get("FRA-2"), dropped.layout().get("FRA-1"))).isTrue();

        Topology settled = StructureEdits.settle(dropped, List.of(ElementRef.dataCenter("FRA-2")));

        assertNothingOverlaps(settled);
        assertThat(StructureEdits.settle(settled, List.of(ElementRef.dataCenter("FRA-2"))))
                .as("nothing left to settle").isSameAs(settled);
    }

    @Test
    void a_server_dropped_into_another_data_center_moves_there_with_its_addresses_and_id() {
        LayoutBox ams1 = EffectiveLayout.of(topology).get("AMS-1");
        LayoutBox server = EffectiveLayout.of(topology).get("fra1-s1");

        Topology moved = StructureEdits.moveInto(topology, List.of(ElementRef.server("fra1-s1")),
                ElementRef.dataCenter("AMS-1"), ams1.x() - server.x() + 20, ams1.y() - server.y() + 40);

        assertThat(servers(moved, "FRA-1")).extracting(Server::id).containsExactly("fra1-s2");
        assertThat(servers(moved, "AMS-1")).extracting(Server::id).containsExactly("ams1-s1", "fra1-s1");
        assertThat(servers(moved, "AMS-1").get(1).egressIps()).containsExactly("192.0.2.10");
        assertNothingOverlaps(moved);
    }

    @Test
    void a_data_center_dropped_into_another_location_takes_its_servers_along() {
        LayoutBox ams = EffectiveLayout.of(topology).get("AMS");
        LayoutBox fra2 = EffectiveLayout.of(topology).get("FRA-2");

        Topology moved = StructureEdits.moveInto(topology, List.of(ElementRef.dataCenter("FRA-2")),
                ElementRef.location("AMS"), ams.x() - fra2.x() + 30, ams.y() - fra2.y() + 60);

        assertThat(moved.location("AMS").orElseThrow().dataCenters()).extracting(DataCenter::id)
                .containsExactly("AMS-1", "FRA-2");
        assertThat(Boxes.contains(moved.layout().get("FRA-2"), Boxes.centerX(moved.layout().get("fra2-s1")),
                Boxes.centerY(moved.layout().get("fra2-s1")))).isTrue();
        assertNothingOverlaps(moved);
    }

    @Test
    void only_the_kind_a_frame_holds_goes_into_it() {
        assertThat(StructureEdits.moveInto(topology, List.of(ElementRef.location("FRA")),
                ElementRef.dataCenter("AMS-1"), 0, 0)).isSameAs(topology);
    }

    private static List<Server> servers(Topology t, String dataCenter) {
        return t.dataCenters().filter(d -> d.id().equals(dataCenter)).findFirst().orElseThrow().servers();
    }

    /** Siblings are apart, and every child lies inside its frame's interior. */
    static void assertNothingOverlaps(Topology t) {
        Map<String, LayoutBox> layout = EffectiveLayout.of(t);
        assertApart(t.locations().stream().map(Location::id).toList(), layout);
        for (Location l : t.locations()) {
            LayoutBox inner = Frames.interior(ElementKind.LOCATION, layout.get(l.id()));
            List<String> dcs = new ArrayList<>();
            for (DataCenter d : l.dataCenters()) {
                dcs.add(d.id());
                assertThat(FreeSpots.fits(layout.get(d.id()), inner)).as(d.id() + " inside " + l.id()).isTrue();
                LayoutBox dcInner = Frames.interior(ElementKind.DATA_CENTER, layout.get(d.id()));
                d.servers().forEach(s -> assertThat(FreeSpots.fits(layout.get(s.id()), dcInner))
                        .as(s.id() + " inside " + d.id()).isTrue());
                assertApart(d.servers().stream().map(Server::id).toList(), layout);
            }
            assertApart(dcs, layout);
        }
    }

    private static void assertApart(List<String> ids, Map<String, LayoutBox> layout) {
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                assertThat(Boxes.intersects(layout.get(ids.get(i)), layout.get(ids.get(j))))
                        .as(ids.get(i) + " and " + ids.get(j) + " overlap").isFalse();
            }
        }
    }

    @Test
    void a_new_location_clicked_on_free_canvas_stays_there() {
        Added added = StructureEdits.addLocation(topology, 9_000, 300);
        LayoutBox box = added.topology().layout().get(added.ref().id());
        assertThat(box.w()).isEqualTo(LayoutMetrics.NEW_LOCATION_WIDTH);
        assertThat(Boxes.centerX(box)).isEqualTo(9_000);
    }
}
