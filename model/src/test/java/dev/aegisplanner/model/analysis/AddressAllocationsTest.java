package dev.aegisplanner.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Pool;
import dev.aegisplanner.model.topology.PoolSource;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Status;
import dev.aegisplanner.model.topology.Topology;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AddressAllocationsTest {

    private static DataCenter dataCenter(String id, Map<String, Double> ipCapacity, Server... servers) {
        return new DataCenter(id, null, Status.UP, ipCapacity, List.of(servers));
    }

    private static Topology topology(List<Location> locations, Pool... pools) {
        return Topology.empty("t").withLocations(locations).withPools(List.of(pools));
    }

    @Test
    void anAddressHeldByOneServerGetsItsPoolLocationDataCenterAndTheWholeCapacity() {
        Topology t = topology(List.of(Location.of("FRA", "EU", 50, 8,
                        DataCenter.of("FRA-1", Server.of("fra1-s1", "192.0.2.10")))),
                Pool.of("acme", PoolSource.LEASED, "192.0.2.10"));

        assertThat(AddressAllocations.of(t)).containsExactly(new AddressAllocation("192.0.2.10", "acme",
                List.of("FRA"), List.of("FRA-1"), Map.of("FRA-1", 1.0), List.of("fra1-s1")));
    }

    @Test
    void explicitSharesThatAddUpToOneLeaveNothing_notTheirRoundingError() {
        // 0.2 + 0.7 + 0.1 adds up to 0.9999999999999999 in floating point.
        Topology t = topology(List.of(Location.of("FRA", "EU", 50, 8,
                dataCenter("FRA-1", Map.of("192.0.2.10", 0.2), Server.of("fra1-s1", "192.0.2.10")),
                dataCenter("FRA-2", Map.of("192.0.2.10", 0.7), Server.of("fra2-s1", "192.0.2.10")),
                dataCenter("FRA-3", Map.of("192.0.2.10", 0.1), Server.of("fra3-s1", "192.0.2.10")),
                DataCenter.of("FRA-4", Server.of("fra4-s1", "192.0.2.10")))));

        assertThat(AddressAllocations.of(t).get(0).shares()).containsEntry("FRA-4", 0.0);
    }

    @Test
    void dataCentersWithoutAnExplicitShareSplitTheRemainderEvenly() {
        Topology t = topology(List.of(
                Location.of("FRA", "EU", 50, 8,
                        dataCenter("FRA-1", Map.of("192.0.2.10", 0.5), Server.of("fra1-s1", "192.0.2.10")),
                        DataCenter.of("FRA-2", Server.of("fra2-s1", "192.0.2.10"))),
                Location.of("AMS", "EU", 52, 4, DataCenter.of("AMS-1", Server.of("ams1-s1", "192.0.2.10")))));

        AddressAllocation allocation = AddressAllocations.of(t).get(0);

        assertThat(allocation.locations()).containsExactly("AMS", "FRA");
        assertThat(allocation.dataCenters()).containsExactly("AMS-1", "FRA-1", "FRA-2");
        assertThat(allocation.shares()).containsExactly(
                Map.entry("AMS-1", 0.25), Map.entry("FRA-1", 0.5), Map.entry("FRA-2", 0.25));
        assertThat(allocation.servers()).containsExactly("ams1-s1", "fra1-s1", "fra2-s1");
        assertThat(allocation.pool()).isNull();
    }

    @Test
    void whenExplicitSharesUseUpTheCapacityTheOthersGetNothingNotANegativeShare() {
        Topology t = topology(List.of(Location.of("FRA", "EU", 50, 8,
                dataCenter("FRA-1", Map.of("192.0.2.10", 0.75), Server.of("a", "192.0.2.10")),
                dataCenter("FRA-2", Map.of("192.0.2.10", 0.5), Server.of("b", "192.0.2.10")),
                DataCenter.of("FRA-3", Server.of("c", "192.0.2.10")))));

        AddressAllocation allocation = AddressAllocations.of(t).get(0);

        assertThat(allocation.shares()).containsEntry("FRA-3", 0.0);
        assertThat(allocation.totalShare()).isCloseTo(1.25, within(1e-12));
    }

    @Test
    void aDataCenterHoldsAnAddressItsIpCapacityNamesEvenWithoutAServerListingIt() {
        Topology t = topology(List.of(Location.of("FRA", "EU", 50, 8,
                dataCenter("FRA-1", Map.of("192.0.2.20", 0.4)))));

        assertThat(AddressAllocations.of(t)).containsExactly(new AddressAllocation("192.0.2.20", null,
                List.of("FRA"), List.of("FRA-1"), Map.of("FRA-1", 0.4), List.of()));
    }

    @Test
    void poolAddressesNoServerHoldsAreListedWithNoHolders() {
        Topology t = topology(List.of(), Pool.of("acme", PoolSource.BYOIP, "192.0.2.11", "2001:db8::/48"));

        assertThat(AddressAllocations.of(t)).containsExactly(new AddressAllocation("192.0.2.11", "acme",
                List.of(), List.of(), Map.of(), List.of()));
    }

    @Test
    void statusDoesNotMatterBecauseCapacityIsPlannedEitherWay() {
        Server down = new Server("s1", null, Status.DOWN, List.of("192.0.2.10"));
        Location downLocation = Location.of("FRA", "EU", 50, 8, DataCenter.of("FRA-1", down))
                .withStatus(Status.DOWN);

        assertThat(AddressAllocations.of(topology(List.of(downLocation))).get(0).servers()).containsExactly("s1");
    }

    @Test
    void addressesAreSortedNumericallyNotAsText() {
        Topology t = topology(List.of(), Pool.of("p", PoolSource.LEASED, "192.0.2.100", "192.0.2.9", "10.0.0.1"));

        assertThat(AddressAllocations.of(t)).extracting(AddressAllocation::address)
                .containsExactly("10.0.0.1", "192.0.2.9", "192.0.2.100");
    }

    @Test
    void textThatIsNoIpv4AddressIsLeftToTheValidator() {
        Topology t = topology(List.of(Location.of("FRA", "EU", 50, 8,
                DataCenter.of("FRA-1", Server.of("s1", "2001:db8::1", "not an ip", "192.0.2.010")))));

        assertThat(AddressAllocations.of(t)).isEmpty();
    }

    @Test
    void theFirstPoolInTheFileOwnsAnAddressThatIsInvalidlyInTwo() {
        Topology t = topology(List.of(),
                Pool.of("first", PoolSource.LEASED, "192.0.2.10"),
                Pool.of("second", PoolSource.LEASED, "192.0.2.10"));

        assertThat(AddressAllocations.of(t).get(0).pool()).isEqualTo("first");
    }

    @Test
    void aServerListingAnAddressTwiceIsCountedOnce() {
        Topology t = topology(List.of(Location.of("FRA", "EU", 50, 8,
                DataCenter.of("FRA-1", Server.of("s1", "192.0.2.10", "192.0.2.10")))));

        assertThat(AddressAllocations.of(t).get(0).servers()).containsExactly("s1");
    }
}
