package dev.aegisplanner.app.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.aegisplanner.model.engine.Check;
import dev.aegisplanner.model.engine.Endpoint;
import dev.aegisplanner.model.engine.Hop;
import dev.aegisplanner.model.engine.HopKind;
import dev.aegisplanner.model.engine.Tier;
import dev.aegisplanner.model.engine.TraceResult;
import dev.aegisplanner.model.topology.Family;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TracePlaybackTest {

    private static final double LEG = PlaybackTimeline.LEG_SECONDS;
    private static final double CHECK = PlaybackTimeline.CHECK_SECONDS;

    /** Client, cache service, egress router (3 checks), egress server, origin: forwarded in the location. */
    static final TraceResult SAME_LOCATION = new TraceResult(Tier.SAME_LOCATION, Family.IPV4,
            new Endpoint("fra1-s2", "FRA-1", "FRA", null), new Endpoint("fra2-s1", "FRA-2", "FRA", "192.0.2.11"),
            List.of(new Hop(HopKind.CLIENT, null, "Client", null, null),
                    new Hop(HopKind.CACHE_SERVICE, "FRA-1", "Cache service in FRA-1", 0.0, null),
                    new Hop(HopKind.EGRESS_ROUTER, "fra1-s2", "Egress router on fra1-s2", 0.0, null),
                    new Hop(HopKind.EGRESS_SERVER, "fra2-s1", "Egress server fra2-s1", 0.0, null),
                    new Hop(HopKind.ORIGIN, "acme-origin", "Origin acme-origin", 400.0, null)),
            List.of(new Check(Check.DEDICATED_POOL, true, "zone uses pool acme"),
                    new Check(Check.SAME_SERVER, false, "fra1-s2 holds no address of acme"),
                    new Check(Check.SAME_LOCATION, true, "fra2-s1 in FRA-2 holds 192.0.2.11")));

    private final ManualClock clock = new ManualClock();
    private final TracePlayback playback = new TracePlayback(clock);

    @BeforeEach
    void load() {
        playback.load(SAME_LOCATION);
    }

    private List<String> revealedNames() {
        return playback.revealedChecks().stream().map(Check::name).toList();
    }

    @Test
    void aLoadedTraceWaitsAtTheClientWithOneStepPerHop() {
        assertThat(playback.steps()).extracting(s -> s.hop().kind()).containsExactly(HopKind.CLIENT,
                HopKind.CACHE_SERVICE, HopKind.EGRESS_ROUTER, HopKind.EGRESS_SERVER, HopKind.ORIGIN);
        assertThat(playback.currentStepProperty().get()).isZero();
        assertThat(playback.positionProperty().get()).isZero();
        assertThat(playback.playingProperty().get()).isFalse();
        assertThat(playback.atStartProperty().get()).isTrue();
        assertThat(playback.revealedChecks()).isEmpty();
    }

    @Test
    void theCascadesChecksBelongToTheEgressRouter() {
        List<PlaybackStep> steps = playback.steps();

        assertThat(steps.get(1).madeHere()).isEmpty();
        assertThat(steps.get(2).madeHere()).isEqualTo(SAME_LOCATION.checks());
        assertThat(steps.get(3).revealed()).isEqualTo(SAME_LOCATION.checks());
    }

    @Test
    void steppingForwardReachesEachHopWithItsChecksLit() {
        playback.stepForward();
        assertThat(playback.currentStepProperty().get()).isEqualTo(1);
        assertThat(playback.revealedChecks()).isEmpty();

        playback.stepForward();
        assertThat(playback.currentStepProperty().get()).isEqualTo(2);
        assertThat(playback.positionProperty().get()).isEqualTo(2.0);
        assertThat(revealedNames()).containsExactly(Check.DEDICATED_POOL, Check.SAME_SERVER, Check.SAME_LOCATION);
    }

    @Test
    void steppingStopsAtTheOrigin() {
        for (int i = 0; i < 10; i++) {
            playback.stepForward();
        }

        assertThat(playback.currentStepProperty().get()).isEqualTo(4);
        assertThat(playback.currentProperty().get().hop().kind()).isEqualTo(HopKind.ORIGIN);
        assertThat(playback.atEndProperty().get()).isTrue();
    }

    @Test
    void steppingBackReturnsHopByHopToTheStart() {
        playback.stepForward();
        playback.stepForward();
        playback.stepForward();

        playback.stepBack();
        assertThat(playback.currentStepProperty().get()).isEqualTo(2);
        assertThat(playback.revealedChecks()).hasSize(3);

        playback.stepBack();
        assertThat(playback.currentStepProperty().get()).isEqualTo(1);
        assertThat(playback.revealedChecks()).isEmpty();

        playback.stepBack();
        playback.stepBack();
        assertThat(playback.atStartProperty().get()).isTrue();
    }

    @Test
    void steppingBackInTheMiddleOfALegReturnsToTheHopJustLeft() {
        playback.play();
        clock.run(LEG * 1.5);
        assertThat(playback.positionProperty().get()).isBetween(1.0, 2.0);

        playback.stepBack();

        assertThat(playback.positionProperty().get()).isEqualTo(1.0);
        assertThat(playback.playingProperty().get()).isFalse();
    }

    @Test
    void playingMovesThePacketAlongTheLegs() {
        playback.play();
        clock.run(LEG / 2);

        assertThat(playback.currentStepProperty().get()).isZero();
        assertThat(playback.legProgressProperty().get()).isCloseTo(0.5, within(0.02));
        assertThat(playback.positionProperty().get()).isCloseTo(0.5, within(0.02));
    }

    @Test
    void checksLightUpOneByOneAtTheRouterWhileThePacketWaits() {
        playback.play();
        clock.run(2 * LEG + 0.5 * CHECK);
        assertThat(playback.positionProperty().get()).isEqualTo(2.0);
        assertThat(playback.revealedChecks()).isEmpty();

        clock.run(CHECK);
        assertThat(revealedNames()).containsExactly(Check.DEDICATED_POOL);

        clock.run(CHECK);
        assertThat(revealedNames()).containsExactly(Check.DEDICATED_POOL, Check.SAME_SERVER);

        clock.run(CHECK);
        assertThat(revealedNames()).hasSize(3);
        assertThat(playback.positionProperty().get()).isGreaterThan(2.0);
    }

    @Test
    void playingStopsAtTheEndOfThePath() {
        playback.play();
        clock.run(4 * LEG + 3 * CHECK + 1);

        assertThat(playback.playingProperty().get()).isFalse();
        assertThat(clock.running()).isFalse();
        assertThat(playback.atEndProperty().get()).isTrue();
        assertThat(playback.positionProperty().get()).isEqualTo(4.0);
    }

    @Test
    void playAtTheEndStartsAgain() {
        playback.play();
        clock.run(10);

        playback.play();
        clock.run(LEG / 2);

        assertThat(playback.positionProperty().get()).isCloseTo(0.5, within(0.02));
    }

    @Test
    void speedScalesTime() {
        playback.speedProperty().set(2);
        playback.play();
        clock.run(LEG / 2);

        assertThat(playback.positionProperty().get()).isCloseTo(1.0, within(0.02));
    }

    @Test
    void speedIsClamped() {
        playback.speedProperty().set(100);
        assertThat(playback.speedProperty().get()).isEqualTo(TracePlayback.MAX_SPEED);

        playback.speedProperty().set(0);
        assertThat(playback.speedProperty().get()).isEqualTo(TracePlayback.MIN_SPEED);
    }

    @Test
    void pauseFreezesThePacket() {
        playback.play();
        clock.run(LEG / 2);
        playback.pause();
        double at = playback.positionProperty().get();

        clock.run(5);

        assertThat(playback.positionProperty().get()).isEqualTo(at);
        assertThat(clock.running()).isFalse();
    }

    @Test
    void restartGoesBackToTheClientAndPlays() {
        playback.stepForward();
        playback.stepForward();
        playback.stepForward();

        playback.restart();

        assertThat(playback.playingProperty().get()).isTrue();
        assertThat(playback.positionProperty().get()).isZero();
        assertThat(playback.revealedChecks()).isEmpty();
    }

    @Test
    void loadingAnotherTraceStopsAndStartsOver() {
        playback.play();
        clock.run(2);

        playback.load(null);

        assertThat(playback.playingProperty().get()).isFalse();
        assertThat(playback.steps()).isEmpty();
        assertThat(playback.currentProperty().get()).isNull();
        playback.play();
        playback.stepForward();
        assertThat(playback.playingProperty().get()).isFalse();
    }

    @Test
    void goingToAHopPausesThereWithItsChecksLit() {
        playback.play();
        clock.run(LEG / 2);

        playback.goTo(3);

        assertThat(playback.playingProperty().get()).isFalse();
        assertThat(playback.currentStepProperty().get()).isEqualTo(3);
        assertThat(playback.positionProperty().get()).isEqualTo(3.0);
        assertThat(playback.revealedChecks()).hasSize(3);

        playback.goTo(1);
        assertThat(playback.positionProperty().get()).isEqualTo(1.0);
        assertThat(playback.revealedChecks()).isEmpty();
    }

    @Test
    void goingToAHopOutsideThePathChangesNothing() {
        playback.goTo(2);

        playback.goTo(5);
        playback.goTo(-1);

        assertThat(playback.currentStepProperty().get()).isEqualTo(2);
    }

    @Test
    void arrivalTimesCountLegsAndTheChecksWaitedFor() {
        assertThat(playback.arrivalSeconds(0)).isZero();
        assertThat(playback.arrivalSeconds(2)).isCloseTo(2 * LEG, within(1e-9));
        assertThat(playback.arrivalSeconds(3)).isCloseTo(3 * LEG + 3 * CHECK, within(1e-9));
    }
}
