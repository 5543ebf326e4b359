package dev.aegisplanner.app.render;

import dev.aegisplanner.app.render.PathGeometry.Leg;
import dev.aegisplanner.app.render.PathGeometry.Station;
import dev.aegisplanner.app.render.scene.CanvasScene;
import dev.aegisplanner.app.render.surface.FontSpec;
import dev.aegisplanner.app.render.surface.Rgba;
import dev.aegisplanner.app.render.surface.Surface;
import dev.aegisplanner.model.engine.HopKind;
import dev.aegisplanner.model.engine.TraceResult;
import dev.aegisplanner.model.topology.LayoutBox;

/**
 * The forwarding path in screen pixels, in its tier's colour ({@link TierColors}), in the manner of the
 * documentation's diagrams: the stations the packet has reached lit, the ones ahead outlined; legs it has
 * travelled as solid arrows, the rest dashed; "ingress", "forward" (with its distance or backbone latency)
 * and "egress" on the legs; the cache service, egress router and egress server named; a request that cannot
 * egress ends in a red cross; and the packet itself. A forward the backbone carried through other locations
 * runs through each, outlined in the tier's colour, with every link's latency on its part of the way.
 */
final class PathPainter {

    private static final double LABEL_SIZE = 11;
    private static final double ROLE_SIZE = 10.5;
    private static final double LABEL_HEIGHT = 18;
    private static final double ROLE_HEIGHT = 17;

    /** How much larger than on the canvas the path's words are drawn (a projector wants them larger). */
    private double textScale = 1;
    private FontSpec label = FontSpec.bold(LABEL_SIZE);
    private FontSpec roleFont = FontSpec.bold(ROLE_SIZE);

    void setTextScale(double scale) {
        if (scale != textScale) {
            textScale = scale;
            label = FontSpec.bold(LABEL_SIZE * scale);
            roleFont = FontSpec.bold(ROLE_SIZE * scale);
        }
    }
    private static final double AHEAD = 0.45;
    private static final double LINE = 2.5;

    void paint(Surface s, CanvasScene scene, Viewport vp, PathOverlay overlay, CanvasPalette p) {
        TraceResult trace = overlay.trace();
        PathGeometry path = PathGeometry.of(scene, vp, trace);
        Rgba tier = TierColors.of(trace.tier());
        s.beginGroup("path", "Forwarding path: " + trace.tier());
        for (Station station : path.stations()) {
            light(s, station, overlay.reached(station.hop()), tier, radius(station, vp));
        }
        boolean forwarded = path.station(HopKind.EGRESS_SERVER).map(e -> overlay.reached(e.hop())).orElse(false);
        for (LayoutBox location : path.via()) {
            passed(s, location, forwarded, tier, FramePainter.LOCATION_RADIUS * vp.scale());
        }
        for (Leg leg : path.legs()) {
            leg(s, leg, overlay.position(), tier);
        }
        TagSpace space = new TagSpace();
        LocationTitles.onScreen(s, scene, vp).forEach(space::block);
        path.failedLeg().ifPresent(curve -> failed(s, curve, overlay.reached(lastHop(trace)), tier, p, space));
        for (Station station : path.stations()) {
            role(s, station, overlay.reached(station.hop()), tier, p, space);
        }
        for (Leg leg : path.legs()) {
            boolean reached = overlay.reached(leg.to());
            if (leg.parts().size() > 1) {
                for (int i = 0; i < leg.parts().size(); i++) {
                    Curve part = leg.parts().get(i);
                    String latency = LegLabels.millis(leg.links().get(i).latencyMs());
                    tag(s, latency, part.x(0.5), part.y(0.5), tier, p, reached, space);
                }
                continue;
            }
            String label = LegLabels.of(leg.hop(), trace);
            if (label != null) {
                double t = (leg.start() + leg.end()) / 2;
                tag(s, label, leg.first().x(t), leg.first().y(t), tier, p, reached, space);
            }
        }
        path.packet(overlay.position()).ifPresent(at -> packet(s, at[0], at[1], tier, p));
        s.endGroup();
    }

    /** A reached station glows in the tier's colour; one ahead is outlined, dashed and faint. */
    private static void light(Surface s, Station station, boolean reached, Rgba tier, double radius) {
        LayoutBox b = station.frame();
        double gap = station.kind() == HopKind.CACHE_SERVICE ? 3 : 4;
        double x = b.x() - gap;
        double y = b.y() - gap;
        double w = b.w() + 2 * gap;
        double h = b.h() + 2 * gap;
        double arc = 2 * (radius + gap);
        if (reached) {
            s.setFill(tier.fade(0.10));
            s.fillRoundRect(x, y, w, h, arc, arc);
            s.setStroke(tier);
            s.setLineWidth(LINE);
        } else {
            s.setStroke(tier.fade(AHEAD));
            s.setLineWidth(1.5);
            s.setLineDashes(5, 4);
        }
        s.strokeRoundRect(x, y, w, h, arc, arc);
        s.setLineDashes();
    }

