package dev.aegisplanner.model.layout;

import static dev.aegisplanner.model.layout.LayoutMetrics.DATA_CENTER_GAP;
import static dev.aegisplanner.model.layout.LayoutMetrics.DATA_CENTER_HEADER;
import static dev.aegisplanner.model.layout.LayoutMetrics.DATA_CENTER_MIN_HEIGHT;
import static dev.aegisplanner.model.layout.LayoutMetrics.DATA_CENTER_MIN_WIDTH;
import static dev.aegisplanner.model.layout.LayoutMetrics.DATA_CENTER_PADDING;
import static dev.aegisplanner.model.layout.LayoutMetrics.LOCATION_GAP;
import static dev.aegisplanner.model.layout.LayoutMetrics.LOCATION_HEADER;
import static dev.aegisplanner.model.layout.LayoutMetrics.LOCATION_MIN_HEIGHT;
import static dev.aegisplanner.model.layout.LayoutMetrics.LOCATION_MIN_WIDTH;
import static dev.aegisplanner.model.layout.LayoutMetrics.LOCATION_PADDING;
import static dev.aegisplanner.model.layout.LayoutMetrics.SERVER_GAP;
import static dev.aegisplanner.model.layout.LayoutMetrics.SERVER_HEIGHT;
import static dev.aegisplanner.model.layout.LayoutMetrics.SERVER_WIDTH;

import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.LayoutBox;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Topology;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A tidy automatic arrangement: locations as large frames in columns that read west to east (sorted by
 * longitude, each column north to south; as many columns as make the picture about as wide as a window, a
 * few locations in one row), data centers as frames packed in rows inside them, servers in a grid inside
 * those. Frames grow with their contents. Boxes are absolute, in canvas units, keyed by element
 * id. Linear in the number of elements, so 100,000 servers take milliseconds.
 */
public final class AutoLayout {

    /** The width-to-height ratio the whole arrangement aims for, roughly that of a window. */
    static final double ASPECT = 1.7;
    /** Up to this many locations stand in one row, like the documentation's left-to-right diagrams. */
    static final int FEW_LOCATIONS = 4;

    private AutoLayout() {
    }

    /** Boxes for every location, data center and server of a topology, ignoring any layout it has. */
    public static Map<String, LayoutBox> arrange(Topology topology) {
        Map<String, LayoutBox> boxes = new LinkedHashMap<>(capacityFor(topology));
        List<Location> westToEast = new ArrayList<>(topology.locations());
        westToEast.sort(Comparator.comparingDouble(Location::lon).thenComparing(Location::lat, Comparator.reverseOrder()));
        int n = westToEast.size();
        int perColumn = n == 0 ? 0 : (int) Math.ceil(n / (double) columns(westToEast));
        double x = LayoutMetrics.ORIGIN_X;
        for (int start = 0; start < n; start += perColumn) {
            List<Location> column = new ArrayList<>(westToEast.subList(start, Math.min(n, start + perColumn)));
            column.sort(Comparator.comparingDouble(Location::lat).reversed().thenComparing(Location::id));
            double y = LayoutMetrics.ORIGIN_Y;
            double columnWidth = 0;
            for (Location location : column) {
                LayoutBox box = placeLocation(location, x, y, boxes);
                y += box.h() + LOCATION_GAP;
                columnWidth = Math.max(columnWidth, box.w());
            }
            x += columnWidth + LOCATION_GAP;
        }
        return boxes;
    }

    /**
     * How many columns make the whole picture about as wide as a screen ({@link #ASPECT}): with locations
     * of average size w by h in c columns, the picture is c * w wide and n / c * h tall.
     */
    private static int columns(List<Location> locations) {
        double width = 0;
        double height = 0;
        for (Location l : locations) {
            LayoutBox size = placeLocation(l, 0, 0, new SizeOnly());
            width += size.w() + LOCATION_GAP;
            height += size.h() + LOCATION_GAP;
        }
        int n = locations.size();
        if (n <= FEW_LOCATIONS) {
            return Math.max(1, n);
        }
        int columns = (int) Math.round(Math.sqrt(ASPECT * n * height / width));
        return Math.max(1, Math.min(n, columns));
    }

