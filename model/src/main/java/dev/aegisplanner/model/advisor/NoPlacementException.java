package dev.aegisplanner.model.advisor;

/**
 * No placement can meet the constraints (PRODUCT.md section 8), or the request cannot be asked of this topology;
 * the message says why in the planner's terms, e.g. "demand to origin shop-origin (123,000 connections) exceeds
 * 3 x 40,000".
 */
public final class NoPlacementException extends RuntimeException {

    /** Why there is no placement. */
    public enum Kind {
        /** No placement meets the constraints: proven. */
        INFEASIBLE,
        /** The time limit ran out before the solver found a placement or proved there is none. */
        TIME_LIMIT,
        /** The request names something the topology does not have, or contradicts itself. */
        REQUEST
    }

    private final Kind kind;

    private NoPlacementException(String message, Kind kind) {
        super(message);
        this.kind = kind;
    }

    static NoPlacementException infeasible(String reason) {
        return new NoPlacementException(reason, Kind.INFEASIBLE);
    }

    static NoPlacementException timeLimit(String reason) {
        return new NoPlacementException(reason, Kind.TIME_LIMIT);
    }

    static NoPlacementException badRequest(String reason) {
        return new NoPlacementException(reason, Kind.REQUEST);
    }

    public Kind kind() {
        return kind;
    }

    /** Whether the request itself is at fault (an unknown pool or location, a pin that cannot be), not the plan. */
    public boolean isRequestError() {
        return kind == Kind.REQUEST;
    }
}