    /** The travelled part of a leg solid with its arrowhead, the part ahead dashed and faint. */
    private static void leg(Surface s, Leg leg, double position, Rgba tier) {
        double travelled = Math.max(0, Math.min(1, position - (leg.to() - 1)));
        int n = leg.parts().size();
        for (int i = 0; i < n; i++) {
            Curve curve = leg.parts().get(i);
            double from = i == 0 ? leg.start() : 0;
            double to = i == n - 1 ? leg.end() : 1;
            boolean last = i == n - 1;
            double done = Math.max(0, Math.min(1, travelled * n - i));
            double split = Math.max(from, Math.min(to, done));
            double stop = last ? to - arrowRoom(curve, to) : to;
            if (split < to) {
                s.setStroke(tier.fade(AHEAD));
                s.setLineWidth(1.75);
                s.setLineDashes(6, 5);
                stroke(s, curve.part(split, stop));
                s.setLineDashes();
                if (last) {
                    arrowhead(s, curve, to, tier.fade(AHEAD));
                }
            }
            if (split > from) {
                boolean arrived = done >= 1;
                s.setStroke(tier);
                s.setLineWidth(LINE);
                stroke(s, curve.part(from, arrived ? stop : split));
                if (arrived && last) {
                    arrowhead(s, curve, to, tier);
                }
            }
        }
    }

    /** A location a forward passes on its way: outlined in the tier's colour, faint and dashed until it is passed. */
    private static void passed(Surface s, LayoutBox location, boolean forwarded, Rgba tier, double radius) {
        double arc = 2 * (radius + 3);
        s.setStroke(forwarded ? tier : tier.fade(AHEAD));
        s.setLineWidth(forwarded ? LINE : 1.5);
        if (!forwarded) {
            s.setLineDashes(5, 4);
        }
        s.strokeRoundRect(location.x() - 3, location.y() - 3, location.w() + 6, location.h() + 6, arc, arc);
        s.setLineDashes();
    }

    /** The failed leg of a request that cannot egress: dashed towards the origins, ending in a cross. */
    private void failed(Surface s, Curve curve, boolean reached, Rgba tier, CanvasPalette p, TagSpace space) {
        Rgba color = reached ? tier : tier.fade(AHEAD);
        s.setStroke(color);
        s.setLineWidth(2);
        s.setLineDashes(6, 5);
        stroke(s, curve.part(0.08, 0.9));
        s.setLineDashes();
        double x = curve.x2();
        double y = curve.y2();
        s.setLineWidth(3);
        s.strokeLine(x - 6, y - 6, x + 6, y + 6);
        s.strokeLine(x - 6, y + 6, x + 6, y - 6);
        tag(s, "no egress", curve.x(0.5), curve.y(0.5) - 16, tier, p, reached, space);
    }

    /** Names the cache service, the egress router and the egress server above them, as the diagrams do. */
    private void role(Surface s, Station station, boolean reached, Rgba tier, CanvasPalette p, TagSpace space) {
        String role = switch (station.kind()) {
            case CACHE_SERVICE -> "Cache service";
            case EGRESS_ROUTER -> "Egress router";
            case EGRESS_SERVER -> "Egress server";
            default -> null;
        };
        if (role == null) {
            return;
        }
        double width = s.textWidth(role, roleFont) + 14 * textScale;
        double h = ROLE_HEIGHT * textScale;
        double cx = station.x();
        double cy = station.mark().y() - 14 * textScale;
        if (station.kind() == HopKind.CACHE_SERVICE) {
            cacheMark(s, station, reached, tier, p);
            double[] outside = outside(station, width);
            cx = outside[0];
            cy = outside[1];
        }
        cy = space.place(cx - width / 2, cy - h / 2, width, h, -1) + h / 2;
        s.setFill(reached ? tier : p.locationFill());
        s.fillRoundRect(cx - width / 2, cy - h / 2, width, h, h, h);
        if (!reached) {
            s.setStroke(tier.fade(AHEAD));
            s.setLineWidth(1);
            s.strokeRoundRect(cx - width / 2, cy - h / 2, width, h, h, h);
        }
        Shapes.centredText(s, role, roleFont, reached ? TierColors.ON_TIER : tier.fade(0.8), cx, cy);
    }

