package dev.aegisplanner.model.advisor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Where one address goes: the data centers (at most four locations) that hold it, with their shares. */
public record AddressPlacement(String address, List<Holding> holdings) {

    public AddressPlacement {
        holdings = List.copyOf(holdings);
    }

    /** The locations holding the address, in holding order, each once. */
    public List<String> locations() {
        return holdings.stream().map(Holding::location).distinct().toList();
    }

    /** The share of each data center holding the address. */
    public Map<String, Double> shares() {
        Map<String, Double> shares = new LinkedHashMap<>();
        holdings.forEach(h -> shares.put(h.dataCenter(), h.share()));
        return shares;
    }
}
