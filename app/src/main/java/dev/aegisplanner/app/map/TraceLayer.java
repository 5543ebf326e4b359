package dev.aegisplanner.app.map;

import dev.aegisplanner.app.map.TraceRoute.Place;
import dev.aegisplanner.model.engine.Hop;
import dev.aegisplanner.model.engine.HopKind;
import dev.aegisplanner.model.engine.Tier;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import dev.aegisplanner.app.trace.TierPalette;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;

/**
 * A traced path over the map: each leg from hop to hop, great circles between locations, the travelled part
 * solid and the rest dashed, rings on the locations it passes, and the packet where playback has it.
 */
final class TraceLayer {

    private final GraphicsContext g;
    private final MapViewport view;
    private final MapPalette palette;
    private final TraceRoute route;
    private final double[] shifts;
    /** The path in its tier's colour, as everywhere else: travelled legs in full, those ahead faint. */
    private final Color travelled;
    private final Color ahead;

    TraceLayer(GraphicsContext g, MapViewport view, MapPalette palette, TraceRoute route) {
        this.g = g;
        this.view = view;
        this.palette = palette;
        this.route = route;
        this.shifts = BaseMapLayer.worldShifts(view);
        this.travelled = TierPalette.colour(route.trace().tier());
        this.ahead = travelled.deriveColor(0, 1, 1, 0.55);
    }

    /** The locations the path passes, for labelling them first. */
    Set<String> locations() {
        Set<String> ids = new HashSet<>();
        for (Place place : route.places()) {
            if (place.locationId() != null) {
                ids.add(place.locationId());
            }
        }
        ids.addAll(route.via());
        return ids;
    }

    void drawPath(double position, Map<String, LocationSummary> summaries) {
        g.setLineCap(StrokeLineCap.ROUND);
        int legs = route.places().size() - 1;
        for (double shift : shifts) {
            for (int k = 0; k < legs; k++) {
                drawLeg(k, Double.isNaN(position) ? 1 : Math.max(0, Math.min(1, position - k)), shift);
            }
            for (Place place : route.places()) {
                drawPlace(place, summaries, shift);
            }
            for (String id : route.via()) {
                LocationSummary s = summaries.get(id);
                if (s != null) {
                    double x = view.x(GeoMath.unwrap(s.location().lon(), view.centerLon()) + shift);
                    MapMarkers.ring(g, x, view.y(s.location().lat()), s.radius() - 2, ahead);
                }
            }
        }
    }

    private void drawLeg(int k, double done, double shift) {
        List<double[]> points = route.leg(k, view, shift);
        double[] first = points.get(0);
        double[] last = points.get(points.size() - 1);
        if (Math.hypot(last[0] - first[0], last[1] - first[1]) < 1 || !inView(points)) {
            return;
        }
        if (done < 1) {
            g.setLineDashes(7, 6);
            stroke(points, ahead, 3);
            g.setLineDashes();
        }
        if (done > 0) {
            stroke(done >= 1 ? points : route.legUpTo(k, done, view, shift), travelled, 3.5);
        }
        double[] mid = midpoint(points);
        MapMarkers.arrow(g, mid[0], mid[1], mid[2], mid[3], done >= 0.5 ? travelled : ahead);
        Hop arriving = route.trace().hops().get(k + 1);
        if (route.isGreatCircle(k) && arriving.kind() == HopKind.EGRESS_SERVER) {
            labelLeg(arriving, mid[0], mid[1]);
        }
    }

    /** The middle of a polyline and the direction there: {x, y, dx, dy}. */
    private static double[] midpoint(List<double[]> points) {
        if (points.size() == 2) {
            double[] a = points.get(0);
            double[] b = points.get(1);
            return new double[] {(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, b[0] - a[0], b[1] - a[1]};
        }
        int m = points.size() / 2;
        double[] before = points.get(m - 1);
        double[] after = points.get(m + 1);
        return new double[] {points.get(m)[0], points.get(m)[1], after[0] - before[0], after[1] - before[1]};
    }

    private void labelLeg(Hop arriving, double x, double y) {
        StringBuilder text = new StringBuilder();
        if (arriving.latencyMs() != null) {
            text.append(Quantity.millis(arriving.latencyMs()));
        }
        if (arriving.distanceKm() != null && arriving.distanceKm() > 0) {
            text.append(text.length() > 0 ? " \u00b7 " : "").append(Quantity.kilometres(arriving.distanceKm()));
        }
        if (text.length() > 0) {
            MapText.haloed(g, text.toString(), x + 8, y + 4, MapText.LABEL, travelled, palette.halo());
        }
    }

    private void drawPlace(Place place, Map<String, LocationSummary> summaries, double shift) {
        double[] p = TraceRoute.screen(place, view, shift);
        if (p[0] < -60 || p[0] > view.width() + 60 || p[1] < -60 || p[1] > view.height() + 60) {
            return;
        }
        switch (place.kind()) {
            case CLIENT -> {
                MapMarkers.client(g, p[0], p[1], palette);
                MapText.haloed(g, "Client", p[0] - 16, p[1] + 10, MapText.SMALL, palette.muted(), palette.halo());
            }
            case EGRESS_ROUTER, EGRESS_SERVER -> {
                LocationSummary s = summaries.get(place.locationId());
                double r = s == null ? 6 : s.radius();
                MapMarkers.ring(g, p[0], p[1], r, place.kind() == HopKind.EGRESS_SERVER || !forwardsAway()
                        ? travelled : ahead);
                if (place.kind() == HopKind.EGRESS_ROUTER && route.trace().tier() == Tier.NO_EGRESS) {
                    MapMarkers.failure(g, p[0] + r + 12, p[1] - r - 8, palette);
                }
            }
            case ORIGIN -> {
                if (!place.onGlobe()) {
                    MapMarkers.origin(g, p[0], p[1], palette);
                    MapText.haloed(g, "Origin", p[0] - 16, p[1] + 9, MapText.SMALL, palette.origin(), palette.halo());
                }
            }
            case CACHE_SERVICE -> { }
        }
    }

    private boolean forwardsAway() {
        return route.trace().tier() == Tier.OTHER_LOCATION;
    }

    void drawPacket(double position) {
        if (Double.isNaN(position)) {
            return;
        }
        for (double shift : shifts) {
            double[] p = route.pointAt(position, view, shift);
            if (p[0] > -20 && p[0] < view.width() + 20 && p[1] > -20 && p[1] < view.height() + 20) {
                MapMarkers.packet(g, p[0], p[1], travelled);
            }
        }
    }

    private boolean inView(List<double[]> points) {
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (double[] p : points) {
            minX = Math.min(minX, p[0]);
            maxX = Math.max(maxX, p[0]);
            minY = Math.min(minY, p[1]);
            maxY = Math.max(maxY, p[1]);
        }
        return maxX >= -10 && minX <= view.width() + 10 && maxY >= -10 && minY <= view.height() + 10;
    }

    private void stroke(List<double[]> points, Color colour, double width) {
        g.setStroke(colour);
        g.setLineWidth(width);
        g.beginPath();
        g.moveTo(points.get(0)[0], points.get(0)[1]);
        for (int i = 1; i < points.size(); i++) {
            g.lineTo(points.get(i)[0], points.get(i)[1]);
        }
        g.stroke();
    }
}
