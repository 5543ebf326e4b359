package dev.aegisplanner.model.validation;

import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.TopologyLookup;
import java.util.List;

/**
 * The semantic rules of the topology format (PRODUCT.md section 3) on a topology in memory. Problems carry
 * JSON pointers but no line or column (the reader adds those when the topology came from a text), and come
 * in document order. Every rule is one pass over the elements, with hash lookups instead of nested loops, so
 * a topology of 100,000 servers validates in a fraction of a second.
 */
public final class Validator {

    private Validator() {
    }

    public static List<Problem> validate(Topology topology) {
        Findings findings = new Findings();
        TopologyLookup lookup = new TopologyLookup(topology);
        AddressIndex addresses = new AddressIndex(topology);
        LocationRules.check(topology, findings);
        EgressAddressRules.check(topology, addresses, findings);
        LinkRules.check(topology, lookup, findings);
        PoolRules.check(topology, addresses, findings);
        ZoneRules.check(topology, findings);
        OriginRules.check(topology, findings);
        ScenarioRules.check(topology, lookup, findings);
        LayoutRules.check(topology, lookup, findings);
        return DocumentOrder.sorted(findings.problems());
    }
}
