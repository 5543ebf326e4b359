package dev.aegisplanner.model.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Topology;
import java.util.List;
import org.junit.jupiter.api.Test;

class FreshIdsTest {

    private final Topology topology = Topology.empty("t").withLocations(List.of(
            Location.of("FRA", "EU", 50.1, 8.7, DataCenter.of("FRA-1", Server.of("fra1-s1"), Server.of("fra1-s2")))));

    @Test
    void new_ids_are_named_after_their_parent_and_skip_taken_numbers() {
        FreshIds ids = FreshIds.in(topology);
        assertThat(ids.dataCenter("FRA")).isEqualTo("FRA-2");
        assertThat(ids.server("FRA-1")).isEqualTo("fra1-s3");
        assertThat(ids.server("FRA-1")).isEqualTo("fra1-s4");
        assertThat(ids.location()).isEqualTo("LOC-1");
    }

    @Test
    void a_taken_metro_code_gets_a_number() {
        FreshIds ids = FreshIds.in(topology);
        assertThat(ids.location("AMS")).isEqualTo("AMS");
        assertThat(ids.location("FRA")).isEqualTo("FRA2");
        assertThat(ids.location("FRA")).isEqualTo("FRA3");
    }

    @Test
    void ids_of_every_kind_share_one_namespace_because_the_layout_is_keyed_by_id() {
        FreshIds ids = FreshIds.in(topology);
        assertThat(ids.isFree("FRA-1")).isFalse();
        assertThat(ids.isFree("fra1-s1")).isFalse();
        assertThat(ids.isFree("AMS")).isTrue();
    }
}
