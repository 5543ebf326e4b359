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

    /**
     * The most problems kept: far more than anyone reads, few enough that a topology broken everywhere
     * (a million servers with a broken address) cannot fill the memory with messages.
     */
    public static final int MAX_PROBLEMS = 10_000;

    private Validator() {
    }

    /** The problems, in document order; beyond {@link #MAX_PROBLEMS} they are left out (see {@link #validation}). */
    public static List<Problem> validate(Topology topology) {
        return validation(topology).problems();
    }

    /** The problems, in document order, up to {@link #MAX_PROBLEMS}, and how many more there are. */
    public static Validation validation(Topology topology) {
        Findings findings = new Findings(MAX_PROBLEMS);
        AddressIndex addresses = new AddressIndex(topology);
        LocationRules places = new LocationRules(topology, findings);
        places.check(topology, addresses, findings);
        EgressAddressRules.check(topology, addresses, findings);
        LinkRules.check(topology, places.locations, findings);
        PoolRules.check(topology, addresses, findings);
        ZoneRules.check(topology, findings);
        OriginRules.check(topology, findings);
        ScenarioRules.check(topology, places.servers, findings);
        DemandRules.check(topology, places, findings);
        LayoutRules.check(topology, places, findings);
        UnknownFieldRules.check(topology, findings);
        return new Validation(DocumentOrder.sorted(findings.problems()), findings.unlistedErrors(),
                findings.unlistedWarnings());
    }
}
