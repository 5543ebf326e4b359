package dev.aegisplanner.model.engine;

/** The outcome of the forwarding cascade, in the order the cascade tries them. */
public enum Tier {
    /** The zone has no dedicated pool: egress from the ingress server with a shared address. */
    NO_AEGIS,
    /** An IPv6 request whose ingress server can egress: IPv6 is deployed everywhere, no forwarding. */
    IPV6_GLOBAL,
    /** The ingress server holds an applicable IP. */
    SAME_SERVER,
    /** Forwarded to another server in the ingress data center. */
    SAME_DATA_CENTER,
    /** Forwarded to another data center of the ingress location. */
    SAME_LOCATION,
    /** Forwarded to the closest other location that can egress. */
    OTHER_LOCATION,
    /** No server anywhere can egress: a planning error. */
    NO_EGRESS;

    /** Whether traffic leaves the ingress server for another one. */
    public boolean forwards() {
        return this == SAME_DATA_CENTER || this == SAME_LOCATION || this == OTHER_LOCATION;
    }
}
