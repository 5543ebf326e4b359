package dev.aegisplanner.model.edit;

import dev.aegisplanner.model.net.IpAddress;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Pool;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Topology;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Assigning egress IPv4 addresses to servers and taking them away. A data center stands for all its
 * servers, a location for all servers in it. Assigning keeps a server's existing order and appends;
 * assigning an address a server already holds changes nothing.
 */
public final class IpAssignments {

    private IpAssignments() {
    }

    /** Adds every address to every named server; the same topology when all of them already hold them all. */
    public static Topology assign(Topology topology, Collection<String> addresses, Collection<String> serverIds) {
        return ElementUpdates.updateServers(topology, Set.copyOf(serverIds), s -> withAdded(s, addresses));
    }

    /** Removes every address from every named server; the same topology when none of them holds any. */
    public static Topology unassign(Topology topology, Collection<String> addresses, Collection<String> serverIds) {
        Set<String> gone = Set.copyOf(addresses);
        return ElementUpdates.updateServers(topology, Set.copyOf(serverIds), s -> {
            List<String> kept = s.egressIps().stream().filter(ip -> !gone.contains(ip)).toList();
            return kept.size() == s.egressIps().size() ? s : s.withEgressIps(kept);
        });
    }

    /**
     * The servers an element stands for when addresses are dropped on it: a server itself, all servers of a
     * data center or location; nothing for other kinds or unknown ids.
     */
    public static List<String> serversOf(Topology topology, ElementRef element) {
        return switch (element.kind()) {
            case SERVER -> topology.index().contains(element) ? List.of(element.id()) : List.of();
            case DATA_CENTER -> topology.index().dataCenter(element.id())
                    .map(d -> ids(d.dataCenter().servers().stream())).orElse(List.of());
            case LOCATION -> topology.index().location(element.id())
                    .map(l -> ids(l.dataCenters().stream().flatMap(d -> d.servers().stream())))
                    .orElse(List.of());
            default -> List.of();
        };
    }

    /**
     * The servers that receive addresses dropped on {@code target}: when the target is part of the
     * selection, everything selected counts (each element standing for its servers), else the target alone.
     */
    public static List<String> dropTargets(Topology topology, ElementRef target, Collection<ElementRef> selection) {
        Collection<ElementRef> elements = selection.contains(target) ? selection : List.of(target);
        Set<String> servers = new LinkedHashSet<>();
        for (ElementRef element : elements) {
            servers.addAll(serversOf(topology, element));
        }
        return List.copyOf(servers);
    }

    /** The addresses of a pool a server can egress from: its IPv4 addresses, as written. */
    public static List<String> assignableAddresses(Pool pool) {
        return pool.addresses().stream().filter(a -> IpAddress.parseIpv4(a).isPresent()).toList();
    }

    /** Every IPv4 address of every pool, in pool order, each once. */
    public static List<String> assignableAddresses(Topology topology) {
        Set<String> all = new LinkedHashSet<>();
        topology.pools().forEach(p -> all.addAll(assignableAddresses(p)));
        return List.copyOf(all);
    }

    private static Server withAdded(Server server, Collection<String> addresses) {
        List<String> ips = new ArrayList<>(server.egressIps());
        for (String address : addresses) {
            if (!ips.contains(address)) {
                ips.add(address);
            }
        }
        return ips.size() == server.egressIps().size() ? server : server.withEgressIps(ips);
    }

    private static List<String> ids(Stream<Server> servers) {
        return servers.map(Server::id).toList();
    }
}
