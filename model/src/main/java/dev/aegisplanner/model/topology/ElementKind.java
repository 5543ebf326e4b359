package dev.aegisplanner.model.topology;

/** The kinds of element a topology holds; ids are unique within a kind. */
public enum ElementKind {
    LOCATION("location"),
    DATA_CENTER("data center"),
    SERVER("server"),
    LINK("link"),
    POOL("pool"),
    ZONE("zone"),
    ORIGIN("origin"),
    SCENARIO("scenario");

    private final String noun;

    ElementKind(String noun) {
        this.noun = noun;
    }

    /** The kind as a planner says it: "data center". */
    public String noun() {
        return noun;
    }
}
