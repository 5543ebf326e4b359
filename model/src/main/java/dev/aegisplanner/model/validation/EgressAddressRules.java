package dev.aegisplanner.model.validation;

import dev.aegisplanner.model.net.IpAddress;
import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Topology;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The IPv4 egress plan: what servers list in {@code egressIps}, the capacity shares data centers claim, and
 * the per-address limits (at most four locations, shares adding up to at most 1).
 */
final class EgressAddressRules {

    static final int MAX_LOCATIONS_PER_ADDRESS = 4;

    private EgressAddressRules() {
    }

    /** The capacity shares and per-address limits, once every server has been added to {@code addresses}. */
    static void check(Topology topology, AddressIndex addresses, Findings findings) {
        ShareTotals shares = new ShareTotals();
        List<Location> locations = topology.locations();
        for (int li = 0; li < locations.size(); li++) {
            List<DataCenter> dataCenters = locations.get(li).dataCenters();
            for (int di = 0; di < dataCenters.size(); di++) {
                checkCapacity(dataCenters.get(di), Places.dataCenter(li, di), addresses, shares, findings);
            }
        }
        checkLocationLimit(addresses, findings);
        shares.report(findings);
    }

    /** What one server lists in {@code egressIps}: run during the one pass over the servers. */
    static void checkEgressIps(Server server, int li, int di, int si, AddressIndex addresses,
                                       Findings findings) {
        for (int k = 0; k < server.egressIps().size(); k++) {
            String text = server.egressIps().get(k);
            Optional<IpAddress> ip = addresses.ipv4(text);
            if (ip.isPresent() && addresses.poolOf(ip.get()) != null) {
                continue;
            }
            String entryPointer = Places.server(li, di, si) + "/egressIps/" + k;
            if (ip.isPresent()) {
                findings.error("ip-in-no-pool", entryPointer, "Server " + server.id() + " egresses from "
                        + text + ", which is in no pool; every egress IP must belong to exactly one pool");
            } else if (IpAddress.parseIpv6(text).filter(a -> !a.isPrefix()).isPresent()) {
                findings.error("ipv6-egress", entryPointer, "Server " + server.id() + " lists the IPv6 address "
                        + text + " as an egress IP; egressIps holds IPv4 addresses only, IPv6 egress comes from"
                        + " the pool's IPv6 ranges");
            } else {
                findings.error("invalid-address", entryPointer, "Server " + server.id() + " lists '" + text
                        + "' as an egress IP, which is not an IPv4 address");
            }
        }
    }

    private static void checkCapacity(DataCenter dataCenter, String pointer, AddressIndex addresses,
                                      ShareTotals shares, Findings findings) {
        for (Map.Entry<String, Double> entry : dataCenter.ipCapacity().entrySet()) {
            String text = entry.getKey();
            double share = entry.getValue();
            String entryPointer = Pointers.child(pointer + "/ipCapacity", text);
            Optional<IpAddress> ip = addresses.ipv4(text);
            if (ip.isEmpty()) {
                findings.error("invalid-address", entryPointer, "Data center " + dataCenter.id()
                        + " gives a capacity share to '" + text + "', which is not an IPv4 address");
                continue;
            }
            if (!(share > 0 && share <= 1)) {
                findings.error("share-out-of-range", entryPointer, "Data center " + dataCenter.id() + " gives "
                        + text + " a share of " + Findings.number(share)
                        + "; a share must be more than 0 and at most 1");
            } else {
                shares.add(ip.get(), dataCenter.id(), share, entryPointer);
            }
            AddressIndex.Holders holders = addresses.holders(ip.get());
            if (holders == null) {
                findings.warning("ipv4-without-server", entryPointer, "Data center " + dataCenter.id()
                        + " has a capacity share of " + text + ", but no server holds that address");
            } else if (!holders.dataCenters.contains(dataCenter.id())) {
                findings.warning("capacity-unheld-address", entryPointer, "Data center " + dataCenter.id()
                        + " has a capacity share of " + text + ", but none of its servers holds that address");
            }
        }
    }

    private static void checkLocationLimit(AddressIndex addresses, Findings findings) {
        addresses.allHolders().forEach((address, holders) -> {
            if (holders.locations.size() > MAX_LOCATIONS_PER_ADDRESS) {
                String firstOverLimit = holders.locations.values().stream()
                        .skip(MAX_LOCATIONS_PER_ADDRESS).findFirst().orElseThrow();
                findings.error("ipv4-too-many-locations", firstOverLimit, address + " is held in "
                        + holders.locations.size() + " locations (" + String.join(", ",
                        new TreeSet<>(holders.locations.keySet())) + "); an IPv4 address may be split across at most "
                        + MAX_LOCATIONS_PER_ADDRESS);
            }
        });
    }
}