    /**
     * The layout with the contents of some frames rearranged: a location's data centers (and their servers)
     * are packed afresh at the location's position, a data center's servers are put in a grid. Each frame
     * takes the size its contents need; a data center's location grows when the data center no longer fits.
     * No frames means the whole topology. {@code current} must hold a box for every frame named.
     */
    public static Map<String, LayoutBox> arrangeChildren(Topology topology, Map<String, LayoutBox> current,
                                                         Collection<String> frameIds) {
        if (frameIds.isEmpty()) {
            return arrange(topology);
        }
        Map<String, LayoutBox> boxes = new LinkedHashMap<>(current);
        for (Location location : topology.locations()) {
            LayoutBox box = current.get(location.id());
            if (frameIds.contains(location.id()) && box != null) {
                placeLocation(location, box.x(), box.y(), boxes);
                continue;
            }
            for (DataCenter dc : location.dataCenters()) {
                LayoutBox dcBox = current.get(dc.id());
                if (frameIds.contains(dc.id()) && dcBox != null) {
                    LayoutBox placed = placeDataCenter(dc, dcBox.x(), dcBox.y(), boxes);
                    if (box != null) {
                        boxes.put(location.id(), grownToContain(box, placed));
                        box = boxes.get(location.id());
                    }
                }
            }
        }
        return boxes;
    }

    private static LayoutBox placeLocation(Location location, double x, double y, Map<String, LayoutBox> boxes) {
        List<DataCenter> dcs = location.dataCenters();
        int perRow = dcs.size() <= 3 ? Math.max(1, dcs.size()) : (int) Math.ceil(Math.sqrt(dcs.size()));
        double rowY = y + LOCATION_HEADER;
        double widest = 0;
        for (int start = 0; start < dcs.size(); start += perRow) {
            double dcX = x + LOCATION_PADDING;
            double rowHeight = 0;
            for (DataCenter dc : dcs.subList(start, Math.min(dcs.size(), start + perRow))) {
                LayoutBox placed = placeDataCenter(dc, dcX, rowY, boxes);
                dcX += placed.w() + DATA_CENTER_GAP;
                rowHeight = Math.max(rowHeight, placed.h());
            }
            widest = Math.max(widest, dcX - DATA_CENTER_GAP - x);
            rowY += rowHeight + DATA_CENTER_GAP;
        }
        double contentBottom = dcs.isEmpty() ? rowY : rowY - DATA_CENTER_GAP;
        double w = Math.max(LOCATION_MIN_WIDTH, widest + LOCATION_PADDING);
        double h = Math.max(LOCATION_MIN_HEIGHT, contentBottom - y + LOCATION_PADDING);
        LayoutBox box = new LayoutBox(x, y, w, h);
        boxes.put(location.id(), box);
        return box;
    }

    private static LayoutBox placeDataCenter(DataCenter dc, double x, double y, Map<String, LayoutBox> boxes) {
        List<Server> servers = dc.servers();
        int columns = serverColumns(servers.size());
        int rows = columns == 0 ? 0 : (servers.size() + columns - 1) / columns;
        double w = Math.max(DATA_CENTER_MIN_WIDTH, 2 * DATA_CENTER_PADDING + columns * SERVER_WIDTH + Math.max(0, columns - 1) * SERVER_GAP);
        double h = Math.max(DATA_CENTER_MIN_HEIGHT,
                DATA_CENTER_HEADER + rows * SERVER_HEIGHT + Math.max(0, rows - 1) * SERVER_GAP + DATA_CENTER_PADDING);
        LayoutBox box = new LayoutBox(x, y, w, h);
        boxes.put(dc.id(), box);
        if (boxes instanceof SizeOnly) {
            return box;
        }
        for (int i = 0; i < servers.size(); i++) {
            double sx = x + DATA_CENTER_PADDING + (i % columns) * (SERVER_WIDTH + SERVER_GAP);
            double sy = y + DATA_CENTER_HEADER + (i / columns) * (SERVER_HEIGHT + SERVER_GAP);
            boxes.put(servers.get(i).id(), new LayoutBox(sx, sy, SERVER_WIDTH, SERVER_HEIGHT));
        }
        return box;
    }

    /** A few servers sit in one row; more form a grid a little wider than tall. */
    static int serverColumns(int servers) {
        return servers <= 4 ? servers : (int) Math.ceil(Math.sqrt(servers * 1.2));
    }

    static LayoutBox grownToContain(LayoutBox frame, LayoutBox child) {
        double right = Math.max(Boxes.right(frame), Boxes.right(child) + LOCATION_PADDING);
        double bottom = Math.max(Boxes.bottom(frame), Boxes.bottom(child) + LOCATION_PADDING);
        return new LayoutBox(frame.x(), frame.y(), right - frame.x(), bottom - frame.y());
    }

    /** A map that forgets what is put in it: measuring a location runs the placement without keeping boxes. */
    private static final class SizeOnly extends AbstractMap<String, LayoutBox> {
        @Override
        public LayoutBox put(String key, LayoutBox value) {
            return null;
        }

        @Override
        public Set<Entry<String, LayoutBox>> entrySet() {
            return Set.of();
        }
    }

    private static int capacityFor(Topology topology) {
        int elements = topology.locations().size();
        for (Location l : topology.locations()) {
            elements += l.dataCenters().size();
            for (DataCenter d : l.dataCenters()) {
                elements += d.servers().size();
            }
        }
        return elements * 4 / 3 + 1;
    }
}
