package dev.aegisplanner.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.io.ReadResult.Outcome;
import dev.aegisplanner.model.topology.Topology;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Saving loses nothing: writing a valid topology and reading it back gives an equal topology. */
class RoundTripProperties {

    @Provide
    Arbitrary<Topology> validTopologies() {
        return ValidTopologies.topologies();
    }

    @Property(tries = 1000)
    void writingThenReadingGivesBackAnEqualTopology(@ForAll("validTopologies") Topology topology) {
        ReadResult result = TopologyReader.read(TopologyWriter.toJson(topology));

        assertThat(result.errors()).isEmpty();
        assertThat(result.outcome()).isEqualTo(Outcome.VALID);
        assertThat(result.topology()).isEqualTo(topology);
        collectShape(topology);
    }

    /** Keeps the arbitrary honest: most tries must exercise servers, shares, links, scenarios and layout. */
    private static void collectShape(Topology t) {
        Statistics.label("servers").collect(t.servers().findAny().isPresent());
        Statistics.label("shares").collect(t.dataCenters().anyMatch(d -> !d.ipCapacity().isEmpty()));
        Statistics.label("links").collect(!t.links().isEmpty());
        Statistics.label("scenarios").collect(!t.scenarios().isEmpty());
        Statistics.label("layout").collect(!t.layout().isEmpty());
        for (String feature : new String[] {"servers", "shares", "links", "scenarios", "layout"}) {
            Statistics.label(feature).coverage(c -> c.check(true).percentage(p -> p >= 30));
        }
    }

    @Property(tries = 200)
    void writingIsStableSoASavedFileDoesNotChangeWhenSavedAgain(@ForAll("validTopologies") Topology topology) {
        String once = TopologyWriter.toJson(topology);

        assertThat(TopologyWriter.toJson(TopologyReader.read(once).topology())).isEqualTo(once);
    }
}
