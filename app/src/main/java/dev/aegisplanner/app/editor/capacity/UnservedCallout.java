package dev.aegisplanner.app.editor.capacity;

import dev.aegisplanner.app.editor.analysis.Figures;
import dev.aegisplanner.model.capacity.StrandedDemand;
import dev.aegisplanner.model.capacity.Unserved;
import dev.aegisplanner.model.topology.ElementRef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Unserved demand called out above the capacity table: how much, of which zone and origin, why, and where it
 * entered, with the first place to show on the canvas.
 *
 * @param place where to look: the first data center it entered (or location it could not enter)
 */
public record UnservedCallout(String text, ElementRef place) {

    private static final int PLACES_NAMED = 3;

    static List<UnservedCallout> of(List<Unserved> unserved, List<StrandedDemand> stranded) {
        List<UnservedCallout> callouts = new ArrayList<>();
        for (Unserved u : unserved) {
            Set<String> places = new LinkedHashSet<>();
            ElementRef first = null;
            for (StrandedDemand s : stranded) {
                if (s.zone().equals(u.zone()) && s.origin().equals(u.origin()) && s.family() == u.family()
                        && s.reason() == u.reason()) {
                    places.add(s.dataCenter() != null ? s.dataCenter() : s.location());
                    if (first == null) {
                        first = s.dataCenter() != null ? ElementRef.dataCenter(s.dataCenter())
                                : ElementRef.location(s.location());
                    }
                }
            }
            callouts.add(new UnservedCallout(text(u, places), first));
        }
        return callouts;
    }

    private static String text(Unserved u, Set<String> places) {
        String why = u.reason() == Unserved.Reason.NO_EGRESS ? "no server anywhere can egress"
                : "no location can take it in";
        List<String> named = places.stream().limit(PLACES_NAMED).toList();
        String where = named.isEmpty() ? "" : ", entering at " + String.join(", ", named)
                + (places.size() > PLACES_NAMED ? " and " + (places.size() - PLACES_NAMED) + " more" : "");
        return Figures.connections(u.connections()) + " connections unserved: " + u.zone() + " \u2192 " + u.origin()
                + " (" + u.family().json() + "), " + why + where;
    }
}
