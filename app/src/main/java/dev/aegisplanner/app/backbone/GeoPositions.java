package dev.aegisplanner.app.backbone;

import dev.aegisplanner.model.topology.Location;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each location's node goes: at its coordinates (longitude across, Mercator latitude up, in degrees), so
 * the backbone reads like the map, then pushed apart where nodes crowd (a force layout seeded by the
 * coordinates, each node held on a spring to its own place): the spacing asked for follows how much room the
 * locations have, so eight locations of which four are in Europe spread Europe out, and a planet of 300 only
 * parts the locations of one metro. Deterministic: the same locations always get the same places.
 */
final class GeoPositions {

    /** The least spacing asked for, in degrees: the locations of one metro. */
    static final double MIN_SEPARATION = 1.2;
    /** The most: a handful of locations on a continent. */
    static final double MAX_SEPARATION = 18;
    /** The spacing as a share of the room each node would have if they were spread evenly. */
    private static final double SHARE_OF_ROOM = 0.32;
    /** How hard a node is pulled back towards its own coordinates each round. */
    private static final double SPRING = 0.04;
    private static final int ROUNDS = 80;
    private static final double MAX_LATITUDE = 80;

    /** A node's place in graph units. */
    record Point(double x, double y) {
    }

    private GeoPositions() {
    }

    static Map<String, Point> of(List<Location> locations) {
        List<String> ids = new ArrayList<>();
        double[] xs = new double[locations.size()];
        double[] ys = new double[locations.size()];
        for (int i = 0; i < locations.size(); i++) {
            Location l = locations.get(i);
            ids.add(l.id());
            xs[i] = l.lon();
            ys[i] = mercator(l.lat());
        }
        spread(xs, ys, separation(xs, ys));
        Map<String, Point> points = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            points.putIfAbsent(ids.get(i), new Point(xs[i], ys[i]));
        }
        return points;
    }

    /** Mercator's latitude in degrees: high latitudes stretched as on the map, poles cut off. */
    static double mercator(double lat) {
        double phi = Math.toRadians(Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)));
        return Math.toDegrees(Math.log(Math.tan(Math.PI / 4 + phi / 2)));
    }

    /** The spacing asked for: a share of the room each node has in the bounds of them all. */
    static double separation(double[] xs, double[] ys) {
        if (xs.length < 2) {
            return MIN_SEPARATION;
        }
        double width = Arrays.stream(xs).max().orElse(0) - Arrays.stream(xs).min().orElse(0);
        double height = Arrays.stream(ys).max().orElse(0) - Arrays.stream(ys).min().orElse(0);
        double room = Math.sqrt(Math.max(1, width) * Math.max(1, height) / xs.length);
        return Math.max(MIN_SEPARATION, Math.min(MAX_SEPARATION, room * SHARE_OF_ROOM));
    }

    /**
     * Pushes pairs closer than the spacing apart, half the shortfall each, while a spring pulls every node back
     * towards its coordinates, for a number of rounds.
     */
    private static void spread(double[] xs, double[] ys, double spacing) {
        double[] homeX = xs.clone();
        double[] homeY = ys.clone();
        for (int round = 0; round < ROUNDS; round++) {
            boolean moved = false;
            for (int i = 0; i < xs.length; i++) {
                for (int j = i + 1; j < xs.length; j++) {
                    double dx = xs[j] - xs[i];
                    double dy = ys[j] - ys[i];
                    double d = Math.hypot(dx, dy);
                    if (d >= spacing) {
                        continue;
                    }
                    if (d == 0) {
                        // Same place: part them along a direction fixed by their order, not at random.
                        double angle = (i * 7 + j * 13) % 360;
                        dx = Math.cos(Math.toRadians(angle));
                        dy = Math.sin(Math.toRadians(angle));
                        d = 1;
                    }
                    double push = (spacing - d) / 2 / d;
                    xs[i] -= dx * push;
                    ys[i] -= dy * push;
                    xs[j] += dx * push;
                    ys[j] += dy * push;
                    moved = true;
                }
            }
            if (!moved) {
                return;
            }
            for (int i = 0; i < xs.length; i++) {
                xs[i] += (homeX[i] - xs[i]) * SPRING;
                ys[i] += (homeY[i] - ys[i]) * SPRING;
            }
        }
    }
}
