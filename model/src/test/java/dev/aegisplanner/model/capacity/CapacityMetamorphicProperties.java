package dev.aegisplanner.model.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.aegisplanner.model.analysis.AddressAllocation;
import dev.aegisplanner.model.analysis.AddressAllocations;
import dev.aegisplanner.model.edit.Failures;
import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.Demand;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Topology;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Relations between analyses of related plans, which hold whatever the plan. */
class CapacityMetamorphicProperties {

    @Provide
    Arbitrary<Topology> plans() {
        return RandomPlans.plans();
    }

    @Property(tries = 200)
    void doublingAllDemandDoublesEveryLoad(@ForAll("plans") Topology plan) {
        List<Demand> doubled = plan.demand().stream().map(d -> d.withConnections(2 * d.connections())).toList();

        CapacityReport once = CapacityAnalysis.of(plan).report();
        CapacityReport twice = CapacityAnalysis.of(plan, doubled).report();

        assertThat(twice.rows()).hasSameSizeAs(once.rows());
        for (int i = 0; i < once.rows().size(); i++) {
            CapacityRow before = once.rows().get(i);
            CapacityRow after = twice.rows().get(i);
            assertThat(after.key()).isEqualTo(before.key());
            assertThat(after.connections()).isCloseTo(2 * before.connections(), within(1e-6));
            if (Double.isFinite(before.utilization())) {
                assertThat(after.utilization()).isCloseTo(2 * before.utilization(), within(1e-9));
            }
        }
        assertThat(twice.unservedConnections()).isCloseTo(2 * once.unservedConnections(), within(1e-6));
        assertThat(twice.forwardedConnections()).isCloseTo(2 * once.forwardedConnections(), within(1e-6));
    }

    /**
     * Shares are first written out as they are (every holder's effective share made explicit: nothing may
     * change), then one data center's share of one address grows: no row's utilization may rise. (Growing a
     * share while others are left implicit would shrink theirs, which is taking capacity, not adding it.)
     */
    @Property(tries = 200)
    void addingCapacityShareNeverRaisesAUtilization(@ForAll("plans") Topology plan, @ForAll @IntRange(max = 50) int pick,
                                                    @ForAll @IntRange(min = 1, max = 10) int tenths) {
        Topology explicit = withShares(plan, null, null, 0);
        List<AddressAllocation> allocations = AddressAllocations.of(plan);
        List<String[]> holders = new ArrayList<>();
        allocations.forEach(a -> a.dataCenters().forEach(dc -> holders.add(new String[] {dc, a.address()})));
        CapacityReport before = CapacityAnalysis.of(plan).report();
        CapacityReport same = CapacityAnalysis.of(explicit).report();
        assertSameUtilizations(same, before);
        if (holders.isEmpty()) {
            return;
        }
        String[] grown = holders.get(pick % holders.size());

        CapacityReport after = CapacityAnalysis.of(withShares(plan, grown[0], grown[1], tenths / 10.0)).report();

        for (int i = 0; i < before.rows().size(); i++) {
            assertThat(after.rows().get(i).utilization()).as("%s after growing %s %s", before.rows().get(i),
                    grown[0], grown[1]).isLessThanOrEqualTo(before.rows().get(i).utilization() + 1e-9);
        }
    }

    /**
     * N-1's worst for a row is at least what the row reaches with any single element down, worked out as a
     * plan of its own: taking that element down in the plan never lowers it below the drills' worst.
     */
    @Property(tries = 100)
    void takingAnElementDownNeverGoesBeyondTheWorstOfN1(@ForAll("plans") Topology plan) {
        CapacityAnalysis analysis = CapacityAnalysis.of(plan);
        DrillReport drills = analysis.drills().run(DrillProgress.NONE, 2);

        for (ElementRef element : analysis.drills().failures()) {
            CapacityReport down = CapacityAnalysis.of(Failures.takeDown(plan, Set.of(element.id()))).report();
            for (int i = 0; i < down.rows().size(); i++) {
                assertThat(drills.rows().get(i).worstUtilization()).as("%s with %s down", down.rows().get(i), element)
                        .isGreaterThanOrEqualTo(down.rows().get(i).utilization() - 1e-9);
            }
        }
    }

    private static void assertSameUtilizations(CapacityReport actual, CapacityReport expected) {
        for (int i = 0; i < expected.rows().size(); i++) {
            double want = expected.rows().get(i).utilization();
            double got = actual.rows().get(i).utilization();
            if (Double.isInfinite(want)) {
                assertThat(got).isInfinite();
            } else {
                assertThat(got).isCloseTo(want, within(1e-9));
            }
        }
    }

    /** Every holder's effective share made explicit; {@code dataCenter}'s share of {@code address} grown by {@code extra}. */
    private static Topology withShares(Topology plan, String dataCenter, String address, double extra) {
        Map<String, Map<String, Double>> shares = new HashMap<>();
        for (AddressAllocation allocation : AddressAllocations.of(plan)) {
            allocation.shares().forEach((dc, share) -> shares.computeIfAbsent(dc, k -> new LinkedHashMap<>())
                    .put(allocation.address(), share + (dc.equals(dataCenter) && allocation.address().equals(address)
                            ? extra : 0)));
        }
        List<Location> locations = new ArrayList<>();
        for (Location location : plan.locations()) {
            List<DataCenter> dataCenters = new ArrayList<>();
            for (DataCenter dc : location.dataCenters()) {
                dataCenters.add(dc.withIpCapacity(shares.getOrDefault(dc.id(), Map.of())));
            }
            locations.add(location.withDataCenters(dataCenters));
        }
        return plan.withLocations(locations);
    }
}
