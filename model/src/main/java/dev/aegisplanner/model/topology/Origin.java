package dev.aegisplanner.model.topology;

import java.util.Objects;

/**
 * A customer origin server. At least one of {@code ipv4} and {@code ipv6} is set.
 *
 * @param lat optional latitude, so maps can draw the last hop; {@code null} when unknown
 * @param lon optional longitude; {@code null} when unknown
 */
public record Origin(String id, String name, String ipv4, String ipv6, int port, Double lat, Double lon) {

    public static final int DEFAULT_PORT = 443;

    public Origin {
        Objects.requireNonNull(id, "id");
    }

    public static Origin of(String id, String ipv4, String ipv6) {
        return new Origin(id, null, ipv4, ipv6, DEFAULT_PORT, null, null);
    }

    public String displayName() {
        return name == null ? id : name;
    }

    public boolean hasCoordinates() {
        return lat != null && lon != null;
    }

    /** The family a request uses when the scenario does not say: IPv4 when the origin has an IPv4 address. */
    public Family defaultFamily() {
        return ipv4 != null ? Family.IPV4 : Family.IPV6;
    }
}
