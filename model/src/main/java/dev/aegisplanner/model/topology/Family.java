package dev.aegisplanner.model.topology;

/** The address family of a request to an origin. */
public enum Family {
    IPV4("ipv4"),
    IPV6("ipv6");

    private final String json;

    Family(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }

    public static Family fromJson(String text) {
        for (Family f : values()) {
            if (f.json.equals(text)) {
                return f;
            }
        }
        return null;
    }
}
