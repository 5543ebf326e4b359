package dev.aegisplanner.model.capacity;

import java.util.List;

/**
 * Where demand lands (PRODUCT.md section 7, "Where demand lands"). A location entry is split evenly over the
 * location's eligible data centers; a data center entry stays in its data center. Demand of a data center
 * that is not eligible moves evenly to the eligible data centers of its location; when the location is down
 * or has none, it moves to the closest location that has one ({@link FailoverTargets}) and is split there as
 * a location entry. Splitting a data center's share over its up servers is routing's part ({@link RouteTable}).
 */
final class Landing {

    /**
     * Where one demand unit landed.
     *
     * @param dataCenters the data centers it landed in; each takes {@code connections / dataCenters.size()}
     * @param movedTo the location it moved to when it could not land where it is placed; {@code null} when it
     *     landed in place (a location entry split over its own location is in place too)
     * @param stranded true when no location anywhere can take it
     */
    record Landed(List<Sites.DataCenterSite> dataCenters, String movedTo, boolean stranded) {
        double each(DemandUnit unit) {
            return unit.connections() / dataCenters.size();
        }
    }

    private static final Landed STRANDED = new Landed(List.of(), null, true);

    private final Sites sites;
    private final FailoverTargets failovers;
    private final Outage outage;

    Landing(Sites sites, FailoverTargets failovers, Outage outage) {
        this.sites = sites;
        this.failovers = failovers;
        this.outage = outage;
    }

    Landed land(DemandUnit unit) {
        Sites.LocationSite home = sites.location(unit.homeLocation(sites));
        if (unit.dataCenter() != null) {
            Sites.DataCenterSite dataCenter = sites.dataCenter(unit.dataCenter());
            if (dataCenter.eligible(outage)) {
                return new Landed(List.of(dataCenter), null, false);
            }
            List<Sites.DataCenterSite> neighbours = sites.eligible(home, outage);
            if (!neighbours.isEmpty()) {
                return new Landed(neighbours, home.id(), false);
            }
            return elsewhere(home);
        }
        List<Sites.DataCenterSite> inPlace = sites.eligible(home, outage);
        return inPlace.isEmpty() ? elsewhere(home) : new Landed(inPlace, null, false);
    }

    private Landed elsewhere(Sites.LocationSite home) {
        Sites.LocationSite target = failovers.from(home);
        return target == null ? STRANDED : new Landed(sites.eligible(target, outage), target.id(), false);
    }
}
