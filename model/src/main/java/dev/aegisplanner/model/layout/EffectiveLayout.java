package dev.aegisplanner.model.layout;

import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.Layout;
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
            return automatic(topology);
        }
        if (topology.index().layoutPlacesEverything()) {
            return explicit;
        }
        Coverage coverage = coverage(topology);
        if (coverage != Coverage.PARTIAL) {
            return coverage == Coverage.COMPLETE ? explicit : withServerSizes(topology, explicit);
        }
        Map<String, LayoutBox> auto = automatic(topology);
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
        return topology.index().layoutPlacesEverything() || coverage(topology) != Coverage.PARTIAL;
    }

    /**
     * The automatic layout, remembered for every version of the topology with the same tree and coordinates: a
     * rename or a status change of a file without layout draws the picture it had, without arranging again.
     */
    private static Layout automatic(Topology topology) {
        double[] coordinates = new double[topology.locations().size() * 2];
        for (int i = 0; i < topology.locations().size(); i++) {
            coordinates[2 * i] = topology.locations().get(i).lat();
            coordinates[2 * i + 1] = topology.locations().get(i).lon();
        }
        return topology.index().remember("automatic layout", new Coordinates(coordinates),
                () -> Layout.copyOf(AutoLayout.arrange(topology)));
    }

    private record Coordinates(double[] latLon) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Coordinates c && java.util.Arrays.equals(latLon, c.latLon);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(latLon);
        }
    }

    private enum Coverage { PARTIAL, COMPLETE, COMPLETE_WITHOUT_SERVER_SIZES }

    /** One pass that tells whether every element is placed, and whether some server is placed without a size. */
    private static Coverage coverage(Topology topology) {
        Map<String, LayoutBox> explicit = topology.layout();
        boolean unsized = false;
        for (Location l : topology.locations()) {
            if (!explicit.containsKey(l.id())) {
                return Coverage.PARTIAL;
            }
            for (DataCenter d : l.dataCenters()) {
                if (!explicit.containsKey(d.id())) {
                    return Coverage.PARTIAL;
                }
                for (Server s : d.servers()) {
                    LayoutBox box = explicit.get(s.id());
                    if (box == null) {
                        return Coverage.PARTIAL;
                    }
                    unsized |= box.w() <= 0 || box.h() <= 0;
                }
            }
        }
        return unsized ? Coverage.COMPLETE_WITHOUT_SERVER_SIZES : Coverage.COMPLETE;
    }

    private static LayoutBox resolve(String id, Map<String, LayoutBox> explicit, Map<String, LayoutBox> auto,
                                     double dx, double dy, Map<String, LayoutBox> result) {
        LayoutBox box = explicit.get(id);
        LayoutBox resolved = box != null ? box : Boxes.moved(auto.get(id), dx, dy);
        result.put(id, resolved);
        return resolved;
    }

    private static Map<String, LayoutBox> withServerSizes(Topology topology, Map<String, LayoutBox> explicit) {
        Map<String, LayoutBox> result = new LinkedHashMap<>(explicit);
        topology.servers().forEach(s -> result.computeIfPresent(s.id(), (id, box) -> Boxes.serverSized(box)));
        return result;
    }
}
