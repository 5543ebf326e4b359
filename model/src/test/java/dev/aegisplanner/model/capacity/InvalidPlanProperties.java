package dev.aegisplanner.model.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.topology.Demand;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.Zone;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The editor analyses the plan as it is being edited, errors and all: an invalid plan still gets an analysis
 * (the entries validation rejects are left out) and its drills, never an exception.
 */
class InvalidPlanProperties {

    @Provide
    Arbitrary<Topology> plans() {
        return RandomPlans.plans();
    }

    @Property(tries = 150)
    void anInvalidPlanIsAnalysedAndDrilledWithoutAnException(@ForAll("plans") Topology plan) {
        Topology broken = broken(plan);

        CapacityAnalysis analysis = CapacityAnalysis.of(broken);
        DrillReport drills = analysis.drills().run(DrillProgress.NONE, 2);

        assertThat(drills.rows()).hasSameSizeAs(analysis.report().rows());
        // Only the ghost zone's entry counts of what was added; a pool that does not exist offers no egress.
        assertThat(analysis.report().totalConnections())
                .isEqualTo(CapacityAnalysis.of(plan).report().totalConnections() + 7);
        assertThat(analysis.report().unserved()).anySatisfy(u -> assertThat(u.zone()).isEqualTo("ghost"));
    }

    /** The plan with a repeated location id, a zone whose pool does not exist, and demand validation rejects. */
    private static Topology broken(Topology plan) {
        List<Location> locations = new ArrayList<>(plan.locations());
        locations.add(plan.locations().get(0).withDataCenters(List.of()));
        List<Zone> zones = new ArrayList<>(plan.zones());
        zones.add(new Zone("ghost", "no-such-pool", List.of()));
        List<Demand> demand = new ArrayList<>(plan.demand());
        String somewhere = plan.locations().get(0).id();
        demand.add(Demand.inLocation("ghost", "web", somewhere, 7));
        demand.add(Demand.inLocation("nobody", "web", somewhere, 5));
        demand.add(Demand.inLocation("shop", "nobody", somewhere, 5));
        demand.add(Demand.inLocation("shop", "web", "NOWHERE", 5));
        demand.add(new Demand("shop", "web", somewhere, "XX-1", 5, null));
        demand.add(new Demand("shop", "web", null, null, 5, null));
        demand.add(Demand.inLocation("shop", "web", somewhere, Double.NaN));
        demand.add(Demand.inLocation("shop", "web", somewhere, -5));
        demand.add(new Demand("shop", "api", somewhere, null, 5, Family.IPV6));
        return plan.withLocations(locations).withZones(zones).withDemand(demand);
    }
}
