package dev.aegisplanner.model.analysis;

import dev.aegisplanner.model.engine.Endpoint;
import dev.aegisplanner.model.engine.Hop;
import dev.aegisplanner.model.engine.HopKind;
import dev.aegisplanner.model.engine.TraceResult;
import dev.aegisplanner.model.export.TierHeadlines;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.TopologyIndex;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * What an edit changed in the path of one request, said the way a planner would point it out while the trace
 * replays: "Egress moved from FRA-1 to AMS-1: fra1-s1 is down". The headline names what moved (the egress,
 * at the level of the first difference: data center, else server; or its address; or the route); the reason
 * names the edit that caused it when that edit touched the old or the new egress server, else it is the
 * reason the engine gave for the new tier.
 *
 * @param reason empty when there is nothing to add to the headline
 */
public record PathChange(String headline, String reason) {

    public PathChange {
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(reason, "reason");
    }

    /** Headline and reason as one sentence. */
    public String sentence() {
        return reason.isEmpty() ? headline : headline + ": " + reason;
    }

    /**
     * The change from {@code was} (traced on {@code before}) to {@code now} (the same request traced on
     * {@code after}); empty when the path a planner sees is the same: same tier, egress, address and legs.
     */
    public static Optional<PathChange> between(Topology before, TraceResult was, Topology after, TraceResult now) {
        Endpoint from = was.egress();
        Endpoint to = now.egress();
        TopologyIndex earlier = before.index();
        TopologyIndex later = after.index();
        if (from != null && to == null) {
            return Optional.of(new PathChange("No egress any more (it was " + where(from) + ")",
                    EgressCause.lost(later, from.server(), from.ip()).orElse(decisiveReason(now))));
        }
        if (from == null && to != null) {
            return Optional.of(new PathChange("Egress restored at " + where(to),
                    EgressCause.gained(earlier, to.server(), to.ip()).orElse(decisiveReason(now))));
        }
        if (from != null && !from.server().equals(to.server())) {
            boolean sameDataCenter = from.dataCenter().equals(to.dataCenter());
            String headline = "Egress moved from " + (sameDataCenter ? from.server() + " to " + to.server()
                    : from.dataCenter() + " to " + to.dataCenter());
            return Optional.of(new PathChange(headline, EgressCause.lost(later, from.server(), from.ip())
                    .or(() -> EgressCause.gained(earlier, to.server(), to.ip()))
                    .orElse(decisiveReason(now))));
        }
        if (from != null && !Objects.equals(from.ip(), to.ip())) {
            return Optional.of(new PathChange("Egress address on " + to.server() + " changed from " + address(from)
                    + " to " + address(to), EgressCause.lost(later, from.server(), from.ip()).orElse("")));
        }
        if (was.tier() != now.tier()) {
            return Optional.of(new PathChange("Now: " + lowerFirst(TierHeadlines.of(now.tier())), decisiveReason(now)));
        }
        return legChange(was, now);
    }

    /** Same egress and tier; did a leg get longer or shorter (a link's latency, a moved location)? */
    private static Optional<PathChange> legChange(TraceResult was, TraceResult now) {
        if (was.hops().equals(now.hops())) {
            return Optional.empty();
        }
        Optional<Hop> forwardBefore = forward(was);
        Optional<Hop> forwardNow = forward(now);
        if (forwardBefore.isPresent() && forwardNow.isPresent()
                && !Objects.equals(forwardBefore.get().latencyMs(), forwardNow.get().latencyMs())) {
            return Optional.of(new PathChange("The forward to " + now.egress().server() + " now takes "
                    + millis(forwardNow.get().latencyMs()) + " (it took " + millis(forwardBefore.get().latencyMs()) + ")",
                    ""));
        }
        return Optional.of(new PathChange("Same egress, the legs of the path changed", ""));
    }

    private static Optional<Hop> forward(TraceResult trace) {
        return trace.hops().stream().filter(h -> h.kind() == HopKind.EGRESS_SERVER).findFirst();
    }

    private static String where(Endpoint point) {
        return point.server() + " in " + point.dataCenter();
    }

    private static String address(Endpoint point) {
        return point.ip() == null ? "a shared address" : point.ip();
    }

    private static String millis(Double ms) {
        return ms == null ? "no backbone time"
                : BigDecimal.valueOf(ms).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + " ms";
    }

    private static String decisiveReason(TraceResult trace) {
        return trace.checks().isEmpty() ? "" : trace.decisiveCheck().reason();
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
