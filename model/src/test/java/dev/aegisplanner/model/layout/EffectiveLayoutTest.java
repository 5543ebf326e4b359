package dev.aegisplanner.model.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.LayoutBox;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Topology;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EffectiveLayoutTest {

    private final Topology topology = Topology.empty("t").withLocations(List.of(
            Location.of("FRA", "EU", 50.1, 8.7, DataCenter.of("FRA-1", Server.of("fra1-s1"), Server.of("fra1-s2"))),
            Location.of("AMS", "EU", 52.4, 4.9, DataCenter.of("AMS-1", Server.of("ams1-s1")))));

    @Test
    void a_file_without_layout_is_drawn_with_the_automatic_one() {
        assertThat(EffectiveLayout.of(topology)).isEqualTo(AutoLayout.arrange(topology));
        assertThat(EffectiveLayout.isComplete(topology)).isFalse();
    }

    @Test
    void the_contents_of_a_placed_location_move_with_it() {
        LayoutBox placed = new LayoutBox(2_000, 1_000, 700, 400);
        Map<String, LayoutBox> boxes = EffectiveLayout.of(topology.withLayout(Map.of("FRA", placed)));
        Map<String, LayoutBox> auto = AutoLayout.arrange(topology);
        assertThat(boxes.get("FRA")).isEqualTo(placed);
        double dx = placed.x() - auto.get("FRA").x();
        double dy = placed.y() - auto.get("FRA").y();
        assertThat(boxes.get("FRA-1")).isEqualTo(Boxes.moved(auto.get("FRA-1"), dx, dy));
        assertThat(boxes.get("fra1-s2")).isEqualTo(Boxes.moved(auto.get("fra1-s2"), dx, dy));
    }

    @Test
    void unplaced_locations_go_to_the_right_of_placed_ones() {
        LayoutBox placed = new LayoutBox(2_000, 1_000, 700, 400);
        Map<String, LayoutBox> boxes = EffectiveLayout.of(topology.withLayout(Map.of("FRA", placed)));
        assertThat(boxes.get("AMS").x()).isGreaterThan(Boxes.right(placed));
    }

    @Test
    void a_server_placed_without_a_size_gets_the_node_size() {
        Map<String, LayoutBox> complete = new java.util.LinkedHashMap<>(AutoLayout.arrange(topology));
        complete.put("fra1-s1", new LayoutBox(300, 200, 0, 0));
        Topology placed = topology.withLayout(complete);
        assertThat(EffectiveLayout.isComplete(placed)).isTrue();
        assertThat(EffectiveLayout.of(placed).get("fra1-s1"))
                .isEqualTo(new LayoutBox(300, 200, LayoutMetrics.SERVER_WIDTH, LayoutMetrics.SERVER_HEIGHT));
    }

    @Test
    void a_complete_layout_is_used_as_it_is() {
        Topology placed = topology.withLayout(AutoLayout.arrange(topology));
        assertThat(EffectiveLayout.of(placed)).isSameAs(placed.layout());
    }
}
