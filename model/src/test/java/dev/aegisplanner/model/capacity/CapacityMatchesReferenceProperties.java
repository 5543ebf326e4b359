package dev.aegisplanner.model.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.aegisplanner.model.edit.Failures;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Topology;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.statistics.Statistics;

/**
 * The analysis agrees with {@link ReferenceCapacity}, which follows section 7's text with the engine asked for
 * every up server one by one, on random plans; and every N-1 drill agrees with the reference run on the
 * topology with that element down (a drill is exactly that plan: shares never move).
 */
class CapacityMatchesReferenceProperties {

    @Provide
    Arbitrary<Topology> plans() {
        return RandomPlans.plans();
    }

    @Property(tries = 300)
    void everyRowAndTotalIsWhatTheTextSays(@ForAll("plans") Topology plan) {
        CapacityReport report = CapacityAnalysis.of(plan).report();

        assertAgrees(report, new ReferenceCapacity(plan).analyse());
        Statistics.label("loaded rows").collect(report.rows().stream().anyMatch(r -> r.connections() > 0));
        Statistics.label("failover").collect(!report.failovers().isEmpty());
        Statistics.label("forwarded").collect(!report.forwards().isEmpty());
        Statistics.label("unserved").collect(!report.unserved().isEmpty());
        Statistics.label("over").collect(report.rows().stream().anyMatch(r -> r.status() == RowStatus.OVER));
        // The random plans must reach every rule, or agreeing with the reference would prove little.
        Statistics.label("loaded rows").coverage(c -> c.check(true).percentage(p -> p > 25));
        Statistics.label("failover").coverage(c -> c.check(true).percentage(p -> p > 5));
        Statistics.label("forwarded").coverage(c -> c.check(true).percentage(p -> p > 5));
        Statistics.label("unserved").coverage(c -> c.check(true).percentage(p -> p > 10));
        Statistics.label("over").coverage(c -> c.check(true).percentage(p -> p > 5));
    }

    @Property(tries = 150)
    void everyDrillIsThePlanWithThatElementDown(@ForAll("plans") Topology plan) {
        CapacityAnalysis analysis = CapacityAnalysis.of(plan);
        FailureDrills drills = analysis.drills();
        DrillReport report = drills.run(DrillProgress.NONE, 2);

        ReferenceCapacity.Result planned = new ReferenceCapacity(plan).analyse();
        for (ElementRef failure : drills.failures()) {
            ReferenceCapacity.Result down = new ReferenceCapacity(Failures.takeDown(plan, Set.of(failure.id()))).analyse();
            assertAgrees(analysis.reportWithDown(failure), down);
            for (DrillRow row : report.rows()) {
                ReferenceCapacity.Row expected = down.rows().get(key(row.plan()));
                assertThat(row.worstUtilization()).as("%s under %s", row, failure)
                        .isGreaterThanOrEqualTo(expected.utilization() - 1e-9);
            }
            boolean hurts = down.unserved() > planned.unserved() + 1e-6 || down.rows().entrySet().stream()
                    .anyMatch(r -> r.getValue().utilization() > 1 + 1e-9
                            && planned.rows().get(r.getKey()).utilization() <= 1 + 1e-9);
            assertThat(report.failures().stream().anyMatch(o -> o.failure().equals(failure)))
                    .as("%s hurts", failure).isEqualTo(hurts);
            report.failures().stream().filter(o -> o.failure().equals(failure)).findFirst().ifPresent(o ->
                    assertThat(o.unservedConnections()).isCloseTo(down.unserved(), within(1e-6)));
        }
        for (DrillRow row : report.rows()) {
            if (row.worstFailure() != null) {
                Topology down = Failures.takeDown(plan, Set.of(row.worstFailure().id()));
                double utilization = new ReferenceCapacity(down).analyse().rows().get(key(row.plan())).utilization();
                assertSame(row.worstUtilization(), utilization, row.toString());
            }
        }
    }

    private static void assertAgrees(CapacityReport report, ReferenceCapacity.Result expected) {
        Map<String, ReferenceCapacity.Row> rows = expected.rows();
        assertThat(report.rows()).hasSize(rows.size());
        for (CapacityRow row : report.rows()) {
            ReferenceCapacity.Row reference = rows.get(key(row));
            assertThat(reference).as("reference row for %s", row).isNotNull();
            assertThat(row.capacity()).as("capacity of %s", row).isCloseTo(reference.capacity(), within(1e-6));
            assertThat(row.connections()).as("connections of %s", row).isCloseTo(reference.connections(), within(1e-6));
            assertSame(row.utilization(), reference.utilization(), row.toString());
        }
        assertThat(report.unservedConnections()).isCloseTo(expected.unserved(), within(1e-6));
        assertThat(report.forwardedConnections()).isCloseTo(expected.forwarded(), within(1e-6));
        assertThat(report.unlimited().stream().mapToDouble(Unlimited::connections).sum())
                .isCloseTo(expected.unlimited(), within(1e-6));
    }

    private static void assertSame(double actual, double expected, String what) {
        if (Double.isInfinite(expected)) {
            assertThat(actual).as("utilization of %s", what).isInfinite();
        } else {
            assertThat(actual).as("utilization of %s", what).isCloseTo(expected, within(1e-9));
        }
    }

    private static String key(CapacityRow row) {
        return row.dataCenter() + " " + row.address() + " " + row.origin();
    }
}
