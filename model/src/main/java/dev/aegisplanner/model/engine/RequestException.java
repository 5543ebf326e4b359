package dev.aegisplanner.model.engine;

/**
 * A request the cascade cannot start from: an unknown zone, origin or ingress server, an ingress that is
 * down, or an origin without an address of the family. The message is one sentence a planner can act on.
 */
public class RequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RequestException(String message) {
        super(message);
    }
}
