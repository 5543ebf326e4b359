package dev.aegisplanner.model.validation;

import dev.aegisplanner.model.topology.Topology;
import java.util.List;

/**
 * The semantic rules of the topology format (PRODUCT.md section 3) on a topology in memory. Problems carry
 * JSON pointers but no line or column (the reader adds those when the topology came from a text), and come
 * in document order. Every rule is one pass over the elements, with hash lookups instead of nested loops, and
 * pointers are worked out only for elements that have a problem, so a topology of 100,000 servers validates in
 * a fraction of a second.
 */
public final class Validator {

    private Validator() {
    }

    public static List<Problem> validate(Topology topology) {
        Findings findings = new Findings();
        AddressIndex addresses = new AddressIndex(topology);
        LocationRules places = new LocationRules(findings);
        places.check(topology, findings);
        EgressAddressRules.check(topology, addresses, findings);
        LinkRules.check(topology, places.locations, findings);
        PoolRules.check(topology, addresses, findings);
        ZoneRules.check(topology, findings);
        OriginRules.check(topology, findings);
        ScenarioRules.check(topology, places.servers, findings);
        DemandRules.check(topology, places, findings);
        LayoutRules.check(topology, places, findings);
        return DocumentOrder.sorted(findings.problems());
    }
}
