package dev.aegisplanner.model.analysis;

import dev.aegisplanner.model.net.IpAddress;
import dev.aegisplanner.model.topology.ServerPlace;
import dev.aegisplanner.model.topology.TopologyIndex;
import java.util.Optional;

/**
 * Why one server's ability to egress with one address differs between two topologies, in the planner's
 * words: "fra1-s1 is down", "FRA-1 is up again", "ams1-s1 no longer holds 192.0.2.10". Only the causes an
 * edit of that server or its parents makes are named; a change elsewhere (a pool, a zone's regions, the
 * backbone) is left to the engine's own reasons.
 */
final class EgressCause {

    private EgressCause() {
    }

    /** Why {@code server}, which egressed with {@code ip} before, cannot now; empty when nothing about it changed. */
    static Optional<String> lost(TopologyIndex after, String server, String ip) {
        Optional<ServerPlace> place = after.server(server);
        if (place.isEmpty()) {
            return Optional.of(server + " was deleted");
        }
        return down(place.get()).map(what -> what + " is down")
                .or(() -> ip != null && !holds(place.get(), ip)
                        ? Optional.of(server + " no longer holds " + ip) : Optional.empty());
    }

    /** Why {@code server}, which egresses with {@code ip} now, could not before; empty when nothing about it changed. */
    static Optional<String> gained(TopologyIndex before, String server, String ip) {
        Optional<ServerPlace> place = before.server(server);
        if (place.isEmpty()) {
            return Optional.of(server + " was added");
        }
        return down(place.get()).map(what -> what + " is up again")
                .or(() -> ip != null && !holds(place.get(), ip)
                        ? Optional.of(server + " now holds " + ip) : Optional.empty());
    }

    /** The outermost element that is down, so the sentence names what the planner actually switched off. */
    private static Optional<String> down(ServerPlace place) {
        if (!place.location().status().isUp()) {
            return Optional.of(place.location().id());
        }
        if (!place.dataCenter().status().isUp()) {
            return Optional.of(place.dataCenter().id());
        }
        return place.server().status().isUp() ? Optional.empty() : Optional.of(place.server().id());
    }

    /** Whether the server lists the address, compared as addresses ("192.0.2.010" is not one, so never equal). */
    private static boolean holds(ServerPlace place, String ip) {
        Optional<IpAddress> wanted = IpAddress.parse(ip);
        if (wanted.isEmpty() || wanted.get().isIpv6()) {
            // IPv6 egress comes from the pool, not from the server's list.
            return true;
        }
        return place.server().egressIps().stream().map(IpAddress::parse)
                .anyMatch(held -> held.isPresent() && held.get().equals(wanted.get()));
    }
}
