package dev.aegisplanner.app.trace;

import dev.aegisplanner.model.engine.Check;
import dev.aegisplanner.model.engine.Hop;
import java.util.List;

/**
 * One stop of a played trace: the packet has reached {@code hop}.
 *
 * @param index position in the path, 0 for the client
 * @param madeHere the checks the cascade makes at this hop, in order (all of them at the egress router, which
 *     is where the cascade runs)
 * @param revealed every check made up to and including this hop
 */
public record PlaybackStep(int index, Hop hop, List<Check> madeHere, List<Check> revealed) {

    public PlaybackStep {
        madeHere = List.copyOf(madeHere);
        revealed = List.copyOf(revealed);
    }
}
