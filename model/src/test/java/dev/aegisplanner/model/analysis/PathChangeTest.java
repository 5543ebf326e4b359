package dev.aegisplanner.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.edit.IpAssignments;
import dev.aegisplanner.model.edit.LinkEdits;
import dev.aegisplanner.model.edit.PropertyEdits;
import dev.aegisplanner.model.engine.ForwardingEngine;
import dev.aegisplanner.model.engine.Request;
import dev.aegisplanner.model.engine.TraceResult;
import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Link;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Origin;
import dev.aegisplanner.model.topology.Pool;
import dev.aegisplanner.model.topology.PoolSource;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Status;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.Zone;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The call-out beside a replayed trace: after an edit, what moved and which edit moved it. Requests enter on
 * fra1-s2, which holds no address; fra1-s1 next to it holds 192.0.2.10 (and .11), AMS-1 and PAR-1 hold it too.
 */
class PathChangeTest {

    private static final String IP = "192.0.2.10";
    private static final Request FROM_FRA1_S2 = new Request("shop", "origin", "fra1-s2", null);

    private final Topology metros = new Topology("metros", null, List.of(
            Location.of("FRA", "EU", 50.11, 8.68, DataCenter.of("FRA-1",
                    Server.of("fra1-s1", IP, "192.0.2.11"), Server.of("fra1-s2"))),
            Location.of("AMS", "EU", 52.37, 4.90, DataCenter.of("AMS-1", Server.of("ams1-s1", IP))),
            Location.of("PAR", "EU", 48.86, 2.35, DataCenter.of("PAR-1", Server.of("par1-s1", IP)))),
            List.of(new Link("FRA", "AMS", 7.5), new Link("FRA", "PAR", 9)),
            List.of(Pool.of("acme", PoolSource.LEASED, IP, "192.0.2.11")),
            List.of(new Zone("shop", "acme", List.of())),
            List.of(Origin.of("origin", "203.0.113.150", null)), List.of(), Map.of());

    private static TraceResult trace(Topology topology) {
        return new ForwardingEngine(topology).trace(FROM_FRA1_S2);
    }

    private static Optional<PathChange> change(Topology before, UnaryOperator<Topology> edit) {
        Topology after = edit.apply(before);
        return PathChange.between(before, trace(before), after, trace(after));
    }

    private static Topology down(Topology topology, ElementRef... refs) {
        for (ElementRef ref : refs) {
            topology = PropertyEdits.setStatus(topology, ref, Status.DOWN);
        }
        return topology;
    }

    @Test
    void takingTheEgressServerDownMovesTheEgressToTheNextLocationAndSaysWhy() {
        Optional<PathChange> change = change(metros, t -> down(t, ElementRef.server("fra1-s1")));

        assertThat(change).map(PathChange::sentence).hasValue("Egress moved from FRA-1 to AMS-1: fra1-s1 is down");
    }

    @Test
    void theOutermostDownElementIsTheOneNamed() {
        Topology onlyAms = down(metros, ElementRef.server("fra1-s1"), ElementRef.server("par1-s1"));

        Optional<PathChange> change = change(onlyAms,
                t -> down(t, ElementRef.dataCenter("AMS-1"), ElementRef.location("AMS")));

        assertThat(change).map(PathChange::sentence).hasValue("No egress any more (it was ams1-s1 in AMS-1): AMS is down");
    }

    @Test
    void bringingTheServerBackMovesTheEgressHome() {
        Topology serverDown = down(metros, ElementRef.server("fra1-s1"));

        Optional<PathChange> change = change(serverDown,
                t -> PropertyEdits.setStatus(t, ElementRef.server("fra1-s1"), Status.UP));

        assertThat(change).map(PathChange::sentence).hasValue("Egress moved from AMS-1 to FRA-1: fra1-s1 is up again");
    }

    @Test
    void movingTheAddressAwayNamesTheServerThatLostIt() {
        Optional<PathChange> change = change(metros,
                t -> IpAssignments.unassign(t, List.of(IP, "192.0.2.11"), List.of("fra1-s1")));

        assertThat(change).map(PathChange::sentence)
                .hasValue("Egress moved from FRA-1 to AMS-1: fra1-s1 no longer holds 192.0.2.10");
    }

