package dev.aegisplanner.model.engine;

/** The stations a request passes, in the order of the documentation's diagrams. */
public enum HopKind {
    /** The client that sent the request. */
    CLIENT,
    /** The cache service in the ingress data center. */
    CACHE_SERVICE,
    /** The egress router on the ingress server, which opens the connection to the origin. */
    EGRESS_ROUTER,
    /** The server the connection is forwarded to; present only when the cascade forwards. */
    EGRESS_SERVER,
    /** The customer's origin. */
    ORIGIN
}
