package dev.aegisplanner.model.topology;

/** Where a pool's addresses come from: leased from Cloudflare, or brought by the customer (BYOIP). */
public enum PoolSource {
    LEASED("leased"),
    BYOIP("byoip");

    private final String json;

    PoolSource(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }

    public static PoolSource fromJson(String text) {
        for (PoolSource s : values()) {
            if (s.json.equals(text)) {
                return s;
            }
        }
        return null;
    }
}
