package dev.aegisplanner.app.map;

import java.util.ArrayList;
import java.util.List;

/**
 * Great circles for drawing: points along the shortest path between two places, found by spherical linear
 * interpolation (slerp) of their unit vectors. Longitudes come back <em>unwrapped</em>: each point within 180
 * degrees of the one before, so an arc from Tokyo to Los Angeles runs on past 180 instead of jumping back
 * across the whole map; the map, which repeats the world sideways, draws it as one line.
 */
final class GeoMath {

    /** A point on the globe in degrees; {@code lon} may lie outside [-180, 180] once unwrapped. */
    record LatLon(double lat, double lon) {
    }

    private GeoMath() {
    }

    /** {@code lon} shifted by whole turns to lie within 180 degrees of {@code reference}. */
    static double unwrap(double lon, double reference) {
        double d = lon - reference;
        return reference + d - 360 * Math.round(d / 360);
    }

    /** Angle between two places, in radians. */
    static double angle(LatLon a, LatLon b) {
        double[] u = vector(a);
        double[] v = vector(b);
        double dot = u[0] * v[0] + u[1] * v[1] + u[2] * v[2];
        double[] c = cross(u, v);
        return Math.atan2(Math.sqrt(c[0] * c[0] + c[1] * c[1] + c[2] * c[2]), dot);
    }

    /** The point a fraction {@code t} of the way from {@code a} to {@code b}, its longitude near {@code a}'s. */
    static LatLon along(LatLon a, LatLon b, double t) {
        double[] u = vector(a);
        double[] v = vector(b);
        double omega = angle(a, b);
        double[] p;
        if (omega < 1e-9) {
            p = u;
        } else if (Math.PI - omega < 1e-6) {
            // Antipodes: every great circle through both is shortest; take the one through the pole side of a.
            double[] w = orthogonal(u);
            double theta = t * Math.PI;
            p = new double[] {u[0] * Math.cos(theta) + w[0] * Math.sin(theta),
                    u[1] * Math.cos(theta) + w[1] * Math.sin(theta), u[2] * Math.cos(theta) + w[2] * Math.sin(theta)};
        } else {
            double s = Math.sin(omega);
            double ka = Math.sin((1 - t) * omega) / s;
            double kb = Math.sin(t * omega) / s;
            p = new double[] {ka * u[0] + kb * v[0], ka * u[1] + kb * v[1], ka * u[2] + kb * v[2]};
        }
        LatLon point = latLon(p);
        return new LatLon(point.lat(), unwrap(point.lon(), a.lon()));
    }

    /**
     * Points along the great circle from {@code a} to {@code b}, about one per {@code stepDegrees} of arc, the
     * ends included, longitudes unwrapped from {@code a}'s.
     */
    static List<LatLon> arc(LatLon a, LatLon b, double stepDegrees) {
        int segments = Math.max(1, (int) Math.ceil(Math.toDegrees(angle(a, b)) / stepDegrees));
        List<LatLon> points = new ArrayList<>(segments + 1);
        LatLon previous = a;
        for (int i = 0; i <= segments; i++) {
            LatLon p = i == 0 ? a : along(a, b, (double) i / segments);
            // Unwrap against the previous point, not the start: long arcs can drift more than 180 degrees.
            previous = new LatLon(p.lat(), unwrap(p.lon(), previous.lon()));
            points.add(previous);
        }
        return points;
    }

    private static double[] vector(LatLon p) {
        double phi = Math.toRadians(p.lat());
        double lambda = Math.toRadians(p.lon());
        return new double[] {Math.cos(phi) * Math.cos(lambda), Math.cos(phi) * Math.sin(lambda), Math.sin(phi)};
    }

    private static LatLon latLon(double[] v) {
        double norm = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
        return new LatLon(Math.toDegrees(Math.asin(Math.max(-1, Math.min(1, v[2] / norm)))),
                Math.toDegrees(Math.atan2(v[1], v[0])));
    }

    private static double[] cross(double[] u, double[] v) {
        return new double[] {u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]};
    }

    private static double[] orthogonal(double[] u) {
        double[] axis = Math.abs(u[2]) < 0.9 ? new double[] {0, 0, 1} : new double[] {1, 0, 0};
        double[] w = cross(cross(u, axis), u);
        double norm = Math.sqrt(w[0] * w[0] + w[1] * w[1] + w[2] * w[2]);
        return new double[] {w[0] / norm, w[1] / norm, w[2] / norm};
    }
}
