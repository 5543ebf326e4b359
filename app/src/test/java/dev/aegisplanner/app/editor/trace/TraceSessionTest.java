package dev.aegisplanner.app.editor.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.app.command.CommandStack;
import dev.aegisplanner.app.editor.EditorFixtures;
import dev.aegisplanner.app.trace.ManualClock;
import dev.aegisplanner.app.trace.TracePlayback;
import dev.aegisplanner.model.edit.Catalog;
import dev.aegisplanner.model.edit.CatalogEdits;
import dev.aegisplanner.model.edit.PropertyEdits;
import dev.aegisplanner.model.edit.StructureEdits;
import dev.aegisplanner.model.engine.Tier;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import dev.aegisplanner.model.topology.Zone;
import dev.aegisplanner.model.validation.Validator;
import org.junit.jupiter.api.Test;

/**
 * The trace the window shows follows the document: requests from fra1-s2 in five metros, where fra1-s1 next
 * to it holds the zone's address and AMS is the closest other location on the backbone.
 */
class TraceSessionTest {

    private static final TraceRequest FROM_FRA1_S2 =
            TraceRequest.byHand("shop.example.com", "acme-origin", "fra1-s2", null);

    private final CommandStack commands = new CommandStack(EditorFixtures.fiveMetros());
    private final ManualClock clock = new ManualClock();
    private final TracePlayback playback = new TracePlayback(clock);
    private final TraceSession session = new TraceSession(commands.topologyProperty(), playback, TraceComputer.inline());

    private void takeDown(String server) {
        commands.execute("Take " + server + " down",
                t -> PropertyEdits.setStatus(t, ElementRef.server(server), Status.DOWN));
    }

    @Test
    void aRequestIsTracedAndPlayedFromTheClient() {
        session.show(FROM_FRA1_S2);

        assertThat(session.traceProperty().get().tier()).isEqualTo(Tier.SAME_DATA_CENTER);
        assertThat(playback.traceProperty().get()).isSameAs(session.traceProperty().get());
        assertThat(playback.playingProperty().get()).isTrue();
        assertThat(playback.positionProperty().get()).isZero();
        assertThat(session.changeProperty().get()).isNull();
    }

    @Test
    void takingTheEgressServerDownReplaysTheNewPathFromTheStartAndCallsOutTheChange() {
        session.show(FROM_FRA1_S2);
        clock.run(3);

        takeDown("fra1-s1");

        assertThat(session.traceProperty().get().tier()).isEqualTo(Tier.OTHER_LOCATION);
        assertThat(session.traceProperty().get().egress().server()).isEqualTo("ams1-s1");
        assertThat(playback.positionProperty().get()).isZero();
        assertThat(playback.playingProperty().get()).isTrue();
        assertThat(session.changeProperty().get().sentence())
                .isEqualTo("Egress moved from FRA-1 to AMS-1: fra1-s1 is down");
    }

    @Test
    void anEditThatLeavesThePathAloneDoesNotInterruptThePlay() {
        session.show(FROM_FRA1_S2);
        clock.run(1);
        double at = playback.positionProperty().get();

        commands.execute("Rename", t -> PropertyEdits.setName(t, ElementRef.location("MAD"), "Madrid"));

        assertThat(playback.positionProperty().get()).isEqualTo(at);
        assertThat(session.changeProperty().get()).isNull();
    }

    @Test
    void undoBringsThePathBackWithItsOwnCallOut() {
        session.show(FROM_FRA1_S2);
        takeDown("fra1-s1");

        commands.undo();

        assertThat(session.traceProperty().get().egress().server()).isEqualTo("fra1-s1");
        assertThat(session.changeProperty().get().sentence())
                .isEqualTo("Egress moved from AMS-1 to FRA-1: fra1-s1 is up again");
    }

    @Test
    void aRequestTheEngineRefusesShowsItsReasonInsteadOfATrace() {
        session.show(FROM_FRA1_S2);

        commands.execute("Delete fra1-s2", t -> StructureEdits.delete(t, Set.of(ElementRef.server("fra1-s2"))));

        assertThat(session.traceProperty().get()).isNull();
        assertThat(playback.traceProperty().get()).isNull();
        assertThat(session.problemProperty().get()).isEqualTo("Ingress server fra1-s2 does not exist");
        assertThat(session.changeProperty().get()).isNull();
    }

