package dev.aegisplanner.model.validation;

import dev.aegisplanner.model.net.IpAddress;
import dev.aegisplanner.model.topology.Origin;
import dev.aegisplanner.model.topology.Topology;
import java.util.List;

/** Origins: unique ids, at least one address, each of the right family, a real port, optional coordinates. */
final class OriginRules {

    private OriginRules() {
    }

    static void check(Topology topology, Findings findings) {
        IdRegistry ids = new IdRegistry("origin", "among origins", null, findings);
        List<Origin> origins = topology.origins();
        for (int i = 0; i < origins.size(); i++) {
            Origin origin = origins.get(i);
            String pointer = Places.of("origins", i);
            String subject = "Origin " + origin.id();
            ids.register(origin.id(), "", () -> pointer);
            if (origin.ipv4() == null && origin.ipv6() == null) {
                findings.error("origin-without-address", pointer,
                        subject + " has neither an 'ipv4' nor an 'ipv6' address; it needs at least one");
            }
            if (origin.ipv4() != null && IpAddress.parseIpv4(origin.ipv4()).isEmpty()) {
                findings.error("invalid-address", pointer + "/ipv4",
                        subject + " has ipv4 '" + origin.ipv4() + "', which is not an IPv4 address");
            }
            if (origin.ipv6() != null && IpAddress.parseIpv6(origin.ipv6()).filter(a -> !a.isPrefix()).isEmpty()) {
                findings.error("invalid-address", pointer + "/ipv6",
                        subject + " has ipv6 '" + origin.ipv6() + "', which is not an IPv6 address");
            }
            if (origin.port() < 1 || origin.port() > 65535) {
                findings.error("port-out-of-range", pointer + "/port",
                        subject + " has port " + origin.port() + "; a port must be between 1 and 65535");
            }
            if (origin.lat() != null) {
                Coordinates.checkLatitude(findings, pointer, subject, origin.lat());
            }
            if (origin.lon() != null) {
                Coordinates.checkLongitude(findings, pointer, subject, origin.lon());
            }
        }
    }
}
