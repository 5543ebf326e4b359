package dev.aegisplanner.app.editor.status;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.generate.GeneratorSpec;
import dev.aegisplanner.model.generate.TopologyGenerator;
import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Topology;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The status bar counts in planner English: singular for one, thousands separated. */
class StatusBarViewModelTest {

    @Test
    void one_of_each_is_singular() {
        Topology one = Topology.empty("One").withLocations(List.of(Location.of("FRA", "EU", 50.1, 8.7,
                DataCenter.of("FRA-1", Server.of("fra1-s1")))));
        assertThat(StatusBarViewModel.counts(one)).isEqualTo("1 location \u00b7 1 data center \u00b7 1 server");
    }

    @Test
    void a_planet_has_its_thousands_separated() {
        Topology planet = TopologyGenerator.generate(new GeneratorSpec(30, 100, 12_000, 4, 1));
        assertThat(StatusBarViewModel.counts(planet)).isEqualTo("30 locations \u00b7 100 data centers \u00b7 12,000 servers");
    }
}
