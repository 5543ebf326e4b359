package dev.aegisplanner.model.layout;

import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.LayoutBox;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Topology;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where every location, data center and server is drawn: the file's own box where it has one, otherwise the
 * {@link AutoLayout} box, moved along with the nearest ancestor the file does place. Locations the file does
 * not place at all go to the right of those it does. Server boxes always have their real size.
 */
public final class EffectiveLayout {

    private EffectiveLayout() {
    }

    public static Map<String, LayoutBox> of(Topology topology) {
        Map<String, LayoutBox> explicit = topology.layout();
        if (explicit.isEmpty()) {
            return AutoLayout.arrange(topology);
        }
        if (isComplete(topology)) {
            return withServerSizes(topology, explicit);
        }
        Map<String, LayoutBox> auto = AutoLayout.arrange(topology);
        double placedRight = Double.NaN;
        for (Location l : topology.locations()) {
            LayoutBox box = explicit.get(l.id());
            if (box != null) {
                placedRight = Double.isNaN(placedRight) ? Boxes.right(box) : Math.max(placedRight, Boxes.right(box));
            }
        }
        double unplacedShift = Double.isNaN(placedRight) ? 0 : placedRight + LayoutMetrics.LOCATION_GAP - LayoutMetrics.ORIGIN_X;
        Map<String, LayoutBox> result = new LinkedHashMap<>(auto.size() * 4 / 3 + 1);
        for (Location l : topology.locations()) {
            LayoutBox locationBox = resolve(l.id(), explicit, auto, unplacedShift, 0, result);
            double ldx = locationBox.x() - auto.get(l.id()).x();
            double ldy = locationBox.y() - auto.get(l.id()).y();
            for (DataCenter d : l.dataCenters()) {
                LayoutBox dcBox = resolve(d.id(), explicit, auto, ldx, ldy, result);
                double ddx = dcBox.x() - auto.get(d.id()).x();
                double ddy = dcBox.y() - auto.get(d.id()).y();
                for (Server s : d.servers()) {
                    LayoutBox box = explicit.get(s.id());
                    result.put(s.id(), box != null ? Boxes.serverSized(box) : Boxes.moved(auto.get(s.id()), ddx, ddy));
                }
            }
        }
        return result;
    }

    /** Whether the file places every location, data center and server itself. */
    public static boolean isComplete(Topology topology) {
        Map<String, LayoutBox> explicit = topology.layout();
        for (Location l : topology.locations()) {
            if (!explicit.containsKey(l.id())) {
                return false;
            }
            for (DataCenter d : l.dataCenters()) {
                if (!explicit.containsKey(d.id())) {
                    return false;
                }
                for (Server s : d.servers()) {
                    if (!explicit.containsKey(s.id())) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static LayoutBox resolve(String id, Map<String, LayoutBox> explicit, Map<String, LayoutBox> auto,
                                     double dx, double dy, Map<String, LayoutBox> result) {
        LayoutBox box = explicit.get(id);
        LayoutBox resolved = box != null ? box : Boxes.moved(auto.get(id), dx, dy);
        result.put(id, resolved);
        return resolved;
    }

    private static Map<String, LayoutBox> withServerSizes(Topology topology, Map<String, LayoutBox> explicit) {
        Map<String, LayoutBox> result = null;
        for (Server s : (Iterable<Server>) topology.servers()::iterator) {
            LayoutBox box = explicit.get(s.id());
            if (box.w() <= 0 || box.h() <= 0) {
                if (result == null) {
                    result = new LinkedHashMap<>(explicit);
                }
                result.put(s.id(), Boxes.serverSized(box));
            }
        }
        return result == null ? explicit : result;
    }
}