    @Test
    void aNewRequestForgetsTheCallOut() {
        session.show(FROM_FRA1_S2);
        takeDown("fra1-s1");

        session.show(TraceRequest.of(commands.topology().scenario("mad-miss").orElseThrow()));

        assertThat(session.changeProperty().get()).isNull();
        assertThat(session.traceProperty().get().ingress().server()).isEqualTo("mad1-s2");
    }

    @Test
    void aFollowedScenarioThatIsDeletedGoesOnBeingTracedWithoutARestart() {
        session.show(TraceRequest.of(commands.topology().scenario("mad-miss").orElseThrow()));
        clock.run(1);
        double at = playback.positionProperty().get();

        commands.execute("Delete mad-miss", t -> CatalogEdits.remove(t, Catalog.SCENARIOS, "mad-miss"));

        assertThat(session.problemProperty().get()).isEmpty();
        assertThat(playback.positionProperty().get()).isEqualTo(at);
    }

    @Test
    void clearingStopsAndShowsNothing() {
        session.show(FROM_FRA1_S2);

        session.show(null);

        assertThat(session.traceProperty().get()).isNull();
        assertThat(playback.playingProperty().get()).isFalse();
        assertThat(playback.steps()).isEmpty();
    }

    @Test
    void aMovedEgressLocationAsksFramedViewsToFrameAgain() {
        session.show(FROM_FRA1_S2);
        long framed = session.placesChangedProperty().get();

        takeDown("fra1-s1");

        assertThat(session.placesChangedProperty().get()).isEqualTo(framed + 1);
    }

    private void giveTheZoneAPoolThatDoesNotExist() {
        commands.execute("Change pool", t -> CatalogEdits.update(t, Catalog.ZONES, "shop.example.com",
                z -> new Zone(z.id(), "no-such-pool", z.regions())));
    }

    @Test
    void errorsBlockTheEngineAndAreShownInPlaceOfThePath() {
        session.show(FROM_FRA1_S2);

        giveTheZoneAPoolThatDoesNotExist();

        assertThat(session.traceProperty().get()).isNull();
        assertThat(playback.traceProperty().get()).isNull();
        assertThat(session.errorsProperty().get()).isEqualTo(1);
        assertThat(session.blockersProperty().get()).singleElement().satisfies(row -> {
            assertThat(row.message()).isEqualTo("Zone shop.example.com uses pool no-such-pool, which does not exist");
            assertThat(row.target()).contains(new ElementRef(dev.aegisplanner.model.topology.ElementKind.ZONE,
                    "shop.example.com"));
        });
        assertThat(session.problemProperty().get())
                .isEqualTo("The plan has 1 error, and the engine runs only on a plan without errors");
    }

    @Test
    void theTraceComesBackByItselfOnceTheErrorsAreFixed() {
        session.show(FROM_FRA1_S2);
        giveTheZoneAPoolThatDoesNotExist();

        commands.undo();

        assertThat(session.blockersProperty().get()).isEmpty();
        assertThat(session.problemProperty().get()).isEmpty();
        assertThat(session.traceProperty().get().tier()).isEqualTo(Tier.SAME_DATA_CENTER);
        assertThat(playback.playingProperty().get()).isTrue();
    }

    @Test
    void onALargeTopologyOnlyTheNewestOutcomeIsShown() {
        List<Runnable> queued = new ArrayList<>();
        Executor later = queued::add;
        TraceSession slow = new TraceSession(commands.topologyProperty(), playback,
                new TraceComputer(later, Runnable::run, 0, Validator::validation));
        slow.show(FROM_FRA1_S2);
        takeDown("fra1-s1");
        assertThat(slow.computingProperty().get()).isTrue();

        queued.forEach(Runnable::run);

        assertThat(slow.computingProperty().get()).isFalse();
        assertThat(slow.traceProperty().get().egress().server()).isEqualTo("ams1-s1");
        assertThat(slow.changeProperty().get()).isNull();
    }
}
