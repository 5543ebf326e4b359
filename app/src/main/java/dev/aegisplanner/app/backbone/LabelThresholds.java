package dev.aegisplanner.app.backbone;

import dev.aegisplanner.app.backbone.GeoPositions.Point;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How far the view must be zoomed in before a node's label shows without covering a more important one's:
 * for each label, the scale (pixels per graph unit) from which it clears every label ranked before it.
 * Labels are ranked by importance (the route first, then its neighbours, then the busiest locations), so
 * zoomed out only the important ones show, and zooming in brings the others as room appears. A label is a
 * box of a given size under its node; two boxes are clear of each other once the scale separates them along
 * either axis. A label also keeps off the nodes ranked before it (a route's node must not cover a name).
 */
final class LabelThresholds {

    /** The room a label takes on screen: an id of a few letters in bold, under its node. */
    static final double CHARACTER_WIDTH = 8.5;
    static final double LABEL_PADDING = 10;
    static final double LABEL_HEIGHT = 18;
    /** The largest node drawn (the route's), and how far under its node's centre a label's centre is. */
    static final double NODE_SIZE = 22;
    static final double LABEL_DROP = 20;

    private LabelThresholds() {
    }

    /**
     * @param ranked the labelled nodes, most important first, with their labels' texts
     * @return per node, the smallest scale at which its label shows (0 for the most important)
     */
    static Map<String, Double> of(List<String> ranked, Map<String, Point> points, Map<String, String> texts) {
        Map<String, Double> from = new HashMap<>();
        for (int i = 0; i < ranked.size(); i++) {
            String id = ranked.get(i);
            Point p = points.get(id);
            double width = width(texts.get(id));
            double needed = 0;
            for (int j = 0; j < i; j++) {
                Point q = points.get(ranked.get(j));
                double apartX = (width + width(texts.get(ranked.get(j)))) / 2;
                double dx = Math.abs(p.x() - q.x());
                double dy = Math.abs(p.y() - q.y());
                double clearX = dx == 0 ? Double.POSITIVE_INFINITY : apartX / dx;
                double clearY = dy == 0 ? Double.POSITIVE_INFINITY : LABEL_HEIGHT / dy;
                needed = Math.max(needed, Math.min(clearX, clearY));
                needed = Math.max(needed, clearOfNode(p, q, width));
            }
            from.put(id, needed);
        }
        return from;
    }

    /**
     * The scale from which a label under {@code p} clears the node at {@code q}: sideways once their centres are
     * half their widths apart; a node above the label never meets it, one below it once it is below the label.
     */
    private static double clearOfNode(Point p, Point q, double labelWidth) {
        double dx = Math.abs(p.x() - q.x());
        double clearX = dx == 0 ? Double.POSITIVE_INFINITY : (labelWidth + NODE_SIZE) / 2 / dx;
        double below = p.y() - q.y();
        double clearY = below <= 0 ? 0 : (LABEL_DROP + (LABEL_HEIGHT + NODE_SIZE) / 2) / below;
        return Math.min(clearX, clearY);
    }

    static double width(String text) {
        return text.length() * CHARACTER_WIDTH + LABEL_PADDING;
    }
}
