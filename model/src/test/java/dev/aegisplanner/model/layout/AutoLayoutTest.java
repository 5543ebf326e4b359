package dev.aegisplanner.model.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.generate.GeneratorSpec;
import dev.aegisplanner.model.generate.TopologyGenerator;
import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.LayoutBox;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Topology;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AutoLayoutTest {

    private final Topology generated = TopologyGenerator.generate(new GeneratorSpec(40, 90, 1_500, 4, 3));

    @Test
    void every_location_data_center_and_server_gets_a_box() {
        Map<String, LayoutBox> boxes = AutoLayout.arrange(generated);
        assertThat(boxes).hasSize(40 + 90 + 1_500);
        assertThat(boxes.values()).allSatisfy(b -> assertThat(b.w()).isPositive());
    }

    @Test
    void children_sit_inside_their_frames() {
        Map<String, LayoutBox> boxes = AutoLayout.arrange(generated);
        for (Location l : generated.locations()) {
            for (DataCenter d : l.dataCenters()) {
                assertThat(inside(boxes.get(d.id()), boxes.get(l.id()))).as(d.id()).isTrue();
                for (Server s : d.servers()) {
                    assertThat(inside(boxes.get(s.id()), boxes.get(d.id()))).as(s.id()).isTrue();
                }
            }
        }
    }

    @Test
    void siblings_never_overlap() {
        Map<String, LayoutBox> boxes = AutoLayout.arrange(generated);
        assertNoOverlap(generated.locations().stream().map(l -> boxes.get(l.id())).toList());
        for (Location l : generated.locations()) {
            assertNoOverlap(l.dataCenters().stream().map(d -> boxes.get(d.id())).toList());
            for (DataCenter d : l.dataCenters()) {
                assertNoOverlap(d.servers().stream().map(s -> boxes.get(s.id())).toList());
            }
        }
    }

    @Test
    void the_picture_reads_west_to_east() {
        Map<String, LayoutBox> boxes = AutoLayout.arrange(generated);
        for (Location a : generated.locations()) {
            for (Location b : generated.locations()) {
                if (a.lon() < b.lon()) {
                    assertThat(boxes.get(a.id()).x()).as(a.id() + " west of " + b.id()).isLessThanOrEqualTo(boxes.get(b.id()).x());
                }
            }
        }
    }

    @Test
    void a_few_locations_stand_in_one_row_west_to_east() {
        Topology t = Topology.empty("t").withLocations(List.of(
                Location.of("NRT", "APAC", 35.7, 139.7), Location.of("FRA", "EU", 50.1, 8.7),
                Location.of("AMS", "EU", 52.4, 4.9)));
        Map<String, LayoutBox> boxes = AutoLayout.arrange(t);
        assertThat(boxes.get("AMS").y()).isEqualTo(boxes.get("FRA").y()).isEqualTo(boxes.get("NRT").y());
        assertThat(boxes.get("AMS").x()).isLessThan(boxes.get("FRA").x());
        assertThat(boxes.get("FRA").x()).isLessThan(boxes.get("NRT").x());
    }

    @Test
    void frames_grow_with_their_contents() {
        Topology t = Topology.empty("t").withLocations(List.of(
                Location.of("FRA", "EU", 50.1, 8.7, dataCenter("FRA-1", 2)),
                Location.of("AMS", "EU", 52.4, 4.9, dataCenter("AMS-1", 100), dataCenter("AMS-2", 30))));
        Map<String, LayoutBox> boxes = AutoLayout.arrange(t);
        assertThat(boxes.get("AMS-1").w()).isGreaterThan(boxes.get("FRA-1").w());
        assertThat(boxes.get("AMS-1").h()).isGreaterThan(boxes.get("FRA-1").h());
        assertThat(boxes.get("AMS").w()).isGreaterThan(boxes.get("FRA").w());
        assertThat(boxes.get("FRA-1").w()).isGreaterThanOrEqualTo(LayoutMetrics.DATA_CENTER_MIN_WIDTH);
    }

    @Test
    void empty_frames_keep_a_usable_minimum_size() {
        Topology t = Topology.empty("t").withLocations(List.of(Location.of("FRA", "EU", 50.1, 8.7, DataCenter.of("FRA-1"))));
        Map<String, LayoutBox> boxes = AutoLayout.arrange(t);
        assertThat(boxes.get("FRA-1").w()).isEqualTo(LayoutMetrics.DATA_CENTER_MIN_WIDTH);
        assertThat(boxes.get("FRA").h()).isGreaterThanOrEqualTo(LayoutMetrics.LOCATION_MIN_HEIGHT);
    }

    @Test
    void arranging_a_data_center_grids_its_servers_in_place_and_grows_its_location() {
        Topology t = Topology.empty("t").withLocations(List.of(
                Location.of("FRA", "EU", 50.1, 8.7, dataCenter("FRA-1", 12), dataCenter("FRA-2", 1))));
        Map<String, LayoutBox> messy = new java.util.LinkedHashMap<>(AutoLayout.arrange(t));
        messy.put("FRA", new LayoutBox(100, 100, 400, 300));
        messy.put("FRA-1", new LayoutBox(120, 150, 250, 140));
        IntStream.rangeClosed(1, 12).forEach(i -> messy.put("fra1-s" + i, new LayoutBox(130 + i, 190, 112, 76)));
        LayoutBox untouched = messy.get("FRA-2");

        Map<String, LayoutBox> arranged = AutoLayout.arrangeChildren(t, messy, Set.of("FRA-1"));

        assertThat(arranged.get("FRA-1").x()).isEqualTo(120);
        assertThat(arranged.get("FRA-1").y()).isEqualTo(150);
        assertNoOverlap(IntStream.rangeClosed(1, 12).mapToObj(i -> arranged.get("fra1-s" + i)).toList());
        assertThat(inside(arranged.get("FRA-1"), arranged.get("FRA"))).isTrue();
        assertThat(arranged.get("FRA").x()).isEqualTo(100);
        assertThat(arranged.get("FRA-2")).isEqualTo(untouched);
    }

    @Test
    void arranging_nothing_in_particular_arranges_everything() {
        assertThat(AutoLayout.arrangeChildren(generated, Map.of(), Set.of())).isEqualTo(AutoLayout.arrange(generated));
    }

    private static DataCenter dataCenter(String id, int servers) {
        String prefix = id.replace("-", "").toLowerCase();
        return DataCenter.of(id, IntStream.rangeClosed(1, servers).mapToObj(i -> Server.of(prefix + "-s" + i)).toArray(Server[]::new));
    }

    static boolean inside(LayoutBox child, LayoutBox frame) {
        return child.x() >= frame.x() && child.y() >= frame.y()
                && Boxes.right(child) <= Boxes.right(frame) && Boxes.bottom(child) <= Boxes.bottom(frame);
    }

    static void assertNoOverlap(List<LayoutBox> boxes) {
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(Boxes.intersects(boxes.get(i), boxes.get(j))).as(boxes.get(i) + " / " + boxes.get(j)).isFalse();
            }
        }
    }
}
