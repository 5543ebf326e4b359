package dev.aegisplanner.app.trace;

import dev.aegisplanner.model.engine.Check;
import dev.aegisplanner.model.engine.Hop;
import dev.aegisplanner.model.engine.HopKind;
import dev.aegisplanner.model.engine.TraceResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The time line of one trace at normal speed: the packet travels each leg in {@link #LEG_SECONDS}, and where the
 * cascade runs (the egress router) it waits while the checks light up one by one, {@link #CHECK_SECONDS} each.
 * Positions are in hop units: 2.5 is halfway from the third hop to the fourth, which is what the map and the
 * path view draw.
 */
final class PlaybackTimeline {

    static final double LEG_SECONDS = 0.9;
    static final double CHECK_SECONDS = 0.45;

    private final List<PlaybackStep> steps;
    /** arrival[k]: when the packet reaches hop k; settled[k]: when all of hop k's checks are lit. */
    private final double[] arrival;
    private final double[] settled;

    PlaybackTimeline(TraceResult trace) {
        this.steps = steps(trace);
        int n = steps.size();
        arrival = new double[n];
        settled = new double[n];
        double t = 0;
        for (int k = 0; k < n; k++) {
            t += k == 0 ? 0 : LEG_SECONDS;
            arrival[k] = t;
            t += steps.get(k).madeHere().size() * CHECK_SECONDS;
            settled[k] = t;
        }
    }

    /** One step per hop; the cascade's checks belong to the egress router (the last hop when there is none). */
    private static List<PlaybackStep> steps(TraceResult trace) {
        List<Hop> hops = trace.hops();
        int router = hops.size() - 1;
        for (int k = 0; k < hops.size(); k++) {
            if (hops.get(k).kind() == HopKind.EGRESS_ROUTER) {
                router = k;
                break;
            }
        }
        List<PlaybackStep> out = new ArrayList<>();
        List<Check> revealed = new ArrayList<>();
        for (int k = 0; k < hops.size(); k++) {
            List<Check> made = k == router ? trace.checks() : List.of();
            revealed.addAll(made);
            out.add(new PlaybackStep(k, hops.get(k), made, revealed));
        }
        return List.copyOf(out);
    }

    List<PlaybackStep> steps() {
        return steps;
    }

    double duration() {
        return steps.isEmpty() ? 0 : settled[steps.size() - 1];
    }

    /** When the packet reaches hop {@code k}. */
    double arrivalTime(int k) {
        return arrival[k];
    }

    /** When step {@code k} is complete: its hop reached and its checks lit. */
    double settledTime(int k) {
        return settled[k];
    }

    /** The last hop reached at time {@code t}. */
    int stepAt(double t) {
        int k = 0;
        while (k + 1 < arrival.length && arrival[k + 1] <= t) {
            k++;
        }
        return k;
    }

    /** The packet's position in hop units at time {@code t}. */
    double positionAt(double t) {
        if (steps.isEmpty()) {
            return 0;
        }
        int k = stepAt(t);
        if (k == steps.size() - 1 || t <= settled[k]) {
            return k;
        }
        return k + (t - settled[k]) / (arrival[k + 1] - settled[k]);
    }

    /** How many checks are lit at time {@code t}. */
    int checksAt(double t) {
        if (steps.isEmpty()) {
            return 0;
        }
        int k = stepAt(t);
        PlaybackStep step = steps.get(k);
        int before = step.revealed().size() - step.madeHere().size();
        int lit = (int) Math.floor((t - arrival[k]) / CHECK_SECONDS + 1e-9);
        return before + Math.max(0, Math.min(step.madeHere().size(), lit));
    }
}
