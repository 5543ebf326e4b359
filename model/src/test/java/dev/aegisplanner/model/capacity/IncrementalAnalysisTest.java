package dev.aegisplanner.model.capacity;

import static dev.aegisplanner.model.capacity.Plans.SHOP;
import static dev.aegisplanner.model.capacity.Plans.WEB;
import static dev.aegisplanner.model.capacity.Plans.plan;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.edit.Failures;
import dev.aegisplanner.model.topology.Demand;
import dev.aegisplanner.model.topology.Topology;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An analysis built on the one before it (the editor's path after an edit) gives what a fresh analysis gives:
 * routes are kept when only demand or shares changed, and worked out again when routing changed.
 */
class IncrementalAnalysisTest {

    private static final Topology PLAN = plan()
            .location("SIN", 1.35, 103.82).dataCenter("SIN-1").servers(2)
            .location("FRA", 50.11, 8.68).dataCenter("FRA-1").server("fra1-s1", "192.0.2.1")
                .dataCenter("FRA-2").server("fra2-s1", "192.0.2.1")
            .link("SIN", "FRA", 80)
            .pool("acme", "192.0.2.1").zone(SHOP, "acme").origin(WEB, "203.0.113.10")
            .demandAt("SIN", SHOP, WEB, 10_000).demandAt("FRA", SHOP, WEB, 10_000)
            .build();

    @Test
    void anEditOfDemandAloneGivesWhatAFreshAnalysisGives() {
        CapacityAnalysis before = CapacityAnalysis.of(PLAN);
        List<Demand> more = List.of(Demand.inLocation(SHOP, WEB, "SIN", 30_000), Demand.inLocation(SHOP, WEB, "FRA", 5_000));

        CapacityReport kept = CapacityAnalysis.of(PLAN, more, before).report();

        assertThat(kept).isEqualTo(CapacityAnalysis.of(PLAN, more).report());
        assertThat(kept.rows()).isNotEqualTo(before.report().rows());
    }

    @Test
    void anEditThatChangesRoutingIsNotAnsweredWithTheOldRoutes() {
        CapacityAnalysis before = CapacityAnalysis.of(PLAN);
        Topology failed = Failures.takeDown(PLAN, Set.of("fra1-s1"));

        CapacityReport after = CapacityAnalysis.of(failed, failed.demand(), before).report();

        assertThat(after).isEqualTo(CapacityAnalysis.of(failed).report());
        assertThat(after.rows()).filteredOn(r -> r.dataCenter().equals("FRA-2"))
                .singleElement().satisfies(r -> assertThat(r.connections()).isEqualTo(20_000));
    }
}