    /**
     * Where the cache service's name goes: beside its mark, outside the data center (the mark sits on its
     * edge), so it does not cover the egress router's name on the server next to it.
     */
    private static double[] outside(Station cache, double width) {
        LayoutBox dc = cache.frame();
        LayoutBox m = cache.mark();
        double left = cache.x() - dc.x();
        double right = dc.x() + dc.w() - cache.x();
        double top = cache.y() - dc.y();
        double bottom = dc.y() + dc.h() - cache.y();
        double nearest = Math.min(Math.min(left, right), Math.min(top, bottom));
        if (nearest == left) {
            return new double[] {m.x() - 4 - width / 2, cache.y()};
        }
        if (nearest == right) {
            return new double[] {m.x() + m.w() + 4 + width / 2, cache.y()};
        }
        return new double[] {cache.x(), nearest == top ? m.y() - 12 : m.y() + m.h() + 12};
    }

    /** A small cylinder on the data center's edge where the cache service takes the request. */
    private static void cacheMark(Surface s, Station station, boolean reached, Rgba tier, CanvasPalette p) {
        LayoutBox m = station.mark();
        Shapes.cylinder(s, m.x() + 2, m.y(), m.w() - 4, m.h(), 3.5, reached ? tier : p.locationFill(),
                reached ? tier.fade(0.6) : p.locationFill(), reached ? p.locationFill() : tier, 1.5);
    }

    private void tag(Surface s, String text, double cx, double cy, Rgba tier, CanvasPalette p, boolean reached,
                     TagSpace space) {
        double width = s.textWidth(text, label) + 14 * textScale;
        double h = LABEL_HEIGHT * textScale;
        cy = space.place(cx - width / 2, cy - h / 2, width, h, 1) + h / 2;
        s.setFill(p.locationFill());
        s.fillRoundRect(cx - width / 2, cy - h / 2, width, h, h, h);
        s.setStroke(reached ? tier : tier.fade(AHEAD));
        s.setLineWidth(1.25);
        s.strokeRoundRect(cx - width / 2, cy - h / 2, width, h, h, h);
        Shapes.centredText(s, text, label, reached ? tier : tier.fade(0.7), cx, cy);
    }

    /** The packet: a dot in the tier's colour with a light ring and a soft halo, so it stands out on any frame. */
    private static void packet(Surface s, double x, double y, Rgba tier, CanvasPalette p) {
        s.beginGroup("packet", null);
        s.setFill(tier.fade(0.22));
        s.fillOval(x - 14, y - 14, 28, 28);
        s.setFill(p.locationFill());
        s.fillOval(x - 9, y - 9, 18, 18);
        s.setFill(tier);
        s.fillOval(x - 6.5, y - 6.5, 13, 13);
        s.endGroup();
    }

    private static void arrowhead(Surface s, Curve curve, double t, Rgba color) {
        double dx = curve.dx(t);
        double dy = curve.dy(t);
        double length = Math.hypot(dx, dy);
        if (length == 0) {
            return;
        }
        double ux = dx / length;
        double uy = dy / length;
        double x = curve.x(t);
        double y = curve.y(t);
        s.setFill(color);
        s.fillPolygon(new double[] {x, x - 11 * ux + 5 * uy, x - 11 * ux - 5 * uy},
                new double[] {y, y - 11 * uy - 5 * ux, y - 11 * uy + 5 * ux}, 3);
    }

    /** How much of the curve's parameter the arrowhead takes at its end, so the line stops under it. */
    private static double arrowRoom(Curve curve, double t) {
        double speed = Math.hypot(curve.dx(t), curve.dy(t));
        return speed == 0 ? 0 : Math.min(t, 8 / speed);
    }

    private static void stroke(Surface s, Curve c) {
        s.strokeCurve(c.x1(), c.y1(), c.cx1(), c.cy1(), c.cx2(), c.cy2(), c.x2(), c.y2());
    }

    /** The corner radius of a station's shape on screen, so its glow follows the shape. */
    private static double radius(Station station, Viewport vp) {
        return switch (station.kind()) {
            case CACHE_SERVICE -> FramePainter.DATA_CENTER_RADIUS * vp.scale();
            case CLIENT, ORIGIN -> 8;
            default -> 8 * vp.scale();
        };
    }

    private static int lastHop(TraceResult trace) {
        return trace.hops().size() - 1;
    }
}
