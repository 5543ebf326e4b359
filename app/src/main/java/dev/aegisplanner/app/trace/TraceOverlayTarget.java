package dev.aegisplanner.app.trace;

import dev.aegisplanner.model.engine.TraceResult;

/**
 * A view that draws the played trace over its own picture (the topology canvas): the path, the elements it
 * has reached, and the packet at {@code hopPosition}. {@link TraceOverlay#connect} drives it from a
 * {@link TracePlayback}; calls come on the JavaFX thread, one per frame while the packet moves.
 */
public interface TraceOverlayTarget {

    /** A target that draws nothing, for a window whose canvas cannot show a trace. */
    TraceOverlayTarget NONE = new TraceOverlayTarget() {
        @Override
        public void showTrace(TraceResult trace, double hopPosition) {
        }

        @Override
        public void clearTrace() {
        }
    };

    /**
     * @param hopPosition the packet's position in hop units, as {@link TracePlayback#positionProperty()} gives
     *     it: 2.5 is halfway from the third hop to the fourth
     */
    void showTrace(TraceResult trace, double hopPosition);

    void clearTrace();
}
