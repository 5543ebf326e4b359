package dev.aegisplanner.app.render;

/**
 * A cubic Bézier curve in screen pixels: a leg of the forwarding path. A straight leg is a curve whose
 * control points lie on the line, so painting, splitting and moving the packet along it work the same.
 */
record Curve(double x1, double y1, double cx1, double cy1, double cx2, double cy2, double x2, double y2) {

    static Curve straight(double x1, double y1, double x2, double y2) {
        return new Curve(x1, y1, x1 + (x2 - x1) / 3, y1 + (y2 - y1) / 3, x1 + 2 * (x2 - x1) / 3,
                y1 + 2 * (y2 - y1) / 3, x2, y2);
    }

    /**
     * A curve bowed upwards by {@code bow} pixels at its middle (sideways when it runs straight up or down), so
     * long legs arch over the frames they cross instead of running along their edges.
     */
    static Curve bowed(double x1, double y1, double x2, double y2, double bow) {
        double length = Math.hypot(x2 - x1, y2 - y1);
        if (length == 0 || bow == 0) {
            return straight(x1, y1, x2, y2);
        }
        double nx = -(y2 - y1) / length;
        double ny = (x2 - x1) / length;
        if (ny > 0) {
            nx = -nx;
            ny = -ny;
        }
        // A cubic's middle moves by 3/4 of its control points' offset.
        double offset = bow * 4 / 3;
        Curve line = straight(x1, y1, x2, y2);
        return new Curve(x1, y1, line.cx1 + nx * offset, line.cy1 + ny * offset, line.cx2 + nx * offset,
                line.cy2 + ny * offset, x2, y2);
    }

    double x(double t) {
        double u = 1 - t;
        return u * u * u * x1 + 3 * u * u * t * cx1 + 3 * u * t * t * cx2 + t * t * t * x2;
    }

    double y(double t) {
        double u = 1 - t;
        return u * u * u * y1 + 3 * u * u * t * cy1 + 3 * u * t * t * cy2 + t * t * t * y2;
    }

    /** The direction of travel at {@code t}, not normalised. */
    double dx(double t) {
        double u = 1 - t;
        return 3 * u * u * (cx1 - x1) + 6 * u * t * (cx2 - cx1) + 3 * t * t * (x2 - cx2);
    }

    double dy(double t) {
        double u = 1 - t;
        return 3 * u * u * (cy1 - y1) + 6 * u * t * (cy2 - cy1) + 3 * t * t * (y2 - cy2);
    }

    /** The stretch of the curve from {@code t0} to {@code t1}, as a curve of its own. */
    Curve part(double t0, double t1) {
        if (t1 <= t0) {
            return straight(x(t0), y(t0), x(t0), y(t0));
        }
        Curve head = splitBefore(t1);
        return head.splitAfter(t0 / t1);
    }

    /** De Casteljau: the curve from 0 to {@code t}. */
    private Curve splitBefore(double t) {
        double ax = lerp(x1, cx1, t);
        double ay = lerp(y1, cy1, t);
        double bx = lerp(cx1, cx2, t);
        double by = lerp(cy1, cy2, t);
        double cx = lerp(cx2, x2, t);
        double cy = lerp(cy2, y2, t);
        double abx = lerp(ax, bx, t);
        double aby = lerp(ay, by, t);
        double bcx = lerp(bx, cx, t);
        double bcy = lerp(by, cy, t);
        return new Curve(x1, y1, ax, ay, abx, aby, lerp(abx, bcx, t), lerp(aby, bcy, t));
    }

    /** De Casteljau: the curve from {@code t} to 1. */
    private Curve splitAfter(double t) {
        return reversed().splitBefore(1 - t).reversed();
    }

    private Curve reversed() {
        return new Curve(x2, y2, cx2, cy2, cx1, cy1, x1, y1);
    }

    private static double lerp(double a, double b, double t) {
        return a + (b - a) * t;
    }
}
