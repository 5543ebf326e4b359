package dev.aegisplanner.model.generate;

import dev.aegisplanner.model.engine.Tier;
import dev.aegisplanner.model.generate.CustomerPlan.Customer;
import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Scenario;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.ServerPlace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A few scenarios whose outcome is certain by construction, so they carry their expected tier: a request
 * that lands on a server holding the customer's address, one that lands far away and must be forwarded, an
 * IPv6 request, and one for the zone without a dedicated pool.
 */
final class ScenarioPlan {

    private static final int CUSTOMERS_WITH_SCENARIOS = 3;

    private ScenarioPlan() {
    }

    static List<Scenario> scenarios(List<Customer> customers, List<Location> locations) {
        List<Scenario> scenarios = new ArrayList<>();
        for (Customer c : customers.subList(0, Math.min(CUSTOMERS_WITH_SCENARIOS, customers.size()))) {
            if (c.holder() == null) {
                continue;
            }
            String origin = c.origin().id();
            String zone = c.zone().id();
            String holder = c.holder().server().id();
            scenarios.add(new Scenario(c.name() + "-local", capitalized(c) + ": ingress holds the address",
                    "The ingress server holds one of the pool's IPv4 addresses and egresses itself.",
                    zone, origin, holder, Family.IPV4, Tier.SAME_SERVER.name()));
            Optional<ServerPlace> far = upServerOutside(c, locations);
            far.ifPresent(place -> scenarios.add(new Scenario(c.name() + "-far",
                    capitalized(c) + ": ingress in " + place.location().displayName(),
                    "No server near the ingress holds the address: forwarded to the closest location that does.",
                    zone, origin, place.server().id(), Family.IPV4, Tier.OTHER_LOCATION.name())));
            if (c.pool().addresses().stream().anyMatch(a -> a.contains(":"))) {
                String ingress = far.map(p -> p.server().id()).orElse(holder);
                scenarios.add(new Scenario(c.name() + "-ipv6", capitalized(c) + ": IPv6 request",
                        "IPv6 egress ranges are deployed everywhere: no forwarding.",
                        zone, origin, ingress, Family.IPV6, Tier.IPV6_GLOBAL.name()));
            }
        }
        if (!customers.isEmpty() && customers.get(0).holder() != null) {
            scenarios.add(new Scenario("shared-zone", "Zone without a dedicated pool", null, "www.shared.example",
                    customers.get(0).origin().id(), customers.get(0).holder().server().id(), null,
                    Tier.NO_AEGIS.name()));
        }
        return scenarios;
    }

    /** An up server, in an up data center and location, where the customer deployed nothing. */
    private static Optional<ServerPlace> upServerOutside(Customer c, List<Location> locations) {
        List<String> egress = c.egressLocations().stream().map(Location::id).toList();
        for (int i = locations.size() - 1; i >= 0; i--) {
            Location l = locations.get(i);
            if (egress.contains(l.id()) || !l.status().isUp()) {
                continue;
            }
            for (DataCenter d : l.dataCenters()) {
                for (Server s : d.servers()) {
                    ServerPlace place = new ServerPlace(l, d, s);
                    if (place.isUp() && s.egressIps().isEmpty()) {
                        return Optional.of(place);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static String capitalized(Customer c) {
        return c.pool().displayName().replace(" egress", "");
    }
}
