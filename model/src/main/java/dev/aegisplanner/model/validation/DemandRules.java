package dev.aegisplanner.model.validation;

import dev.aegisplanner.model.topology.Demand;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Origin;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.Zone;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Demand entries (PRODUCT.md section 7): a zone and an origin that exist, exactly one of a location or a data
 * center that exists, a finite number of connections that is not negative, and an origin with an address of
 * the entry's family.
 */
final class DemandRules {

    private DemandRules() {
    }

    static void check(Topology topology, LocationRules places, Findings findings) {
        Set<String> zones = topology.zones().stream().map(Zone::id).collect(Collectors.toSet());
        Map<String, Origin> origins = new HashMap<>();
        topology.origins().forEach(o -> origins.putIfAbsent(o.id(), o));
        List<Demand> demand = topology.demand();
        for (int i = 0; i < demand.size(); i++) {
            Demand entry = demand.get(i);
            String pointer = Places.of("demand", i);
            String subject = "Demand entry " + i + describe(entry);
            reference(findings, pointer, subject, "zone", "zone", entry.zone(), zones.contains(entry.zone()));
            reference(findings, pointer, subject, "origin", "origin", entry.origin(),
                    origins.containsKey(entry.origin()));
            place(entry, pointer, subject, places, findings);
            connections(entry, pointer, subject, findings);
            Origin origin = origins.get(entry.origin());
            Family family = entry.effectiveFamily();
            if (origin != null && (family == Family.IPV4 ? origin.ipv4() : origin.ipv6()) == null) {
                findings.error("family-unavailable", pointer + (entry.family() == null ? "" : "/family"), subject
                        + " is " + family.json() + " demand, but origin " + origin.id() + " has no " + family.json()
                        + " address" + (entry.family() == null ? " (entries without 'family' are ipv4)" : ""));
            }
        }
    }

    private static void place(Demand entry, String pointer, String subject, LocationRules places, Findings findings) {
        if (entry.location() != null && entry.dataCenter() != null) {
            findings.error("demand-place", pointer + "/dataCenter", subject + " names both location "
                    + entry.location() + " and data center " + entry.dataCenter() + "; it must name exactly one");
        } else if (entry.location() == null && entry.dataCenter() == null) {
            findings.error("demand-place", pointer, subject
                    + " names neither a 'location' nor a 'dataCenter'; it must name exactly one");
        } else if (entry.location() != null) {
            reference(findings, pointer, subject, "location", "location", entry.location(),
                    places.locations.contains(entry.location()));
        } else {
            reference(findings, pointer, subject, "dataCenter", "data center", entry.dataCenter(),
                    places.dataCenters.contains(entry.dataCenter()));
        }
    }

    private static void connections(Demand entry, String pointer, String subject, Findings findings) {
        double connections = entry.connections();
        if (!Double.isFinite(connections)) {
            findings.error("number-not-finite", pointer + "/connections", subject + " has "
                    + Findings.number(connections) + " connections; it must be a finite number");
        } else if (connections < 0) {
            findings.error("negative-demand", pointer + "/connections", subject + " has "
                    + Findings.number(connections) + " connections; demand cannot be negative");
        }
    }

    private static void reference(Findings findings, String pointer, String subject, String field, String noun,
                                  String id, boolean exists) {
        if (id == null) {
            if (!field.equals("location") && !field.equals("dataCenter")) {
                findings.error("missing-field", pointer + "/" + field,
                        subject + " is missing the required field '" + field + "'");
            }
        } else if (!exists) {
            findings.error("unknown-reference", pointer + "/" + field,
                    subject + " names " + noun + " " + id + ", which does not exist");
        }
    }

    /** " (shop.example.com to shop-origin from SIN)", as much of it as the entry says. */
    private static String describe(Demand entry) {
        String where = entry.location() != null ? entry.location() : entry.dataCenter();
        if (entry.zone() == null && entry.origin() == null && where == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(" (");
        text.append(entry.zone() == null ? "no zone" : entry.zone());
        if (entry.origin() != null) {
            text.append(" to ").append(entry.origin());
        }
        if (where != null) {
            text.append(" from ").append(where);
        }
        return text.append(')').toString();
    }
}
