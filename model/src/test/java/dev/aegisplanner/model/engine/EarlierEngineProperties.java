package dev.aegisplanner.model.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegisplanner.model.edit.Failures;
import dev.aegisplanner.model.engine.RandomWorlds.World;
import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Topology;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Taking over an earlier engine's work never changes an answer: with any one location or data center of a random
 * world down, an engine built with the engine of the whole world (every request traced first, so its backbone holds
 * paths from everywhere) traces every request as a fresh engine does.
 */
class EarlierEngineProperties {

    @Provide
    Arbitrary<World> worlds() {
        return RandomWorlds.worlds();
    }

    @Property(tries = 200)
    void anEngineBuiltWithAnEarlierOneAnswersAsAFreshOne(@ForAll("worlds") World world) {
        Topology topology = world.topology();
        ForwardingEngine earlier = new ForwardingEngine(topology);
        world.requests().forEach(request -> traceOrRefusal(earlier, request));
        List<String> failures = Stream.concat(topology.locations().stream().map(Location::id),
                topology.locations().stream().flatMap(l -> l.dataCenters().stream()).map(DataCenter::id)).toList();
        for (String failure : failures) {
            Topology down = Failures.takeDown(topology, Set.of(failure));
            ForwardingEngine later = new ForwardingEngine(down, earlier);
            ForwardingEngine fresh = new ForwardingEngine(down);
            for (Request request : world.requests()) {
                Object expected = traceOrRefusal(fresh, request);
                if (expected instanceof RequestException refused) {
                    assertThatThrownBy(() -> later.trace(request)).hasMessage(refused.getMessage());
                } else {
                    assertThat(later.trace(request)).as("%s with %s down", request, failure).isEqualTo(expected);
                }
            }
        }
    }

    private static Object traceOrRefusal(ForwardingEngine engine, Request request) {
        try {
            return engine.trace(request);
        } catch (RequestException refused) {
            return refused;
        }
    }
}
