package dev.aegisplanner.app.trace;

import dev.aegisplanner.model.engine.TraceResult;

/**
 * A view that draws the played trace over its own picture (the topology canvas): the path, the elements it
 * has reached, and the packet at {@code hopPosition}. {@link TraceOverlay#connect} drives it from a
 * {@link TracePlayback}; calls come on the JavaFX thread, one per frame while the packet moves.
 */
public interface TraceOverlayTarget {

    /**
     * @param hopPosition the packet's position in hop units, as {@link TracePlayback#positionProperty()} gives
     *     it: 2.5 is halfway from the third hop to the fourth
     */
    void showTrace(TraceResult trace, double hopPosition);

    void clearTrace();
}
