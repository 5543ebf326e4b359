package dev.aegisplanner.model.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.topology.Link;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Topology;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkEditsTest {

    private final Topology topology = Topology.empty("t")
            .withLocations(List.of(Location.of("FRA", "EU", 50.1, 8.7), Location.of("AMS", "EU", 52.4, 4.9),
                    Location.of("LHR", "EU", 51.5, -0.1)))
            .withLinks(List.of(new Link("FRA", "AMS", 7.5), new Link("AMS", "LHR", 6)));

    @Test
    void addAppendsALinkBetweenUnjoinedLocations() {
        Topology next = LinkEdits.add(topology, new Link("LHR", "FRA", 12));

        assertThat(next.links()).containsExactly(new Link("FRA", "AMS", 7.5), new Link("AMS", "LHR", 6),
                new Link("LHR", "FRA", 12));
    }

    @Test
    void addingASecondLinkForOneConnectionChangesNothing() {
        assertThat(LinkEdits.add(topology, new Link("AMS", "FRA", 3))).isSameAs(topology);
        assertThat(LinkEdits.add(topology, new Link("FRA", "AMS", 7.5))).isSameAs(topology);
    }

    @Test
    void aLocationIsNeverLinkedToItself() {
        assertThat(LinkEdits.add(topology, new Link("FRA", "FRA", 1))).isSameAs(topology);
    }

    @Test
    void setLatencyFindsTheLinkInEitherDirectionAndKeepsItsPlace() {
        Topology next = LinkEdits.setLatency(topology, "AMS", "FRA", 9.25);

        assertThat(next.links()).containsExactly(new Link("FRA", "AMS", 9.25), new Link("AMS", "LHR", 6));
    }

    @Test
    void setLatencyToTheSameValueOrOnAMissingLinkChangesNothing() {
        assertThat(LinkEdits.setLatency(topology, "FRA", "AMS", 7.5)).isSameAs(topology);
        assertThat(LinkEdits.setLatency(topology, "FRA", "LHR", 3)).isSameAs(topology);
    }

    @Test
    void removeDropsTheLinkInEitherDirection() {
        assertThat(LinkEdits.remove(topology, "LHR", "AMS").links()).containsExactly(new Link("FRA", "AMS", 7.5));
        assertThat(LinkEdits.remove(topology, "FRA", "LHR")).isSameAs(topology);
    }

    @Test
    void betweenReadsEitherDirection() {
        assertThat(LinkEdits.between(topology, "AMS", "FRA")).contains(new Link("FRA", "AMS", 7.5));
        assertThat(LinkEdits.between(topology, "FRA", "LHR")).isEmpty();
    }
}
