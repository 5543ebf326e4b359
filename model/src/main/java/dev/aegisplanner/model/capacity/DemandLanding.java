package dev.aegisplanner.model.capacity;

import dev.aegisplanner.model.topology.Demand;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Topology;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a demand lands (PRODUCT.md section 7, "Where demand lands"), with no element down or with one location or
 * data center down, as the analysis and its drills land it: for clients that need the landing itself, such as the
 * placement advisor, which decides where demand egresses. Entries validation rejects are left out, as the
 * analysis leaves them out.
 *
 * @param landed the demand per data center it landed in
 * @param stranded demand no up location can take
 */
public record DemandLanding(List<Share> landed, List<Share> stranded) {

    /**
     * Demand of one entry key that landed in one data center.
     *
     * @param originAddress the origin's address of the family and its port, {@code 203.0.113.10:443}: capacity is
     *     counted per origin IP:port
     * @param dataCenter {@code null} for stranded demand; {@code location} is then where it was placed
     */
    public record Share(String zone, String origin, String originAddress, String location, String dataCenter,
                        double connections, Family family) {
    }

    public DemandLanding {
        landed = List.copyOf(landed);
        stranded = List.copyOf(stranded);
    }

    /** The landing of {@code demand} with {@code down} (a location or data center) down, or nothing when null. */
    public static DemandLanding of(Topology topology, List<Demand> demand, ElementRef down) {
        Sites sites = new Sites(topology);
        Outage outage = down == null ? Outage.NONE : Outage.of(down);
        FailoverTargets failovers = new FailoverTargets(sites,
                BackboneTree.adjacency(topology.links(), id -> sites.location(id) != null), outage);
        Landing landing = new Landing(sites, failovers, outage);
        List<Share> landed = new ArrayList<>();
        List<Share> stranded = new ArrayList<>();
        for (DemandUnit unit : DemandUnit.of(topology, demand, sites)) {
            Landing.Landed where = landing.land(unit);
            if (where.stranded()) {
                stranded.add(new Share(unit.zone(), unit.origin(), unit.originAddress(), unit.homeLocation(sites),
                        null, unit.connections(), unit.family()));
                continue;
            }
            double each = where.each(unit);
            for (Sites.DataCenterSite site : where.dataCenters()) {
                landed.add(new Share(unit.zone(), unit.origin(), unit.originAddress(), site.location(), site.id(),
                        each, unit.family()));
            }
        }
        return new DemandLanding(landed, stranded);
    }
}
