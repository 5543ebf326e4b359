package dev.aegisplanner.app.map;

import dev.aegisplanner.model.engine.TraceResult;
import dev.aegisplanner.model.topology.Topology;
import java.util.Objects;

/**
 * What a map shows: a topology, optionally a traced path and the packet travelling it.
 *
 * @param trace the path to draw, or {@code null}
 * @param packetPosition where the packet is, in hop units as {@code TracePlayback.positionProperty()} gives it;
 *     {@code NaN} draws the whole path without a packet
 * @param hoveredLocation the location under the pointer, shown with a card; {@code null} for none
 */
public record MapContent(Topology topology, TraceResult trace, double packetPosition, String hoveredLocation) {

    public MapContent {
        Objects.requireNonNull(topology, "topology");
    }

    public static MapContent of(Topology topology) {
        return new MapContent(topology, null, Double.NaN, null);
    }

    public MapContent withTrace(TraceResult newTrace, double newPacketPosition) {
        return new MapContent(topology, newTrace, newPacketPosition, hoveredLocation);
    }
}
