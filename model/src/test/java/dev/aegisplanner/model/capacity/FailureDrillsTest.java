package dev.aegisplanner.model.capacity;

import static dev.aegisplanner.model.capacity.Plans.SHOP;
import static dev.aegisplanner.model.capacity.Plans.WEB;
import static dev.aegisplanner.model.capacity.Plans.plan;
import static dev.aegisplanner.model.capacity.Rows.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegisplanner.model.topology.ElementRef;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

/** Section 7, "Failure drills (N-1)": each single data center down, then each single location down. */
class FailureDrillsTest {

    /**
     * Frankfurt's two data centers share 192.0.2.1 half and half (20,000 each) and carry 15,000 each; with one
     * of them down, the other takes 30,000 and Amsterdam's 2,000: 160 %. Amsterdam holds nothing and forwards
     * to Frankfurt 1 (the first data center by id); with
     * Frankfurt down, nothing can egress.
     */
    private static CapacityAnalysis frankfurtPair() {
        return CapacityAnalysis.of(plan()
                .location("FRA", 50.11, 8.68)
                    .dataCenter("FRA-1").server("fra1-s1", "192.0.2.1")
                    .dataCenter("FRA-2").server("fra2-s1", "192.0.2.1")
                .location("AMS", 52.37, 4.90).dataCenter("AMS-1").servers(2)
                .link("FRA", "AMS", 7)
                .pool("acme", "192.0.2.1").zone(SHOP, "acme").origin(WEB, "203.0.113.10")
                .demandAt("FRA", SHOP, WEB, 30_000).demandAt("AMS", SHOP, WEB, 2_000)
                .build());
    }

    @Test
    void everyUpDataCenterThenEveryUpLocationIsDrilled() {
        assertThat(frankfurtPair().drills().failures()).containsExactly(ElementRef.dataCenter("FRA-1"),
                ElementRef.dataCenter("FRA-2"), ElementRef.dataCenter("AMS-1"), ElementRef.location("FRA"),
                ElementRef.location("AMS"));
    }

    @Test
    void eachRowGetsItsWorstUtilizationAndTheFailureBehindIt() {
        CapacityAnalysis analysis = frankfurtPair();
        assertThat(row(analysis.report(), "FRA-2", "192.0.2.1").utilization()).isEqualTo(0.75);

        DrillReport drills = analysis.drills().run();

        DrillRow fra2 = drills.rows().stream().filter(r -> r.plan().dataCenter().equals("FRA-2")).findFirst()
                .orElseThrow();
        assertThat(fra2.worstUtilization()).isEqualTo(1.6);
        assertThat(fra2.worstConnections()).isEqualTo(32_000);
        assertThat(fra2.worstFailure()).isEqualTo(ElementRef.dataCenter("FRA-1"));
        assertThat(fra2.worstStatus()).isEqualTo(RowStatus.OVER);
    }

    @Test
    void theFailuresThatLeaveDemandUnservedSayHowMuch_worstFirst() {
        DrillReport drills = frankfurtPair().drills().run();

        assertThat(drills.holds()).isFalse();
        DrillOutcome first = drills.failures().get(0);
        assertThat(first.failure()).isEqualTo(ElementRef.location("FRA"));
        assertThat(first.unservedConnections()).isEqualTo(32_000);
        assertThat(drills.failures()).extracting(DrillOutcome::failure)
                .contains(ElementRef.dataCenter("FRA-1"), ElementRef.dataCenter("FRA-2"));
    }

    @Test
    void aDrillAgreesWithTheWhatIfOfTheSameFailure() {
        CapacityAnalysis analysis = frankfurtPair();

        CapacityReport whatIf = analysis.reportWithDown(ElementRef.dataCenter("FRA-1"));

        assertThat(row(whatIf, "FRA-2", "192.0.2.1").utilization()).isEqualTo(1.6);
        assertThat(row(whatIf, "FRA-1", "192.0.2.1").capacity()).isZero();
        assertThat(analysis.reportWithDown(ElementRef.location("FRA")).unservedConnections()).isEqualTo(32_000);
    }

    @Test
    void aLocationDownOnTheBackbonePathOfAForwardSendsItToTheNextClosestLocation() {
        // SIN reaches FRA through BOM (20 + 20 ms) and AMS directly (60 ms); with BOM down, AMS is closer.
        // (FRA has two data centers, so only BOM or all of FRA down sends SIN's demand to AMS; BOM comes first.)
        CapacityAnalysis analysis = CapacityAnalysis.of(plan()
                .location("SIN", 1.35, 103.82).dataCenter("SIN-1").servers(1)
                .location("BOM", 19.09, 72.87).dataCenter("BOM-1").servers(1)
                .location("FRA", 50.11, 8.68)
                    .dataCenter("FRA-1").server("fra1-s1", "192.0.2.1")
                    .dataCenter("FRA-2").server("fra2-s1", "192.0.2.1")
                .location("AMS", 52.37, 4.90).dataCenter("AMS-1").server("ams1-s1", "192.0.2.1")
                .link("SIN", "BOM", 20).link("BOM", "FRA", 20).link("SIN", "AMS", 60)
                .pool("acme", "192.0.2.1").zone(SHOP, "acme").origin(WEB, "203.0.113.10")
                .demandAt("SIN", SHOP, WEB, 30_000)
                .build());
        assertThat(row(analysis.report(), "AMS-1", "192.0.2.1").connections()).isZero();

        DrillRow ams = analysis.drills().run().rows().stream()
                .filter(r -> r.plan().dataCenter().equals("AMS-1")).findFirst().orElseThrow();

        assertThat(ams.worstConnections()).isEqualTo(30_000);
        assertThat(ams.worstFailure()).isEqualTo(ElementRef.location("BOM"));
    }

    @Test
    void progressCountsEveryDrill() {
        List<Integer> seen = new ArrayList<>();

        frankfurtPair().drills().run((done, total) -> {
            synchronized (seen) {
                seen.add(done);
            }
            assertThat(total).isEqualTo(5);
        }, 1);

        assertThat(seen).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void aCancelledRunStops() {
        DrillProgress cancelled = new DrillProgress() {
            @Override
            public void update(int done, int total) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };

        assertThatThrownBy(() -> frankfurtPair().drills().run(cancelled, 2)).isInstanceOf(CancellationException.class);
    }
}
