package dev.aegisplanner.app.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Locations that would be drawn on top of each other at this zoom, gathered into one counted marker: each
 * location, in order of importance, either joins the first cluster whose centre lies within a radius of it or
 * starts one of its own. The locations a traced path passes always stand alone. Zooming in spreads the
 * locations apart on screen, so clusters split by themselves.
 */
final class LocationClusters {

    /** How close on screen, in pixels, two locations are drawn as one. */
    static final double RADIUS = 20;

    /** A marker: the most important location of the cluster, where it is drawn, and the others it stands for. */
    record Cluster(LocationSummary primary, double x, double y, List<LocationSummary> members) {

        int size() {
            return members.size();
        }

        boolean isSingle() {
            return members.size() == 1;
        }

        /** The worst health of its members: a cluster with anything down inside reads partly down. */
        LocationSummary.Health health() {
            boolean allDown = members.stream().allMatch(m -> m.health() == LocationSummary.Health.DOWN);
            boolean anyDown = members.stream().anyMatch(m -> m.health() != LocationSummary.Health.UP);
            return allDown ? LocationSummary.Health.DOWN : anyDown ? LocationSummary.Health.PARTLY_DOWN
                    : LocationSummary.Health.UP;
        }
    }

    private LocationClusters() {
    }

    /**
     * @param ranked the locations, most important first
     * @param shift the longitude shift of the world copy being drawn
     * @param alone the ids that never join a cluster (the path's locations)
     */
    static List<Cluster> of(List<LocationSummary> ranked, MapViewport view, double shift, Set<String> alone) {
        List<Cluster> clusters = new ArrayList<>();
        for (LocationSummary s : ranked) {
            double x = view.x(s.location().lon() + shift);
            double y = view.y(s.location().lat());
            Cluster joined = null;
            if (!alone.contains(s.location().id())) {
                for (Cluster c : clusters) {
                    if (!alone.contains(c.primary().location().id()) && Math.hypot(c.x() - x, c.y() - y) < RADIUS) {
                        joined = c;
                        break;
                    }
                }
            }
            if (joined != null) {
                joined.members().add(s);
            } else {
                List<LocationSummary> members = new ArrayList<>();
                members.add(s);
                clusters.add(new Cluster(s, x, y, members));
            }
        }
        return clusters;
    }
}
