package dev.aegisplanner.app.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.engine.TraceResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A view drawing the trace over its picture sees every new trace and every move of the packet. */
class TraceOverlayTest {

    /** Writes down what it was asked to draw. */
    private static final class Recorder implements TraceOverlayTarget {
        final List<String> calls = new ArrayList<>();
        TraceResult shown;

        @Override
        public void showTrace(TraceResult trace, double hopPosition) {
            shown = trace;
            calls.add("show " + hopPosition);
        }

        @Override
        public void clearTrace() {
            shown = null;
            calls.add("clear");
        }
    }

    private final ManualClock clock = new ManualClock();
    private final TracePlayback playback = new TracePlayback(clock);
    private final Recorder canvas = new Recorder();

    @Test
    void theTargetStartsEmptyThenFollowsTheTraceAndThePacket() {
        TraceOverlay.connect(playback, canvas);
        assertThat(canvas.calls).containsExactly("clear");

        playback.load(TracePlaybackTest.SAME_LOCATION);
        playback.stepForward();
        playback.stepForward();

        assertThat(canvas.shown).isSameAs(TracePlaybackTest.SAME_LOCATION);
        assertThat(canvas.calls).endsWith("show 1.0", "show 2.0");
    }

    @Test
    void unloadingTheTraceClearsTheTarget() {
        playback.load(TracePlaybackTest.SAME_LOCATION);
        TraceOverlay.connect(playback, canvas);
        assertThat(canvas.calls).containsExactly("show 0.0");

        playback.load(null);

        assertThat(canvas.shown).isNull();
        assertThat(canvas.calls).last().isEqualTo("clear");
    }
}