    @Test
    void aServerThatGainsTheAddressIsNamedWhenItWinsTheEgress() {
        Topology nobodyInFrankfurt = IpAssignments.unassign(metros, List.of(IP, "192.0.2.11"), List.of("fra1-s1"));

        Optional<PathChange> change = change(nobodyInFrankfurt,
                t -> IpAssignments.assign(t, List.of(IP), List.of("fra1-s2")));

        assertThat(change).map(PathChange::sentence)
                .hasValue("Egress moved from AMS-1 to FRA-1: fra1-s2 now holds 192.0.2.10");
    }

    @Test
    void withinOneDataCenterTheServersAreNamed() {
        Topology threeInFra = new Topology("three", null, List.of(Location.of("FRA", "EU", 50.11, 8.68,
                DataCenter.of("FRA-1", Server.of("fra1-s1", IP), Server.of("fra1-s2"), Server.of("fra1-s3", IP)))),
                List.of(), metros.pools(), metros.zones(), metros.origins(), List.of(), Map.of());

        Optional<PathChange> change = change(threeInFra, t -> down(t, ElementRef.server("fra1-s1")));

        assertThat(change).map(PathChange::sentence).hasValue("Egress moved from fra1-s1 to fra1-s3: fra1-s1 is down");
    }

    @Test
    void losingEveryEgressIsCalledOutAndRestoringItToo() {
        Topology noEgress = down(metros, ElementRef.server("fra1-s1"), ElementRef.server("ams1-s1"),
                ElementRef.server("par1-s1"));

        assertThat(change(down(metros, ElementRef.server("ams1-s1"), ElementRef.server("par1-s1")),
                t -> down(t, ElementRef.server("fra1-s1"))).map(PathChange::sentence))
                .hasValue("No egress any more (it was fra1-s1 in FRA-1): fra1-s1 is down");
        assertThat(change(noEgress, t -> PropertyEdits.setStatus(t, ElementRef.server("par1-s1"), Status.UP))
                .map(PathChange::sentence))
                .hasValue("Egress restored at par1-s1 in PAR-1: par1-s1 is up again");
    }

    @Test
    void anotherAddressOnTheSameServerIsCalledOut() {
        Optional<PathChange> change = change(metros, t -> IpAssignments.unassign(t, List.of(IP), List.of("fra1-s1")));

        assertThat(change).map(PathChange::sentence).hasValue(
                "Egress address on fra1-s1 changed from 192.0.2.10 to 192.0.2.11: fra1-s1 no longer holds 192.0.2.10");
    }

    @Test
    void aSlowerLinkOnTheSameRouteIsCalledOutWithBothLatencies() {
        Topology forwarded = down(metros, ElementRef.server("fra1-s1"));

        Optional<PathChange> change = change(forwarded, t -> LinkEdits.setLatency(t, "FRA", "AMS", 8.25));

        assertThat(change).map(PathChange::sentence).hasValue("The forward to ams1-s1 now takes 8.25 ms (it took 7.5 ms)");
    }

    @Test
    void whenTheEditWasElsewhereTheEnginesReasonExplainsTheMove() {
        Topology forwarded = down(metros, ElementRef.server("fra1-s1"));
        Topology after = LinkEdits.setLatency(forwarded, "FRA", "AMS", 12);

        PathChange change = PathChange.between(forwarded, trace(forwarded), after, trace(after)).orElseThrow();

        assertThat(change.headline()).isEqualTo("Egress moved from AMS-1 to PAR-1");
        assertThat(change.reason()).isEqualTo(trace(after).decisiveCheck().reason()).contains("PAR");
    }

    @Test
    void anEditThatLeavesThePathAloneIsNoChange() {
        assertThat(change(metros, t -> PropertyEdits.setName(t, ElementRef.location("PAR"), "Paris"))).isEmpty();
        assertThat(change(metros, t -> down(t, ElementRef.server("par1-s1")))).isEmpty();
    }
}
