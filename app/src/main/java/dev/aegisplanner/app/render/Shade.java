package dev.aegisplanner.app.render;

import dev.aegisplanner.app.render.surface.Rgba;
import java.util.Objects;

/**
 * How an analysis colours one data center or server: a colour, a short label for the data center's pill
 * ({@code "92 %"}, {@code "Same location"}; {@code null} for none) and a mark that does not rely on colour alone.
 */
public record Shade(Rgba colour, String label, Mark mark) {

    /** What a shade says besides its colour, so it still reads for a planner who cannot tell the colours apart. */
    public enum Mark {
        /** The colour says it all. */
        PLAIN,
        /** Diagonal stripes: over its capacity, a place with nowhere to egress. */
        STRIPED,
        /** A dashed ring: the element's outcome changed with what was taken down. */
        CHANGED,
        /** Hatched grey and dashed: taken down in a what-if, not in the plan. */
        WHAT_IF_DOWN
    }

    public Shade {
        Objects.requireNonNull(colour, "colour");
        Objects.requireNonNull(mark, "mark");
    }

    public static Shade of(Rgba colour, String label) {
        return new Shade(colour, label, Mark.PLAIN);
    }
}
