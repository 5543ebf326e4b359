package dev.aegisplanner.app.editor.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.app.command.CommandStack;
import dev.aegisplanner.app.editor.EditorFixtures;
import dev.aegisplanner.app.editor.trace.TracePanelModel.Body;
import dev.aegisplanner.app.trace.ManualClock;
import dev.aegisplanner.app.trace.TracePlayback;
import dev.aegisplanner.model.edit.PropertyEdits;
import dev.aegisplanner.model.engine.HopKind;
import dev.aegisplanner.model.engine.Tier;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Status;
import org.junit.jupiter.api.Test;

/** What the trace panel shows of a request from fra1-s2, forwarded to fra1-s1 in the same data center. */
class TracePanelModelTest {

    private final CommandStack commands = new CommandStack(EditorFixtures.fiveMetros());
    private final ManualClock clock = new ManualClock();
    private final TracePlayback playback = new TracePlayback(clock);
    private final TraceSession session = new TraceSession(commands.topologyProperty(), playback, TraceComputer.inline());
    private final TracePanelModel panel = new TracePanelModel(session, commands.topologyProperty());

    private void traceFromFra1S2() {
        session.show(TraceRequest.byHand("shop.example.com", "acme-origin", "fra1-s2", null));
    }

    @Test
    void withoutARequestThePanelSaysWhatToDo() {
        assertThat(panel.bodyProperty().get()).isEqualTo(Body.NOTHING);
        assertThat(panel.tierProperty().get()).isNull();
        assertThat(panel.events()).isEmpty();
    }

    @Test
    void theTierAndTheEgressAreAlwaysInView() {
        traceFromFra1S2();

        assertThat(panel.bodyProperty().get()).isEqualTo(Body.TRACE);
        assertThat(panel.tierProperty().get()).isEqualTo(Tier.SAME_DATA_CENTER);
        assertThat(panel.headlineProperty().get()).isEqualTo("Forwarded within the data center");
        assertThat(panel.egressProperty().get()).isEqualTo("Egress fra1-s1 \u00b7 FRA-1 \u00b7 FRA");
        assertThat(panel.egressIpProperty().get()).isEqualTo(EditorFixtures.SHARED_IP);
    }

    @Test
    void eachHopIsARowWithItsLegAndItsTime() {
        traceFromFra1S2();

        assertThat(panel.events()).extracting(TraceEvent::kind).containsExactly(HopKind.CLIENT,
                HopKind.CACHE_SERVICE, HopKind.EGRESS_ROUTER, HopKind.EGRESS_SERVER, HopKind.ORIGIN);
        TraceEvent forward = panel.events().get(3);
        assertThat(forward.type()).isEqualTo("Egress server");
        assertThat(forward.element()).isEqualTo("fra1-s1");
        assertThat(forward.leg()).isEqualTo("0 km");
        // Three legs of 0.9 s, and three checks of 0.45 s at the router.
        assertThat(forward.time()).isEqualTo("4.1 s");
        assertThat(panel.events().get(0).time()).isEqualTo("0.0 s");
    }

    @Test
    void theDecidingCheckIsAlwaysInView() {
        traceFromFra1S2();

        assertThat(panel.reasonProperty().get()).startsWith("Same data center: ").contains("fra1-s1");
        assertThat(panel.reasonPassedProperty().get()).isTrue();
        assertThat(panel.checks()).isEmpty();
    }

    @Test
    void selectingARowMovesThePacketThere() {
        traceFromFra1S2();

        panel.selectEvent(3);

        assertThat(playback.currentStepProperty().get()).isEqualTo(3);
        assertThat(playback.playingProperty().get()).isFalse();
        assertThat(panel.checksProgressProperty().get()).isEqualTo(
                session.traceProperty().get().checks().size() + " checks");
    }

    @Test
    void selectingTheRowThePacketIsAtLeavesItPlaying() {
        traceFromFra1S2();

        panel.selectEvent(0);

        assertThat(playback.playingProperty().get()).isTrue();
    }

    @Test
    void theChecksCountUpAsTheyLight() {
        traceFromFra1S2();
        int made = session.traceProperty().get().checks().size();

        clock.run(2 * 0.9 + 0.5);

        assertThat(panel.checks()).hasSize(1);
        assertThat(panel.checksProgressProperty().get()).isEqualTo("1 of " + made + " checks");
    }

    @Test
    void anEditThatMovesThePathIsCalledOutUntilDismissed() {
        traceFromFra1S2();

        commands.execute("Down", t -> PropertyEdits.setStatus(t, ElementRef.server("fra1-s1"), Status.DOWN));

        assertThat(panel.calloutProperty().get()).isEqualTo("Egress moved from FRA-1 to AMS-1: fra1-s1 is down");
        panel.dismissCallout();
        assertThat(panel.calloutProperty().get()).isEmpty();
    }

    @Test
    void aRefusedRequestShowsTheProblem() {
        session.show(TraceRequest.byHand("shop.example.com", "acme-origin", "nowhere-s1", null));

        assertThat(panel.bodyProperty().get()).isEqualTo(Body.PROBLEM);
        assertThat(panel.problemProperty().get()).isEqualTo("Ingress server nowhere-s1 does not exist");
        assertThat(panel.tierProperty().get()).isNull();
    }

    @Test
    void errorsInThePlanFillThePanelWithWhatToFix() {
        traceFromFra1S2();

        commands.execute("Break an address", t -> dev.aegisplanner.model.edit.IpAssignments.assign(t,
                java.util.List.of("192.0.2.300"), java.util.List.of("fra1-s2")));

        assertThat(panel.bodyProperty().get()).isEqualTo(Body.BLOCKED);
        assertThat(panel.blockersTitleProperty().get()).isEqualTo("Fix this error to trace the request: the engine"
                + " runs only on a plan without errors. The trace comes back by itself.");
        assertThat(panel.blockersProperty().get()).extracting(row -> row.where()).containsExactly("server fra1-s2");
        assertThat(panel.tierProperty().get()).isNull();
    }

    @Test
    void aLongListOfErrorsSaysHowManyItShows() {
        assertThat(TracePanelModel.blockersTitle(120, 50)).startsWith("Fix these 50 of 120 errors to trace the request");
        assertThat(TracePanelModel.blockersTitle(3, 3)).startsWith("Fix these 3 errors to trace the request");
    }

    @Test
    void theSpeedReadsAsAFactor() {
        playback.speedProperty().set(2);
        assertThat(panel.speedProperty().get()).isEqualTo("2\u00d7");

        playback.speedProperty().set(0.5);
        assertThat(panel.speedProperty().get()).isEqualTo("0.5\u00d7");
    }
}
