package dev.aegisplanner.app.render;

import dev.aegisplanner.model.engine.Endpoint;
import dev.aegisplanner.model.engine.Hop;
import dev.aegisplanner.model.engine.Tier;
import dev.aegisplanner.model.engine.TraceResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The words on a leg of the drawn path, as the documentation labels its diagrams: "ingress" into the cache
 * service, "forward" with the distance or the backbone latency that chose the egress location (a forward
 * within a metro is left unlabelled, as the diagrams leave it), and "egress" with the address the connection
 * leaves from.
 */
final class LegLabels {

    private LegLabels() {
    }

    /** The label of the leg arriving at a hop, or null for a leg the diagrams leave unlabelled. */
    static String of(Hop hop, TraceResult trace) {
        return switch (hop.kind()) {
            case CACHE_SERVICE -> "ingress";
            case EGRESS_SERVER -> forward(hop);
            case ORIGIN -> egress(trace);
            default -> null;
        };
    }

    private static String forward(Hop hop) {
        if (hop.latencyMs() != null) {
            return "forward \u00b7 " + millis(hop.latencyMs());
        }
        if (hop.distanceKm() != null && hop.distanceKm() > 0) {
            return String.format(Locale.ROOT, "forward \u00b7 %,.0f km", hop.distanceKm());
        }
        return null;
    }

    private static String egress(TraceResult trace) {
        Endpoint egress = trace.egress();
        if (egress != null && egress.ip() != null) {
            return "egress \u00b7 " + egress.ip();
        }
        return trace.tier() == Tier.NO_AEGIS ? "egress \u00b7 shared IP" : "egress";
    }

    static String millis(double ms) {
        return BigDecimal.valueOf(ms).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + " ms";
    }
}
