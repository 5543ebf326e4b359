package dev.aegisplanner.model.edit;

import static dev.aegisplanner.model.edit.EditFixtures.twoMetros;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Status;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.TopologyIndex;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A failure drill takes locations, data centers and servers down by id, and nothing else. */
class FailuresTest {

    private final Topology topology = twoMetros();

    @Test
    void locationsDataCentersAndServersGoDownByTheirIds() {
        TopologyIndex down = Failures.takeDown(topology, Set.of("AMS", "FRA-2", "fra1-s2")).index();

        assertThat(down.location("AMS").orElseThrow().status()).isEqualTo(Status.DOWN);
        assertThat(down.dataCenter("FRA-2").orElseThrow().dataCenter().status()).isEqualTo(Status.DOWN);
        assertThat(down.server("fra1-s2").orElseThrow().server().status()).isEqualTo(Status.DOWN);
        assertThat(down.location("FRA").orElseThrow().status()).isEqualTo(Status.UP);
        assertThat(down.dataCenter("FRA-1").orElseThrow().dataCenter().status()).isEqualTo(Status.UP);
        assertThat(down.server("fra1-s1").orElseThrow().server().status()).isEqualTo(Status.UP);
    }

    @Test
    void aDownLocationTakesItsServersDownWithoutRewritingThem() {
        Topology down = Failures.takeDown(topology, Set.of("AMS"));

        TopologyIndex lookup = down.index();
        assertThat(lookup.server("ams1-s1").orElseThrow().isUp()).isFalse();
        assertThat(lookup.server("ams1-s1").orElseThrow().server().status()).isEqualTo(Status.UP);
    }

    @Test
    void anUnknownIdIsNamedAndNothingGoesDown() {
        Set<String> ids = new LinkedHashSet<>(List.of("FRA-1", "LHR", "nope"));

        assertThatThrownBy(() -> Failures.takeDown(topology, ids))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no location, data center or server has id 'LHR'");
        assertThat(topology.locations().get(0).dataCenters().get(0).status()).isEqualTo(Status.UP);
    }

    @Test
    void whatIsAlreadyDownOrNothingAtAllLeavesTheSameTopology() {
        Topology down = Failures.takeDown(topology, Set.of("fra1-s1"));

        assertThat(Failures.takeDown(down, Set.of("fra1-s1"))).isSameAs(down);
        assertThat(Failures.takeDown(topology, Set.of())).isSameAs(topology);
    }

    @Test
    void anIdThatNamesALocationAndADataCenterTakesBothDown() {
        Location fra = topology.locations().get(0);
        Topology sameIds = topology.withLocations(List.of(fra.withDataCenters(List.of(
                fra.dataCenters().get(0).withId("FRA"), fra.dataCenters().get(1)))));

        TopologyIndex down = Failures.takeDown(sameIds, Set.of("FRA")).index();

        assertThat(down.location("FRA").orElseThrow().status()).isEqualTo(Status.DOWN);
        DataCenter dataCenter = down.dataCenter("FRA").orElseThrow().dataCenter();
        assertThat(dataCenter.status()).isEqualTo(Status.DOWN);
    }
}
