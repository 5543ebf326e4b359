package dev.aegisplanner.app.editor.trace;

import dev.aegisplanner.app.map.Quantity;
import dev.aegisplanner.app.trace.PlaybackStep;
import dev.aegisplanner.model.engine.Hop;
import dev.aegisplanner.model.engine.HopKind;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One row of the event list, in the manner of a network simulator's: where the packet is, what is there,
 * the leg that brought it and when it arrives at normal speed.
 *
 * @param index the hop's position in the path, 0 for the client
 * @param leg "0 km", "364 km · 7.5 ms", or empty when the leg is unknown (the client has none)
 * @param time arrival at normal speed from the client's start, "2.7 s"
 */
public record TraceEvent(int index, HopKind kind, String type, String element, String label, String leg,
                         String time) {

    static TraceEvent of(PlaybackStep step, double arrivalSeconds) {
        Hop hop = step.hop();
        return new TraceEvent(step.index(), hop.kind(), type(hop.kind()),
                hop.elementId() == null ? "" : hop.elementId(), hop.label(), leg(hop),
                BigDecimal.valueOf(arrivalSeconds).setScale(1, RoundingMode.HALF_UP).toPlainString() + " s");
    }

    /** The kind of hop in a planner's words: "Cache service", "Egress router". */
    public static String type(HopKind kind) {
        return switch (kind) {
            case CLIENT -> "Client";
            case CACHE_SERVICE -> "Cache service";
            case EGRESS_ROUTER -> "Egress router";
            case EGRESS_SERVER -> "Egress server";
            case ORIGIN -> "Origin";
        };
    }

    private static String leg(Hop hop) {
        String km = hop.distanceKm() == null ? "" : Quantity.kilometres(hop.distanceKm());
        String ms = hop.latencyMs() == null ? "" : Quantity.millis(hop.latencyMs());
        return km.isEmpty() || ms.isEmpty() ? km + ms : km + " \u00b7 " + ms;
    }
}
