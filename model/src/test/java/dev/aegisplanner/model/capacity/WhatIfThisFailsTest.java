package dev.aegisplanner.model.capacity;

import static dev.aegisplanner.model.capacity.Plans.SHOP;
import static dev.aegisplanner.model.capacity.Plans.WEB;
import static dev.aegisplanner.model.capacity.Plans.plan;
import static dev.aegisplanner.model.capacity.Rows.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegisplanner.model.edit.PropertyEdits;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Status;
import dev.aegisplanner.model.topology.Topology;
import org.junit.jupiter.api.Test;

/**
 * "What if this fails?" for one location, data center or server, set against the plan: the rows it makes worse
 * and the demand it leaves unserved.
 */
class WhatIfThisFailsTest {

    /**
     * Frankfurt's two data centers share 192.0.2.1 half and half (20,000 each) and carry 15,000 each; Frankfurt 1
     * has a second server without an address. Amsterdam holds nothing and forwards 2,000 to Frankfurt 1.
     */
    private static Topology frankfurtPair() {
        return plan()
                .location("FRA", 50.11, 8.68)
                    .dataCenter("FRA-1").server("fra1-s1", "192.0.2.1").server("fra1-s2")
                    .dataCenter("FRA-2").server("fra2-s1", "192.0.2.1")
                .location("AMS", 52.37, 4.90).dataCenter("AMS-1").servers(2)
                .link("FRA", "AMS", 7)
                .pool("acme", "192.0.2.1").zone(SHOP, "acme").origin(WEB, "203.0.113.10")
                .demandAt("FRA", SHOP, WEB, 30_000).demandAt("AMS", SHOP, WEB, 2_000)
                .build();
    }

    @Test
    void aServerDownIsThePlanAnalysedWithThatServerDown_sharesStayAsPlanned() {
        Topology plan = frankfurtPair();

        CapacityReport failed = CapacityAnalysis.of(plan).reportWithDown(ElementRef.server("fra1-s1"));

        CapacityReport analysedDown = CapacityAnalysis.of(
                PropertyEdits.setStatus(plan, ElementRef.server("fra1-s1"), Status.DOWN)).report();
        assertThat(failed).isEqualTo(analysedDown);
        assertThat(row(failed, "FRA-1", "192.0.2.1").capacity()).isZero();
        assertThat(row(failed, "FRA-2", "192.0.2.1").capacity()).isEqualTo(20_000);
        // Frankfurt 1 still takes its half (fra1-s2 is up) and forwards it to Frankfurt 2, which takes Amsterdam's too.
        assertThat(row(failed, "FRA-2", "192.0.2.1").connections()).isEqualTo(32_000);
    }

    @Test
    void theImpactListsTheRowsThatGetWorse_mostUtilizedFirst_andNotTheFailedDataCentersOwn() {
        FailureImpact impact = CapacityAnalysis.of(frankfurtPair()).impactOf(ElementRef.dataCenter("FRA-1"));

        assertThat(impact.worse()).singleElement().satisfies(change -> {
            assertThat(change.before().dataCenter()).isEqualTo("FRA-2");
            assertThat(change.before().utilization()).isEqualTo(0.75);
            assertThat(change.after().utilization()).isEqualTo(1.6);
        });
        assertThat(impact.rowsPushedOver()).isEqualTo(1);
        assertThat(impact.newlyUnserved()).isEmpty();
        assertThat(impact.hurts()).isTrue();
    }

    @Test
    void theImpactSaysHowMuchMoreDemandIsUnserved() {
        FailureImpact impact = CapacityAnalysis.of(frankfurtPair()).impactOf(ElementRef.location("FRA"));

        assertThat(impact.newlyUnserved()).containsExactly(
                new Unserved(SHOP, WEB, Family.IPV4, 32_000, Unserved.Reason.NO_EGRESS));
        assertThat(impact.failed().stranded()).extracting(StrandedDemand::location).containsOnly("AMS");
        assertThat(impact.hurts()).isTrue();
    }

    @Test
    void aFailureThatChangesNoLoadHasNoImpact() {
        FailureImpact impact = CapacityAnalysis.of(frankfurtPair()).impactOf(ElementRef.server("ams-1-x1"));

        assertThat(impact.worse()).isEmpty();
        assertThat(impact.newlyUnservedConnections()).isZero();
        assertThat(impact.hurts()).isFalse();
    }

    @Test
    void anElementTheTopologyDoesNotHaveIsRefused() {
        CapacityAnalysis analysis = CapacityAnalysis.of(frankfurtPair());

        assertThatThrownBy(() -> analysis.reportWithDown(ElementRef.server("nope"))).isInstanceOf(
                IllegalArgumentException.class).hasMessageContaining("nope");
    }
}
