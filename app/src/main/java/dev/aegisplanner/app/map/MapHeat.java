package dev.aegisplanner.app.map;

import dev.aegisplanner.app.render.surface.Rgba;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an analysis view lays over the map's locations: a bubble whose area stands for an amount (capacity: the
 * demand that enters there), and a ring of segments around the dot (coverage: one per data center, in the tier
 * its requests reach). Locations the map does not find are skipped.
 *
 * @param marks per location id
 * @param largest the amount of the largest bubble; the others are scaled to it
 */
public record MapHeat(Map<String, Mark> marks, double largest) {

    public static final MapHeat NONE = new MapHeat(Map.of(), 0);

    /**
     * @param amount the bubble's amount, 0 for no bubble
     * @param striped whether the bubble is striped too, so an alarm does not rest on colour alone
     */
    public record Mark(double amount, Rgba colour, boolean striped, List<Segment> ring) {
        public Mark {
            Objects.requireNonNull(colour, "colour");
            ring = List.copyOf(ring);
        }
    }

    /** A part of a location's ring: a colour and its share of the ring, by weight. */
    public record Segment(Rgba colour, double weight) {
    }

    public MapHeat {
        marks = Map.copyOf(marks);
    }
}
