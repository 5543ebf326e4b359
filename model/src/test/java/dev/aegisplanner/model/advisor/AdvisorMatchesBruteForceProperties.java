package dev.aegisplanner.model.advisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegisplanner.model.topology.Topology;
import java.util.Optional;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The advisor against {@link BruteForcePlacement} on small random plans ({@link RandomPlacements}): the same
 * optimum, the same tie-break, the same verdict when nothing fits, and the same fewest addresses.
 */
class AdvisorMatchesBruteForceProperties {

    @Property(tries = 100, seed = "20261207")
    void theAdvisorFindsTheBestPlacementThereIs(@ForAll @LongRange(min = 1, max = 1_000_000_000) long seed,
                                                @ForAll @IntRange(min = 3, max = 7) int locations,
                                                @ForAll @IntRange(min = 1, max = 3) int addresses) {
        Topology plan = RandomPlacements.plan(seed, locations, addresses);
        Assume.that(!plan.demand().isEmpty());
        Optional<BruteForcePlacement.Best> best = new BruteForcePlacement(plan, RandomPlacements.POOL).best(addresses);
        PlacementRequest request = PlacementRequest.of(RandomPlacements.POOL);
        Statistics.label("verdict").collect(best.isPresent() ? "placed" : "nothing fits");
        Statistics.label("backbone").collect(plan.links().isEmpty() ? "no links" : "links");
        Statistics.label("verdict").coverage(c -> {
            c.check("placed").percentage(p -> p > 40);
            c.check("nothing fits").percentage(p -> p > 5);
        });
        Statistics.label("backbone").coverage(c -> c.check("links").percentage(p -> p > 40));
        if (best.isEmpty()) {
            assertThatThrownBy(() -> PlacementAdvisor.suggest(plan, request))
                    .as("seed %d: brute force finds no placement", seed)
                    .isInstanceOfSatisfying(NoPlacementException.class,
                            e -> assertThat(e.kind()).isEqualTo(NoPlacementException.Kind.INFEASIBLE))
                    .hasMessageFindingMatch("\\w+");
            return;
        }
        Suggestion suggestion = PlacementAdvisor.suggest(plan, request);
        double tolerance = 1e-6 * best.get().objective() + 5;
        assertThat(suggestion.optimal()).isTrue();
        assertThat(suggestion.solverObjective()).as("seed %d: solver objective", seed)
                .isCloseTo(best.get().objective(), org.assertj.core.data.Offset.offset(tolerance));
        assertThat(suggestion.after().objective()).as("seed %d: objective of the applied plan", seed)
                .isCloseTo(best.get().objective(), org.assertj.core.data.Offset.offset(tolerance));
        assertThat(suggestion.placement().locations()).as("seed %d: locations holding", seed)
                .hasSize(best.get().locations());
    }

    @Property(tries = 15, seed = "20261208")
    void theFewestAddressesAreTheFewestThatWork(@ForAll @LongRange(min = 1, max = 1_000_000_000) long seed,
                                                @ForAll @IntRange(min = 3, max = 6) int locations) {
        Topology plan = RandomPlacements.plan(seed, locations, 1);
        Assume.that(!plan.demand().isEmpty());
        BruteForcePlacement brute = new BruteForcePlacement(plan, RandomPlacements.POOL);
        PlacementRequest request = PlacementRequest.of(RandomPlacements.POOL).withCount(AddressCount.FEWEST);
        for (int n = 1; n <= 3; n++) {
            Optional<BruteForcePlacement.Best> best = brute.best(n);
            if (best.isPresent()) {
                Suggestion suggestion = PlacementAdvisor.suggest(plan, request);
                assertThat(suggestion.addressCount()).as("seed %d: fewest addresses", seed).isEqualTo(n);
                assertThat(suggestion.after().objective()).as("seed %d: objective with %d", seed, n)
                        .isCloseTo(best.get().objective(),
                                org.assertj.core.data.Offset.offset(1e-6 * best.get().objective() + 5));
                return;
            }
        }
        // Not even three addresses fit: the advisor needs more, and must say how many it settled on.
        Suggestion suggestion = PlacementAdvisor.suggest(plan, request);
        assertThat(suggestion.addressCount()).isGreaterThan(3);
    }
}
