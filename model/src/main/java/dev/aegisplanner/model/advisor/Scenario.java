package dev.aegisplanner.model.advisor;

import dev.aegisplanner.model.topology.ElementRef;
import java.util.List;

/**
 * The routing problem of one state of the plan: as it is, or with one location or data center down (an N-1
 * drill). Each ingress location lists the candidates in the cascade's order from it; the first that holds an
 * address is where its demand egresses.
 *
 * @param failure the element down, {@code null} for the plan as it is
 * @param lostPrimary the candidate whose primary data center is down (it can still egress from its secondary), or
 *     -1
 * @param lostSecondary the candidate whose secondary data center is down, or -1
 */
record Scenario(ElementRef failure, List<Ingress> ingresses, int lostPrimary, int lostSecondary) {

    /**
     * Demand that lands in one location, and where it may egress.
     *
     * @param location the candidate index of the ingress location itself, or -1 when it is no candidate
     * @param demand connections per origin group that land in the location
     * @param atSecondary of those, the connections that land in the location's secondary data center
     * @param order candidate indices in the cascade's order: the location itself first, then those the backbone
     *     reaches by latency, then the rest by great-circle distance, ties by id
     * @param forwardMs the forward latency to each candidate in {@code order}
     */
    record Ingress(String id, int location, double[] demand, double[] atSecondary, int[] order, double[] forwardMs) {
    }
}
