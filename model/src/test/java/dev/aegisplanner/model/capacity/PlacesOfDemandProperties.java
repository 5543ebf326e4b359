package dev.aegisplanner.model.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.aegisplanner.model.topology.Topology;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The demand told per place adds up to the demand told per zone and origin, whatever the plan. */
class PlacesOfDemandProperties {

    @Provide
    Arbitrary<Topology> plans() {
        return RandomPlans.plans();
    }

    @Property(tries = 200)
    void strandedDemandAddsUpToTheUnservedDemand(@ForAll("plans") Topology plan) {
        CapacityReport report = CapacityAnalysis.of(plan).report();

        double stranded = report.stranded().stream().mapToDouble(StrandedDemand::connections).sum();
        assertThat(stranded).isCloseTo(report.unservedConnections(), within(1e-6));
        assertThat(report.stranded()).allSatisfy(s -> assertThat(s.dataCenter() == null)
                .isEqualTo(s.reason() == Unserved.Reason.NO_LANDING));
    }

    @Property(tries = 200)
    void everyConnectionLandsInADataCenterOrIsStrandedWithNowhereToLand(@ForAll("plans") Topology plan) {
        CapacityReport report = CapacityAnalysis.of(plan).report();

        double landed = report.landed().stream().mapToDouble(LandedDemand::connections).sum();
        double nowhere = report.stranded().stream().filter(s -> s.reason() == Unserved.Reason.NO_LANDING)
                .mapToDouble(StrandedDemand::connections).sum();
        assertThat(landed + nowhere).isCloseTo(report.totalConnections(), within(1e-6));
    }
}
