package dev.aegisplanner.app.editor.advisor;

import dev.aegisplanner.app.map.MapHeat;
import dev.aegisplanner.app.render.surface.Rgba;
import dev.aegisplanner.model.advisor.AddressPlacement;
import dev.aegisplanner.model.advisor.Placement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The proposal on the map: around each location that would hold the pool's addresses, a ring with one segment per
 * address it would hold, in that address's colour; the legend beside the map gives each address its colour and
 * its locations, so the ring says which addresses, not only where.
 */
final class ProposalMarks {

    /**
     * Violet, cyan, pink, brown, magenta and lilac: none the green, orange or red the map gives a location's
     * status, nor the blue of an origin, so no ring reads as "up" or "partly down"; each shows on the light and
     * the dark map's land. Past six addresses the colours come round again; the legend's locations still say
     * which is which.
     */
    private static final List<Rgba> COLOURS = List.of(Rgba.web("#7c3aed"), Rgba.web("#06b6d4"),
            Rgba.web("#ec4899"), Rgba.web("#8b5a2b"), Rgba.web("#c026d3"), Rgba.web("#e879f9"));

    private ProposalMarks() {
    }

    /** How many addresses get a colour of their own before the colours come round again. */
    static int distinctColours() {
        return COLOURS.size();
    }

    /** The colour of the placement's {@code index}-th address. */
    static Rgba colour(int index) {
        return COLOURS.get(index % COLOURS.size());
    }

    static MapHeat of(Placement placement) {
        Map<String, List<MapHeat.Segment>> rings = new LinkedHashMap<>();
        List<AddressPlacement> addresses = placement.addresses();
        for (int a = 0; a < addresses.size(); a++) {
            for (String location : addresses.get(a).locations()) {
                rings.computeIfAbsent(location, k -> new ArrayList<>()).add(new MapHeat.Segment(colour(a), 1));
            }
        }
        Map<String, MapHeat.Mark> marks = new LinkedHashMap<>();
        rings.forEach((location, ring) -> marks.put(location, new MapHeat.Mark(0, ring.get(0).colour(), false, ring)));
        return new MapHeat(marks, 0);
    }
}
