package dev.aegisplanner.model.validation;

import dev.aegisplanner.model.engine.Tier;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Origin;
import dev.aegisplanner.model.topology.Scenario;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.Zone;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Scenarios: unique ids, a zone, origin and ingress server that exist, a family the origin serves, a real tier. */
final class ScenarioRules {

    private static final Set<String> TIERS = Arrays.stream(Tier.values()).map(Tier::name).collect(Collectors.toSet());

    private ScenarioRules() {
    }

    static void check(Topology topology, KnownIds servers, Findings findings) {
        IdRegistry ids = new IdRegistry("scenario", "among scenarios", null, findings);
        Set<String> zones = topology.zones().stream().map(Zone::id).collect(Collectors.toSet());
        Map<String, Origin> origins = new HashMap<>();
        topology.origins().forEach(o -> origins.putIfAbsent(o.id(), o));
        List<Scenario> scenarios = topology.scenarios();
        for (int i = 0; i < scenarios.size(); i++) {
            Scenario scenario = scenarios.get(i);
            String pointer = Places.of("scenarios", i);
            String subject = "Scenario " + scenario.id();
            ids.register(scenario.id(), "", () -> pointer);
            checkReference(findings, pointer, subject, "zone", "zone", scenario.zone(), zones.contains(scenario.zone()));
            checkReference(findings, pointer, subject, "origin", "origin", scenario.origin(),
                    origins.containsKey(scenario.origin()));
            checkReference(findings, pointer, subject, "ingressServer", "server", scenario.ingressServer(),
                    servers.contains(scenario.ingressServer()));
            Origin origin = origins.get(scenario.origin());
            if (origin != null && scenario.family() != null && !serves(origin, scenario.family())) {
                findings.error("family-unavailable", pointer + "/family", subject + " asks for "
                        + scenario.family().json() + ", but origin " + origin.id() + " has no "
                        + scenario.family().json() + " address");
            }
            if (scenario.expect() != null && !TIERS.contains(scenario.expect())) {
                findings.error("unknown-tier", pointer + "/expect", subject + " expects '" + scenario.expect()
                        + "', which is not a tier; use one of " + String.join(", ",
                        Arrays.stream(Tier.values()).map(Tier::name).toList()));
            }
        }
    }

    private static void checkReference(Findings findings, String pointer, String subject, String field,
                                       String noun, String id, boolean exists) {
        if (id == null) {
            findings.error("missing-field", pointer + "/" + field,
                    subject + " is missing the required field '" + field + "'");
        } else if (!exists) {
            findings.error("unknown-reference", pointer + "/" + field,
                    subject + " names " + noun + " " + id + ", which does not exist");
        }
    }

    private static boolean serves(Origin origin, Family family) {
        return family == Family.IPV4 ? origin.ipv4() != null : origin.ipv6() != null;
    }
}
