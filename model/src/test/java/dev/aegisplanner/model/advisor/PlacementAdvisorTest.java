package dev.aegisplanner.model.advisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.aegisplanner.model.capacity.CapacityAnalysis;
import dev.aegisplanner.model.topology.Demand;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Pool;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.Zone;
import dev.aegisplanner.model.validation.Problem;
import dev.aegisplanner.model.validation.Validator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class PlacementAdvisorTest {

    private final Topology ocean = OceanPlans.acrossTheOcean();
    private final PlacementRequest request = PlacementRequest.of(OceanPlans.POOL);

    @Test
    void bringsEuropeanDemandHomeFromAcrossTheOcean() {
        Suggestion suggestion = PlacementAdvisor.suggest(ocean, request);

        assertThat(suggestion.before().forwardedShare()).isCloseTo(49_000 / 52_000.0, within(1e-9));
        assertThat(suggestion.after().forwardedShare()).isLessThan(suggestion.before().forwardedShare());
        assertThat(suggestion.after().objective()).isLessThan(suggestion.before().objective() / 3);
        assertThat(suggestion.placement().locations()).contains("FRA").doesNotContain("IAD", "NYC");
        assertThat(suggestion.optimal()).isTrue();
        assertThat(suggestion.gap()).isZero();
        assertThat(suggestion.moves()).allMatch(m -> m.before().equals(List.of("IAD")));
    }

    @Test
    void theProposedPlanIsValidHoldsAndMeasuresWhatTheSolverSaid() {
        Suggestion suggestion = PlacementAdvisor.suggest(ocean, request);

        assertThat(Validator.validate(suggestion.topology())).noneMatch(Problem::isError);
        assertThat(CapacityAnalysis.of(suggestion.topology()).report().holds()).isTrue();
        assertThat(suggestion.after().objective()).isCloseTo(suggestion.solverObjective(), within(1.0));
        assertThat(suggestion.after().worstUtilization()).isLessThan(1);
        for (AddressPlacement address : suggestion.placement().addresses()) {
            assertThat(address.locations()).hasSizeBetween(1, 4);
            assertThat(address.shares().values().stream().mapToDouble(d -> d).sum()).isCloseTo(1, within(1e-9));
        }
    }

    @Test
    void theFrankfurtDataCenterWithTheSmallestIdHoldsWithAllItsServers() {
        Suggestion suggestion = PlacementAdvisor.suggest(ocean, request);

        List<Holding> frankfurt = suggestion.placement().addresses().stream().flatMap(a -> a.holdings().stream())
                .filter(h -> h.location().equals("FRA")).toList();
        assertThat(frankfurt).isNotEmpty().allSatisfy(h -> {
            assertThat(h.dataCenter()).isEqualTo("FRA-1");
            assertThat(h.servers()).containsExactly("fra1-s1", "fra1-s2");
        });
    }

    @Test
    void aPinnedAddressStaysWhereThePlannerPinnedIt() {
        Suggestion suggestion = PlacementAdvisor.suggest(ocean,
                request.withPins(List.of(new Pin("192.0.2.11", "NYC"))));

        AddressPlacement pinned = suggestion.placement().addresses().stream()
                .filter(a -> a.address().equals("192.0.2.11")).findFirst().orElseThrow();
        assertThat(pinned.locations()).contains("NYC");
    }

    @Test
    void keptLocationsHoldAndExcludedOnesDoNot() {
        Suggestion suggestion = PlacementAdvisor.suggest(ocean,
                request.withKeep(Set.of("IAD")).withExclude(Set.of("FRA")));

        assertThat(suggestion.placement().locations()).contains("IAD").doesNotContain("FRA");
    }

    @Test
    void moreAddressesAreNumberedAfterThePoolsLast() {
        Suggestion suggestion = PlacementAdvisor.suggest(ocean, request.withCount(AddressCount.exactly(4)));

        assertThat(suggestion.placement().addresses()).extracting(AddressPlacement::address)
                .containsExactly("192.0.2.10", "192.0.2.11", "192.0.2.12", "192.0.2.13");
        Pool pool = suggestion.topology().pool(OceanPlans.POOL).orElseThrow();
        assertThat(pool.addresses()).containsExactly("192.0.2.10", "192.0.2.11", "192.0.2.12", "192.0.2.13");
        assertThat(suggestion.moves()).filteredOn(m -> m.address().equals("192.0.2.13"))
                .singleElement().satisfies(m -> assertThat(m.before()).isEmpty());
    }

    @Test
    void fewerAddressesThanThePoolHasTakeTheRestOutOfIt() {
        Suggestion suggestion = PlacementAdvisor.suggest(ocean, request.withCount(AddressCount.exactly(2))
                .withCount(AddressCount.FEWEST));

        assertThat(suggestion.addressCount()).isEqualTo(2);
        Suggestion one = PlacementAdvisor.suggest(ocean.withDemand(List.of(
                Demand.inLocation("shop.example.com", "shop-origin", "FRA", 1_000))), request.withCount(AddressCount.exactly(1)));
        assertThat(one.topology().pool(OceanPlans.POOL).orElseThrow().addresses()).containsExactly("192.0.2.10");
        assertThat(one.topology().servers()).noneMatch(s -> s.egressIps().contains("192.0.2.11"));
        assertThat(one.moves()).filteredOn(m -> m.address().equals("192.0.2.11")).singleElement()
                .satisfies(m -> assertThat(m.after()).isEmpty());
    }

    @Test
    void twinLocationsOfTheSameLatencyAreOneLocationNotTwo() {
        // FRA and its twin share coordinates and the origin's: holding in both, in either, or in FRA alone with the
        // twin's demand forwarded zero kilometres costs exactly the same, and the tie goes to fewer locations.
        List<Location> locations = new ArrayList<>(ocean.locations());
        locations.add(OceanPlans.location("FRA-TWIN", "EU", 50.11, 8.68));
        Topology twins = ocean.withLocations(locations).withDemand(List.of(
                Demand.inLocation("shop.example.com", "shop-origin", "FRA", 10_000),
                Demand.inLocation("shop.example.com", "shop-origin", "FRA-TWIN", 10_000)));

        Suggestion suggestion = PlacementAdvisor.suggest(twins, request.withCount(AddressCount.exactly(1)));

        assertThat(suggestion.optimal()).isTrue();
        assertThat(suggestion.after().objective()).isZero();
        assertThat(suggestion.placement().locations()).hasSize(1);
    }

    @Test
    void demandAboveWhatTheAddressesCarrySaysSoPlainly() {
        Topology heavy = ocean.withDemand(List.of(
                Demand.inLocation("shop.example.com", "shop-origin", "FRA", 123_000)));

        assertThatThrownBy(() -> PlacementAdvisor.suggest(heavy, request))
                .isInstanceOf(NoPlacementException.class)
                .hasMessage("demand to origin shop-origin (203.0.113.10:443, 123,000 connections) exceeds 2 x 40,000");
    }

    @Test
    void regionsThatLeaveNoLocationAreNamed() {
        Topology apacOnly = ocean.withZones(List.of(new Zone("shop.example.com", OceanPlans.POOL, List.of("APAC"))));

        assertThatThrownBy(() -> PlacementAdvisor.suggest(apacOnly, request))
                .isInstanceOf(NoPlacementException.class)
                .hasMessageContaining("regions of zones shop.example.com (APAC)");
    }

    @Test
    void moreKeptLocationsThanTheAddressesCanReachAreRefused() {
        Topology small = ocean.withDemand(List.of(Demand.inLocation("shop.example.com", "shop-origin", "FRA", 1_000)));
        PlacementRequest one = request.withCount(AddressCount.exactly(1))
                .withKeep(Set.of("AMS", "FRA", "IAD", "LHR", "NYC"));

        assertThatThrownBy(() -> PlacementAdvisor.suggest(small, one))
                .isInstanceOf(NoPlacementException.class)
                .hasMessageStartingWith("more than 4 x 1 locations must hold an address");
    }

    @Test
    void aRequestNamingWhatIsNotThereIsTheRequestsFault() {
        assertThatThrownBy(() -> PlacementAdvisor.suggest(ocean, PlacementRequest.of("nope")))
                .isInstanceOfSatisfying(NoPlacementException.class, e -> assertThat(e.isRequestError()).isTrue())
                .hasMessage("pool nope does not exist");
        assertThatThrownBy(() -> PlacementAdvisor.suggest(ocean, request.withPins(List.of(new Pin("192.0.2.99", "FRA")))))
                .isInstanceOfSatisfying(NoPlacementException.class, e -> assertThat(e.isRequestError()).isTrue())
                .hasMessageContaining("192.0.2.99 is not one of the addresses placed");
        assertThatThrownBy(() -> PlacementAdvisor.suggest(ocean, request.withKeep(Set.of("XYZ"))))
                .hasMessage("keep XYZ: no location XYZ");
    }

    @Test
    void withNMinusOneThePlanSurvivesEverySingleFailure() {
        Suggestion suggestion = PlacementAdvisor.suggest(ocean, request.withNMinusOne(true)
                .withCount(AddressCount.exactly(3)));

        List<Demand> demand = ocean.demand();
        assertThat(CapacityAnalysis.of(suggestion.topology(), demand).drills().run().holds()).isTrue();
        assertThat(suggestion.worstUnderFailureAfter()).isLessThanOrEqualTo(1);
    }

    @Test
    void aFailureNoPlacementSurvivesIsNamed() {
        Topology lonely = ocean.withDemand(List.of(
                Demand.inLocation("shop.example.com", "shop-origin", "FRA", 30_000),
                Demand.inLocation("shop.example.com", "shop-origin", "AMS", 30_000)));

        assertThatThrownBy(() -> PlacementAdvisor.suggest(lonely, request.withNMinusOne(true)
                .withExclude(Set.of("IAD", "NYC", "LHR"))))
                .isInstanceOf(NoPlacementException.class)
                .hasMessageStartingWith("no placement of 2 addresses survives every single failure");
    }

    @Test
    void aCancelledSearchStops() {
        AdvisorProgress cancelled = new AdvisorProgress() {
            @Override
            public boolean cancelled() {
                return true;
            }
        };

        assertThatThrownBy(() -> PlacementAdvisor.suggest(ocean, request.withTimeLimit(Duration.ofSeconds(5)), cancelled))
                .isInstanceOf(CancellationException.class);
    }
}
